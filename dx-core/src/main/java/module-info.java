/** The municipal-dx typed model, its JSON contract and validation support. */
module org.municipaldx.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  // the model uses only Bean Validation's annotations; DxValidation's users have Hibernate Validator, which brings it
  requires static jakarta.validation;
  requires static org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports org.municipaldx.core;
  exports org.municipaldx.core.estimate;
  exports org.municipaldx.core.initiative;
  exports org.municipaldx.core.json;
  exports org.municipaldx.core.standard;
  exports org.municipaldx.core.roadmap;
  exports org.municipaldx.core.plan;
  exports org.municipaldx.core.validation;
  exports org.municipaldx.core.internal
      to org.municipaldx.metrics, org.municipaldx.iot, org.municipaldx.procurement, org.municipaldx.regulation,
      org.municipaldx.dataset;

  opens org.municipaldx.core to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.core.estimate to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.core.initiative to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.core.plan to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.core.roadmap to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.municipaldx.core.standard to com.fasterxml.jackson.databind, tools.jackson.databind;
}
