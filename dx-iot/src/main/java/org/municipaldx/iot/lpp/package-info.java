/** Cayenne Low Power Payload (LPP) decoding and encoding, and LoRaWAN network-server uplinks. */
package org.municipaldx.iot.lpp;
