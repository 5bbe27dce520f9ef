package org.municipaldx.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator treat the model's record-style accessors ({@code id()}, {@code title()})
 * as properties, while an application's own JavaBeans validated by the same factory keep their usual
 * property names.
 *
 * <p>By default Hibernate Validator only knows JavaBeans getters ({@code getId()}) and would silently
 * skip every constraint of the model. With this strategy a public, non-static, argument-free, non-void
 * method other than {@link Object}'s is a property:
 * <ul>
 *   <li>a JavaBeans getter is named as the JavaBeans specification (section 8.3) names it:
 *       {@code getName()} is {@code name}, {@code getURL()} is {@code URL}, a {@code boolean}
 *       {@code isActive()} or {@code hasOwner()} is {@code active} or {@code owner} — so an
 *       application's beans are reported under the names it knows, not {@code getName};</li>
 *   <li>any other accessor is named after the method: the model's {@code id()} is {@code id}.</li>
 * </ul>
 * The model itself has no JavaBeans getters among its constrained accessors, so its property paths
 * are the accessor names.
 */
public final class ModelAccessorStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone", "builder");

  /** Creates the strategy; it holds no state. */
  public ModelAccessorStrategy() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    Class<?> type = executable.getReturnType();
    if (executable.getParameterTypes().length > 0 || type == void.class || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (isBeanGetter(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (type == boolean.class && isBeanGetter(name, "is")) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    if (type == boolean.class && isBeanGetter(name, "has")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized, "has" + capitalized);
  }

  private static boolean isBeanGetter(String name, String prefix) {
    return name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()));
  }

  /** {@link java.beans.Introspector#decapitalize}'s rule, without needing the java.desktop module. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
