/** municipal-dx MQTT: a subscriber for The Things Stack's MQTT integration, apart so dx-iot needs no MQTT client. */
module org.municipaldx.iot.mqtt {
  requires transitive org.municipaldx.iot;
  requires org.municipaldx.ingest;
  requires org.eclipse.paho.client.mqttv3;

  exports org.municipaldx.iot.mqtt;
}
