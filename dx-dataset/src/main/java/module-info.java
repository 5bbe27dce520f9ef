/** A municipality's DX dataset: loading, validation, reconciliation, the typed report model, wider-area reports. */
module org.municipaldx.dataset {
  requires static jakarta.validation; // Bean Validation annotations only (issue 14: they shape the JSON Schemas)
  requires transitive org.municipaldx.core;
  requires transitive org.municipaldx.metrics;
  requires transitive org.municipaldx.procurement;
  requires org.municipaldx.ingest;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.databind;
  requires com.networknt.schema;
  requires tools.jackson.core; // the schema validator's parser, given DxJson's read limits
  requires tools.jackson.databind;

  exports org.municipaldx.dataset;
  exports org.municipaldx.dataset.report;

  opens org.municipaldx.dataset to com.fasterxml.jackson.databind;
  opens org.municipaldx.dataset.report to com.fasterxml.jackson.databind;
}
