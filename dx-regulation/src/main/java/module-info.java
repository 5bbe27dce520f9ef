/** Analog-regulation inventory and review workflow (アナログ規制の一括点検・見直し). */
module org.municipaldx.regulation {
  requires transitive org.municipaldx.metrics;
  requires static org.immutables.value.annotations;
  requires static jakarta.validation; // Bean Validation annotations only (issue 14)
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.municipaldx.regulation;
  exports org.municipaldx.regulation.law;
  exports org.municipaldx.regulation.review;
  exports org.municipaldx.regulation.csv;

  opens org.municipaldx.regulation to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.regulation.law to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.regulation.review to com.fasterxml.jackson.databind, tools.jackson.databind;
}
