/** The municipal-dx typed model, its JSON contract and validation support. */
module org.municipaldx.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports org.municipaldx.core;
  exports org.municipaldx.core.estimate;
  exports org.municipaldx.core.internal
      to org.municipaldx.metrics, org.municipaldx.iot, org.municipaldx.procurement, org.municipaldx.regulation;

  opens org.municipaldx.core to com.fasterxml.jackson.databind;
  opens org.municipaldx.core.estimate to com.fasterxml.jackson.databind;
}
