package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/** A vision of a DX plan, e.g. Vision 1 市民サービスの向上, with its aim and examples. */
@Value.Immutable
@JsonSerialize(as = ImmutableVision.class)
@JsonDeserialize(as = ImmutableVision.class)
public abstract class Vision {
  Vision() {}

  /** {@return the vision's number, 1 or more} */
  @Positive
  public abstract int number();

  /** {@return the title, e.g. 市民サービスの向上} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the aim (ねらい), if stated} */
  public abstract Optional<String> aim();

  /** {@return examples (具体例)} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> examples();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.positive(number(), "Vision", "number");
    Checks.notBlank(title(), "Vision", "title");
    Checks.noBlanks(examples(), "Vision", "examples");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Vision}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vision}. */
  public static class Builder extends ImmutableVision.Builder {}
}
