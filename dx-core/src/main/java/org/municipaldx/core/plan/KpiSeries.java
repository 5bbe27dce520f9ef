package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * A five-less progress indicator over time (5レス進捗), e.g. the cashless payment ratio by amount per
 * month, web meetings per month, printer sheets per fiscal year, the number of systems.
 *
 * <p>Invariants: points are dated as the granularity says (monthly series by month, fiscal-year
 * series by fiscal year, snapshots by date or not at all); no two points share a month or fiscal
 * year; points are in chronological order. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiSeries.class)
@JsonDeserialize(as = ImmutableKpiSeries.class)
public abstract class KpiSeries {
  KpiSeries() {}

  /**
   * {@return the series' key in a dataset, e.g. {@code cashless-ratio}; matches
   * {@link Ids#MODEL_ID_PATTERN}}
   */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return what is measured, e.g. 決済比率（決済額ベース）} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String indicator();

  /** {@return the five-less category it tracks, if any} */
  public abstract Optional<FiveLess> fiveLess();

  /** {@return the unit word, e.g. %, 回, 枚, システム} */
  @NotNull
  public abstract String unit();

  /** {@return how the points are dated: by month, by fiscal year, or as snapshots} */
  @NotNull
  public abstract KpiGranularity granularity();

  /** {@return the points, in chronological order, each period at most once; possibly empty} */
  public abstract List<@Valid KpiPoint> points();

  /** {@return where the figures come from (e.g. DX戦略課払い出しベース), if stated} */
  public abstract Optional<String> basis();

  /** {@return notes, e.g. how the months were aligned when the source does not say} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    String t = "KpiSeries";
    Checks.check(Ids.isModelId(id()), t, "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    Checks.notBlank(indicator(), t, "indicator");
    Checks.noBlanks(notes(), t, "notes");
    Set<Object> keys = new HashSet<>();
    Comparable<?> last = null;
    for (int i = 0; i < points().size(); i++) {
      KpiPoint p = points().get(i);
      String where = "points[" + i + "]";
      switch (granularity()) {
        case MONTH:
          Checks.check(p.month().isPresent(), t, where + ".month", p, "a monthly series needs a month on every point");
          break;
        case FISCAL_YEAR:
          Checks.check(p.fiscalYear().isPresent(), t, where + ".fiscalYear", p,
              "a fiscal-year series needs a fiscal year on every point");
          break;
        default:
          Checks.check(p.month().isEmpty() && p.fiscalYear().isEmpty(), t, where, p,
              "a snapshot series dates points by asOf only");
      }
      Object key = p.month().<Object>map(m -> m).or(() -> p.fiscalYear().map(f -> f)).orElse(null);
      if (key != null) {
        Checks.check(keys.add(key), t, where, key, "must not repeat a period");
        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean ordered = last == null || ((Comparable) last).compareTo(key) < 0;
        Checks.check(ordered, t, where, key, "points must be in chronological order");
        last = (Comparable<?>) key;
      }
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code KpiSeries}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiSeries}. */
  public static class Builder extends ImmutableKpiSeries.Builder {}
}
