/** municipal-dx iot module: sensors, readings, LPWA payloads, environmental standards, aggregates. */
module org.municipaldx.iot {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;

  exports org.municipaldx.iot;
  exports org.municipaldx.iot.lpp;
  exports org.municipaldx.iot.standard;
  exports org.municipaldx.iot.aggregate;

  opens org.municipaldx.iot to com.fasterxml.jackson.databind;
  opens org.municipaldx.iot.standard to com.fasterxml.jackson.databind;
}
