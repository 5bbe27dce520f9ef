/**
 * From data as it arrives to readings at places: the device registry (device → sensor, location,
 * LPP channel → quantity), quantity and unit names as people write them, and the streams of
 * uplinks decoded against the registry.
 */
package org.municipaldx.iot.ingest;
