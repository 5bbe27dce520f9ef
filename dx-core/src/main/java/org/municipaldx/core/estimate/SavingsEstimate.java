package org.municipaldx.core.estimate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An expected annual time saving (想定タイムパフォーマンス) with its provenance. Exactly one of
 * {@link FormulaEstimate}, {@link LumpSumEstimate}, {@link MeasuredEstimate},
 * {@link PendingEstimate} and {@link NotEstimated}; the JSON property {@code kind} tells which.
 *
 * <p>Every figure is a whole number of minutes; an estimate whose arithmetic would overflow a
 * {@code long} cannot be built.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FormulaEstimate.class, name = "formula"),
  @JsonSubTypes.Type(value = LumpSumEstimate.class, name = "lumpSum"),
  @JsonSubTypes.Type(value = MeasuredEstimate.class, name = "measured"),
  @JsonSubTypes.Type(value = PendingEstimate.class, name = "pending"),
  @JsonSubTypes.Type(value = NotEstimated.class, name = "none")
})
public abstract class SavingsEstimate {
  SavingsEstimate() {}

  /** {@return what is saved, as the source puts it (e.g. 市民の市役所用務時間の短縮), if stated} */
  public abstract Optional<String> description();

  /**
   * {@return a label distinguishing several estimates of one initiative (e.g. 住民票), if any}
   */
  public abstract Optional<String> label();

  /**
   * {@return the label of another estimate of the same initiative that this one breaks down (its
   * minutes are part of that one's), if any; totals count only estimates that break nothing down}
   */
  public abstract Optional<String> breakdownOf();

  /** {@return how the figure was obtained, never null} */
  @JsonIgnore
  public abstract EstimateKind kind();

  /** {@return the exact saving in minutes, or empty for pending and none} */
  @JsonIgnore
  public abstract OptionalLong minutes();

  /** {@return whether this estimate carries a figure} */
  @JsonIgnore
  public boolean hasFigure() {
    return minutes().isPresent();
  }
}
