package org.municipaldx.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Text;
import org.municipaldx.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.municipaldx.core.ReportingPeriod;

/**
 * A headline figure the source states as a total (e.g. 321手続, 457,060件, 217,820時間), kept as
 * printed so that a report can reconcile it with the sum of the detail. Immutable and thread-safe.
 *
 * @param id  the stable id, e.g. {@code online-applications}
 * @param label  what the figure is, as the source puts it
 * @param value  the figure, zero or more, exact as printed
 * @param unit  the unit word as printed, e.g. 手続, 件, 時間, 日分
 * @param approximate  whether the source marks it approximate (約)
 * @param period  the period it refers to, if the source says
 * @param source  where in the source it is printed
 * @param note  a remark printed with it, if any
 */
public record HeadlineFigure(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String id,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String label,
    @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") BigDecimal value,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String unit,
    boolean approximate,
    Optional<ReportingPeriod> period,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String source,
    Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> note) {
  private static final String T = "HeadlineFigure";

  /**
   * Validates the figure.
   *
   * @param id  the stable id, e.g. {@code online-applications}
   * @param label  what the figure is, as the source puts it
   * @param value  the figure, zero or more, exact as printed
   * @param unit  the unit word as printed, e.g. 手続, 件, 時間, 日分
   * @param approximate  whether the source marks it approximate (約)
   * @param period  the period it refers to, if the source says
   * @param source  where in the source it is printed
   * @param note  a remark printed with it, if any
   * @throws IllegalArgumentException naming the field and the rule
   */
  public HeadlineFigure {
    Checks.id(id, T, "id");
    Checks.notBlank(Checks.nonNull(label, T, "label"), T, "label");
    Checks.nonNull(value, T, "value");
    Checks.check(value.signum() >= 0, T, "value", value, "must be zero or more");
    Checks.notBlank(Checks.nonNull(unit, T, "unit"), T, "unit");
    period = Checks.optional(period);
    Checks.notBlank(Checks.nonNull(source, T, "source"), T, "source");
    note = Checks.optionalNotBlank(note, T, "note");
  }
}
