/** municipal-dx iot module. */
module org.municipaldx.iot {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;

  // exports org.municipaldx.iot;  (added with the package's first class)

  // opens org.municipaldx.iot to com.fasterxml.jackson.databind;
}
