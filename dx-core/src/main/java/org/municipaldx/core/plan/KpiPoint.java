package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * One point of a KPI series: a value for a month, a fiscal year, or at a date (snapshot). At most one
 * of {@link #month()}, {@link #fiscalYear()} and {@link #asOf()} is set; which one must agree with
 * the series' granularity. {@link #partial()} marks a period not yet complete (e.g. 令和4年度 12月まで).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiPoint.class)
@JsonDeserialize(as = ImmutableKpiPoint.class)
public abstract class KpiPoint {
  KpiPoint() {}

  public abstract Optional<YearMonth> month();

  public abstract Optional<FiscalYear> fiscalYear();

  public abstract Optional<LocalDate> asOf();

  /** @return the value, exact as stated */
  @NotNull
  public abstract BigDecimal value();

  /** @return whether the period is incomplete (e.g. counted up to December only) */
  @Value.Default
  public boolean partial() {
    return false;
  }

  /** @return a note, e.g. the category of an undated count */
  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    int dated = (month().isPresent() ? 1 : 0) + (fiscalYear().isPresent() ? 1 : 0) + (asOf().isPresent() ? 1 : 0);
    Checks.check(dated <= 1, "KpiPoint", "month/fiscalYear/asOf", this, "at most one may be set");
    note().ifPresent(n -> Checks.notBlank(n, "KpiPoint", "note"));
  }

  public static KpiPoint ofMonth(YearMonth month, BigDecimal value) {
    return builder().month(month).value(value).build();
  }

  public static KpiPoint ofFiscalYear(FiscalYear fy, BigDecimal value) {
    return builder().fiscalYear(fy).value(value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiPoint}. */
  public static class Builder extends ImmutableKpiPoint.Builder {}
}
