/** The office-data ingestion toolkit: one way to read CSV (and, through the same abstraction, workbooks). */
module org.municipaldx.ingest {
  requires transitive org.municipaldx.core;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.municipaldx.ingest;
}
