package org.municipaldx.metrics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.SavingsEstimate;

/**
 * One estimate evaluated to exact minutes, with its provenance: which item it belongs to, how the
 * figure was obtained and, when there is no figure, why. Built by {@link Estimates#evaluate}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /** {@return the id of the item the estimate belongs to, e.g. {@code denshi-nyusatsu#職員}, never null} */
  public abstract String itemId();

  /**
   * {@return the id of the initiative the estimate belongs to, when it was evaluated from an
   * initiative (as {@link SavingsRollups} does), so that no caller has to take {@link #itemId()}
   * apart}
   */
  public abstract Optional<String> initiativeId();

  /** {@return the estimate evaluated, never null} */
  public abstract SavingsEstimate estimate();

  /** {@return how the figure was obtained} */
  @Value.Derived
  public EstimateKind kind() {
    return estimate().kind();
  }

  /** {@return the exact saving in minutes (negative if more time is spent), or empty for pending and none} */
  public abstract OptionalLong minutes();

  /** {@return whether the figure is approximate (約)} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return where the figure comes from, e.g. {@code 30分×1,303件=39,090分} or {@code 約2,000時間（別途積算）}, never null} */
  public abstract String explanation();

  /** {@return why there is no figure (検証中, —, or the estimate's reason), empty when there is one} */
  public abstract Optional<String> missingReason();

  /** {@return disagreements inside the estimate (stated minutes ≠ product, parts ≠ lump sum), possibly empty} */
  public abstract List<String> warnings();

  /** {@return whether there is a figure} */
  public boolean hasFigure() {
    return minutes().isPresent();
  }

  /** {@return the exact hours, if there is a figure} */
  public Optional<Rational> hours() {
    return minutes().isPresent() ? Optional.of(Units.hours(minutes().getAsLong())) : Optional.empty();
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
    if (minutes().isPresent() == missingReason().isPresent()) {
      throw org.municipaldx.core.internal.Checks.invalid("Evaluation", "missingReason", missingReason().orElse(null),
          "must be present exactly when there is no figure (for " + itemId() + ")");
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Evaluation}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  public static class Builder extends ImmutableEvaluation.Builder {}
}
