package org.municipaldx.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator treat the model's record-style accessors ({@code id()}, {@code title()})
 * as properties: by default it only knows JavaBeans getters ({@code getId()}), and would silently
 * skip every constraint of the model. Any public, non-static, argument-free, non-void method other
 * than {@link Object}'s is a property named after the method.
 */
public final class ModelAccessorStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone", "builder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length > 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
