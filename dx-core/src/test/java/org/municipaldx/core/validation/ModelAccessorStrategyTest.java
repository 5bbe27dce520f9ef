package org.municipaldx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The property names {@link ModelAccessorStrategy} gives accessors at the edges of the JavaBeans rules
 * (issue 13, mutation testing): a prefix alone is no getter, and a one-letter property is decapitalised.
 */
class ModelAccessorStrategyTest {

  private static Optional<String> property(String name, Class<?> returnType, Class<?>... parameters) {
    return new ModelAccessorStrategy().getProperty(new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returnType;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    });
  }

  @Test
  @DisplayName("a method named just get, is or has is a property of that name, not a getter of an empty name")
  void aPrefixAloneIsNotAGetter() {
    assertThat(property("get", String.class)).contains("get");
    assertThat(property("is", boolean.class)).contains("is");
    assertThat(property("has", boolean.class)).contains("has");
  }

  @Test
  @DisplayName("a one-letter property is decapitalised (getX is x); two capitals stay as written (getURL is URL)")
  void oneLetterPropertiesAreDecapitalised() {
    assertThat(property("getX", String.class)).contains("x");
    assertThat(property("isA", boolean.class)).contains("a");
    assertThat(property("getURL", String.class)).contains("URL");
    assertThat(property("getName", String.class)).contains("name");
  }

  @Test
  @DisplayName("is and has name a property only on boolean accessors; get only with a capital after it")
  void prefixesNeedTheirShape() {
    assertThat(property("isActive", String.class)).contains("isActive");
    assertThat(property("hasOwner", Boolean.class)).contains("hasOwner");
    assertThat(property("hasOwner", boolean.class)).contains("owner");
    assertThat(property("getaway", String.class)).contains("getaway");
    assertThat(property("id", String.class)).contains("id");
  }

  @Test
  @DisplayName("methods with parameters, void methods and Object's methods are not properties")
  void nonAccessorsAreNotProperties() {
    assertThat(property("id", String.class, int.class)).isEmpty();
    assertThat(property("check", void.class)).isEmpty();
    assertThat(property("hashCode", int.class)).isEmpty();
    assertThat(property("builder", Object.class)).isEmpty();
  }
}
