/** municipal-dx regulation module. */
module org.municipaldx.regulation {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;

  // exports org.municipaldx.regulation;  (added with the package's first class)

  // opens org.municipaldx.regulation to com.fasterxml.jackson.databind;
}
