/** JMH benchmarks of municipal-dx; not a library module. */
module org.municipaldx.benchmarks {
  requires org.municipaldx.metrics;
  requires org.municipaldx.ingest;
  requires org.municipaldx.iot;
  requires org.municipaldx.survey;
  requires jmh.core;
  requires java.sql;
  requires duckdb.jdbc;
  requires de.siegmar.fastcsv;
  requires org.apache.commons.csv;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires java.xml;
  requires java.management; // ReaderCpuTime: the reading thread's CPU time
  requires jdk.management; // FileCpuTime: the process CPU time (com.sun.management.OperatingSystemMXBean)

  exports org.municipaldx.benchmarks;
}
