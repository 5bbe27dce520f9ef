/** The exact, fast time-performance calculator. */
module org.municipaldx.metrics {
  requires transitive org.municipaldx.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.dataformat.csv;

  // exports org.municipaldx.metrics;  (added with the package's first class)
}
