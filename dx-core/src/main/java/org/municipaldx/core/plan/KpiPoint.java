package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

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

  /** {@return the month the value is for, in a monthly series; empty otherwise} */
  public abstract Optional<YearMonth> month();

  /** {@return the fiscal year the value is for, in a yearly series; empty otherwise} */
  public abstract Optional<FiscalYear> fiscalYear();

  /** {@return the date of a snapshot value (a count as of that day); empty otherwise} */
  public abstract Optional<LocalDate> asOf();

  /** {@return the value, exact as stated} */
  @NotNull
  public abstract BigDecimal value();

  /** {@return whether the period is incomplete (e.g. counted up to December only)} */
  @Value.Default
  public boolean partial() {
    return false;
  }

  /** {@return a note, e.g. the category of an undated count} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> note();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    int dated = (month().isPresent() ? 1 : 0) + (fiscalYear().isPresent() ? 1 : 0) + (asOf().isPresent() ? 1 : 0);
    Checks.check(dated <= 1, "KpiPoint", "month/fiscalYear/asOf", this, "at most one may be set");
    note().ifPresent(n -> Checks.notBlank(n, "KpiPoint", "note"));
  }

  /**
   * Creates a complete month's point.
   *
   * @param month  the month, not null
   * @param value  the value, exact as stated, not null
   * @return the point, never null
   */
  public static KpiPoint ofMonth(YearMonth month, BigDecimal value) {
    return builder().month(month).value(value).build();
  }

  /**
   * Creates a complete fiscal year's point.
   *
   * @param fy  the fiscal year, not null
   * @param value  the value, exact as stated, not null
   * @return the point, never null
   */
  public static KpiPoint ofFiscalYear(FiscalYear fy, BigDecimal value) {
    return builder().fiscalYear(fy).value(value).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code KpiPoint}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiPoint}. */
  public static class Builder extends ImmutableKpiPoint.Builder {}
}
