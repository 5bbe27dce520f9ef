/** The {@code dx} command line, its report, and the bundled Koriyama FY2023 dataset with its loader. */
module org.municipaldx.examples {
  requires org.municipaldx.core;
  requires org.municipaldx.metrics;
  requires org.municipaldx.ingest;
  requires org.municipaldx.iot;
  requires org.municipaldx.iot.mqtt; // dx iot subscribe
  requires org.eclipse.paho.client.mqttv3;
  requires org.municipaldx.procurement;
  requires org.municipaldx.regulation;
  requires org.municipaldx.survey;
  requires org.municipaldx.dataset;
  requires info.picocli;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires java.xml;
  requires java.desktop;
  requires org.jsoup;
  requires org.dhatim.fastexcel;

  exports org.municipaldx.examples.cli;
  exports org.municipaldx.examples.report;
  exports org.municipaldx.examples.output;

  opens org.municipaldx.examples.cli to info.picocli, com.fasterxml.jackson.databind;
  opens org.municipaldx.examples.report to com.fasterxml.jackson.databind;
  opens org.municipaldx.examples.output to com.fasterxml.jackson.databind;
}
