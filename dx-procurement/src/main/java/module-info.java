/** municipal-dx procurement module. */
module org.municipaldx.procurement {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;

  // exports org.municipaldx.procurement;  (added with the package's first class)

  // opens org.municipaldx.procurement to com.fasterxml.jackson.databind;
}
