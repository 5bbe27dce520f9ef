/** A vendor's application using municipal-dx on the module path. */
module org.municipaldx.consumertest {
  requires org.municipaldx.core;
  requires org.municipaldx.jackson3;
  requires jakarta.validation;
  requires org.hibernate.validator;

  // Hibernate Validator reads the application's own constrained beans reflectively
  opens org.municipaldx.consumertest to org.hibernate.validator;
}
