/**
 * A subscriber for The Things Stack's MQTT integration ({@code v3/{application}@{tenant}/devices/{device}/up}):
 * QoS 1 with a persistent session, reconnecting with back-off, appending every uplink to an archive
 * that {@code dx iot compliance --uplinks} and {@link org.municipaldx.iot.ingest.UplinkIngest} read.
 */
package org.municipaldx.iot.mqtt;
