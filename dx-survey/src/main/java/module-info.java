/** The national procedures survey (行政手続等の悉皆調査) as a first-class input. */
module org.municipaldx.survey {
  requires transitive org.municipaldx.metrics;
  requires transitive org.municipaldx.regulation;
  requires transitive org.municipaldx.ingest;
  requires com.fasterxml.jackson.annotation;
  requires static jakarta.validation; // Bean Validation annotations only (issue 14: they shape TimeSaving's JSON Schema)

  exports org.municipaldx.survey;
  // its JSON-annotated values (ApproximateCount, ApproximateTakeUp, TimeSaving) for Jackson 2 and 3, as in the other modules
  opens org.municipaldx.survey to com.fasterxml.jackson.databind, tools.jackson.databind;
}
