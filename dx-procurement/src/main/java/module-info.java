/** municipal-dx procurement: public-works pipeline, contracting processes, savings, OCDS export. */
module org.municipaldx.procurement {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;
  requires static jakarta.validation; // Bean Validation annotations only (issue 14)

  exports org.municipaldx.procurement;
  exports org.municipaldx.procurement.ocds;

  opens org.municipaldx.procurement to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.procurement.ocds to com.fasterxml.jackson.databind, tools.jackson.databind;
}
