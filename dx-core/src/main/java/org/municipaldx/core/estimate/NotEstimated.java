package org.municipaldx.core.estimate;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * No estimate (the source's —). Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("none")
@JsonSerialize(as = ImmutableNotEstimated.class)
@JsonDeserialize(as = ImmutableNotEstimated.class)
public abstract class NotEstimated extends SavingsEstimate {
  NotEstimated() {}

  /** {@return why there is no estimate, if known} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> reason();

  @Override
  public EstimateKind kind() {
    return EstimateKind.NONE;
  }

  @Override
  public OptionalLong minutes() {
    return OptionalLong.empty();
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    reason().ifPresent(r -> Checks.notBlank(r, "NotEstimated", "reason"));
  }

  /** {@return an estimate-less marker without a reason} */
  public static NotEstimated of() {
    return new Builder().build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code NotEstimated}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotEstimated}. */
  public static class Builder extends ImmutableNotEstimated.Builder {}
}
