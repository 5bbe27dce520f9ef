/** municipal-dx iot module: sensors, readings, LPWA payloads, environmental standards, aggregates. */
module org.municipaldx.iot {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.municipaldx.ingest;
  requires static jakarta.validation; // Bean Validation annotations only (issue 14)

  exports org.municipaldx.iot;
  exports org.municipaldx.iot.lpp;
  exports org.municipaldx.iot.standard;
  exports org.municipaldx.iot.aggregate;
  exports org.municipaldx.iot.ingest;
  exports org.municipaldx.iot.report;

  opens org.municipaldx.iot to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.iot.standard to com.fasterxml.jackson.databind, tools.jackson.databind;
}
