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
 * A saving under verification (検証中): expected, not yet known. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("pending")
@JsonSerialize(as = ImmutablePendingEstimate.class)
@JsonDeserialize(as = ImmutablePendingEstimate.class)
public abstract class PendingEstimate extends SavingsEstimate {
  PendingEstimate() {}

  /** {@return why it is pending, as the source says, if it says} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> reason();

  @Override
  public EstimateKind kind() {
    return EstimateKind.PENDING;
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
    reason().ifPresent(r -> Checks.notBlank(r, "PendingEstimate", "reason"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code PendingEstimate}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PendingEstimate}. */
  public static class Builder extends ImmutablePendingEstimate.Builder {}
}
