/**
 * Bean Validation support for users who validate whole object graphs with Hibernate Validator
 * (an optional dependency: add {@code org.hibernate.validator:hibernate-validator} and
 * {@code org.glassfish.expressly:expressly} to use this package).
 */
package org.municipaldx.core.validation;
