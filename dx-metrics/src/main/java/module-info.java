/** The exact, fast time-performance calculator. */
module org.municipaldx.metrics {
  requires transitive org.municipaldx.core;
  requires transitive org.municipaldx.ingest;
  requires static org.immutables.value.annotations;
  requires static jakarta.validation; // Bean Validation annotations only (issue 14)
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.municipaldx.metrics;
  exports org.municipaldx.metrics.notation;
  exports org.municipaldx.metrics.batch;
  exports org.municipaldx.metrics.csv;

  opens org.municipaldx.metrics to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.metrics.notation to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.metrics.batch to com.fasterxml.jackson.databind, tools.jackson.databind;
}
