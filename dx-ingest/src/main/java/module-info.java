/** The office-data ingestion toolkit: one way to read CSV (and, through the same abstraction, workbooks). */
module org.municipaldx.ingest {
  requires transitive org.municipaldx.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel.reader;
  requires java.xml;

  exports org.municipaldx.ingest;
  exports org.municipaldx.ingest.xlsx;
}
