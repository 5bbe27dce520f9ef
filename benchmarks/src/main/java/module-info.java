/** JMH benchmarks of municipal-dx; not a library module. */
module org.municipaldx.benchmarks {
  requires org.municipaldx.metrics;
  requires org.municipaldx.iot;
  requires jmh.core;
  requires java.sql;
  requires duckdb.jdbc;
  requires java.management; // ReaderCpuTime: the reading thread's CPU time

  exports org.municipaldx.benchmarks;
}
