package org.municipaldx.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * Online take-up of a group of procedures: Σ online cases / Σ all cases (items 17-2 / 17-1), with
 * the number of procedures summed. Undefined when there are no cases. The counts are approximate
 * ({@link ApproximateCount}), so the share is too: {@link #toString()} prints {@code 約52%}.
 *
 * <p>Real rows may have more online cases than cases in all; the sums keep them as given and the
 * share may then exceed 100%: the reader lists such rows as problems.
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"procedures", "cases", "onlineCases", "percent"})
public final class ApproximateTakeUp {
  /** No procedures. */
  public static final ApproximateTakeUp NONE = new ApproximateTakeUp(0, ApproximateCount.ZERO, ApproximateCount.ZERO);

  // the constraint on the field too: the schema generator describes the property by the field of its name
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  private final long procedures;
  private final ApproximateCount cases;
  private final ApproximateCount online;

  private ApproximateTakeUp(long procedures, ApproximateCount cases, ApproximateCount online) {
    this.procedures = procedures;
    this.cases = cases;
    this.online = online;
  }

  /**
   * {@return the take-up, never null}
   *
   * @param procedures  how many procedures, zero or more
   * @param cases  Σ all cases, not null
   * @param online  Σ online cases, not null
   */
  public static ApproximateTakeUp of(long procedures, ApproximateCount cases, ApproximateCount online) {
    if (procedures < 0) {
      throw new InvalidValueException("ApproximateTakeUp", "procedures", procedures, "must be zero or more");
    }
    return new ApproximateTakeUp(procedures, Objects.requireNonNull(cases, "cases"), Objects.requireNonNull(online, "online"));
  }

  /**
   * {@return this take-up with that procedure added}
   *
   * @param p  a procedure, not null
   */
  public ApproximateTakeUp plus(SurveyProcedure p) {
    return new ApproximateTakeUp(Math.addExact(procedures, 1), cases.plus(p.totalCases()), online.plus(p.onlineCases()));
  }

  /**
   * {@return the merged take-up (the same in any order)}
   *
   * @param other  another take-up, not null
   */
  public ApproximateTakeUp plus(ApproximateTakeUp other) {
    return new ApproximateTakeUp(Math.addExact(procedures, other.procedures), cases.plus(other.cases), online.plus(other.online));
  }

  /** {@return how many procedures were summed} */
  @JsonProperty("procedures")
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public long procedures() {
    return procedures;
  }

  /** {@return Σ all cases, approximate} */
  @JsonProperty("cases")
  public ApproximateCount cases() {
    return cases;
  }

  /** {@return Σ online cases, approximate} */
  @JsonProperty("onlineCases")
  public ApproximateCount onlineCases() {
    return online;
  }

  /** {@return the share as an exact rate of the approximate sums; undefined when there are no cases} */
  @JsonIgnore
  public Rate rate() {
    return Rate.of(online.approximately(), cases.approximately());
  }

  /**
   * {@return the approximate share in percent, rounded, or empty when undefined}
   *
   * @param policy  the rounding, not null
   */
  public Optional<BigDecimal> percent(RoundingPolicy policy) {
    return rate().percent(policy);
  }

  /** {@return the share in percent to one decimal (half up), or empty (not written) when undefined: for JSON} */
  @JsonProperty("percent")
  Optional<BigDecimal> jsonPercent() {
    return percent(RoundingPolicy.of(java.math.RoundingMode.HALF_UP, RoundingPolicy.TENTH));
  }

  /** {@return e.g. {@code 約52.3% (約9,300 / 約18,000, 12 procedures)}, or {@code undefined (0 cases)}} */
  @Override
  public String toString() {
    String share = percent(RoundingPolicy.of(java.math.RoundingMode.HALF_UP, RoundingPolicy.TENTH))
        .map(p -> "約" + p.toPlainString() + "%").orElse("undefined");
    return share + " (" + online + " / " + cases + ", " + Figures.group(procedures) + " procedures)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApproximateTakeUp && ((ApproximateTakeUp) o).procedures == procedures
        && ((ApproximateTakeUp) o).cases.equals(cases) && ((ApproximateTakeUp) o).online.equals(online);
  }

  @Override
  public int hashCode() {
    return Objects.hash(procedures, cases, online);
  }
}
