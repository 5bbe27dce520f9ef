package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/** A value (バリュー) of a DX plan: a shared principle, e.g. Value 1 バックキャスト思考. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanValue.class)
@JsonDeserialize(as = ImmutablePlanValue.class)
public abstract class PlanValue {
  PlanValue() {}

  /** {@return the value's number as the plan prints it (Value 1 to 5), positive} */
  @Positive
  public abstract int number();

  /** {@return the value's title, not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the principles (共通の価値観・基本的な考え方)} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> principles();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.positive(number(), "PlanValue", "number");
    Checks.notBlank(title(), "PlanValue", "title");
    Checks.noBlanks(principles(), "PlanValue", "principles");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code PlanValue}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanValue}. */
  public static class Builder extends ImmutablePlanValue.Builder {}
}
