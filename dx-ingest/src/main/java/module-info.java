/** Streaming office-data toolkit: CSV and Excel workbooks in, with every problem located. */
module org.municipaldx.ingest {
  requires org.dhatim.fastexcel.reader;

  exports org.municipaldx.ingest.xlsx;
}
