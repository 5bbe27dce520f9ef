package org.municipaldx.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * A Hibernate Validator configured for the model: accessor-style properties
 * ({@link ModelAccessorStrategy}) and the model's messages in English or Japanese
 * ({@code ContributorValidationMessages.properties} / {@code ContributorValidationMessages_ja.properties}, which
 * Hibernate Validator merges with an application's own {@code ValidationMessages.properties}).
 *
 * <p>Objects built through the model's builders are already valid; a graph validator is for
 * objects that came another way (e.g. an integrator's own subclass-free proxies) and for reporting
 * every violation at once.
 */
public final class DxValidation {
  private DxValidation() {}

  /**
   * {@return a new factory; close it when done}
   *
   * @param locale  the language of messages (Locale.JAPANESE or Locale.ENGLISH), not null
   */
  public static ValidatorFactory factory(Locale locale) {
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new ModelAccessorStrategy())
        .defaultLocale(locale)
        .locales(Set.of(Locale.ENGLISH, Locale.JAPANESE));
    return config.buildValidatorFactory();
  }

  /**
   * Validates an object graph and describes each violation as {@code path: message (was 'value')},
   * sorted by path.
   *
   * @param validator  the validator, not null
   * @param object  the object, not null
   * @return the violations, empty when valid
   */
  public static java.util.List<String> describe(Validator validator, Object object) {
    Set<ConstraintViolation<Object>> violations = validator.validate(object);
    return violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + ": " + v.getMessage() + " (was '" + v.getInvalidValue() + "')")
        .collect(Collectors.toList());
  }
}
