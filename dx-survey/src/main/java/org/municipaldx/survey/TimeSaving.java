package org.municipaldx.survey;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.metrics.Figures;

/**
 * The time going online could save on one procedure: its cases not online (item 17-3) × the
 * caller's minutes per case, with the provenance of both factors. Approximate, because the case
 * count is ({@link ApproximateCount}). JSON (read and written by {@code DxJson}) has the components as
 * properties; its JSON Schema ships in this module's jar ({@code DxSchemas.schema(TimeSaving.class)}).
 *
 * @param procedureId  the 手続ID, not blank
 * @param name  the procedure's name, not null
 * @param ministry  the ministry's Japanese name, or empty; not null
 * @param offlineCases  cases not online, approximate, not null
 * @param minutesPerCase  minutes per case, zero or more
 * @param approximateMinutes  offlineCases × minutesPerCase (overflow is an error), approximate
 * @param provenance  where the factors come from, not blank
 */
@JsonPropertyOrder({"procedureId", "name", "ministry", "offlineCases", "minutesPerCase", "approximateMinutes", "provenance"})
public record TimeSaving(@NotBlank(message = "{org.municipaldx.NotBlank.message}") String procedureId, @NotNull String name,
    @NotNull String ministry, @NotNull ApproximateCount offlineCases,
    @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") long minutesPerCase,
    @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") long approximateMinutes,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String provenance) {

  /**
   * Checks the components: the id and the provenance not blank, the minutes per case zero or more, the
   * minutes the product.
   *
   * @param procedureId  the 手続ID, not blank
   * @param name  the procedure's name, not null
   * @param ministry  the ministry's Japanese name, or empty; not null
   * @param offlineCases  cases not online, approximate, not null
   * @param minutesPerCase  minutes per case, zero or more
   * @param approximateMinutes  offlineCases × minutesPerCase (overflow is an error), approximate
   * @param provenance  where the factors come from, not blank
   * @throws InvalidValueException if a rule is broken
   */
  public TimeSaving {
    Objects.requireNonNull(procedureId, "procedureId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ministry, "ministry");
    Objects.requireNonNull(offlineCases, "offlineCases");
    Objects.requireNonNull(provenance, "provenance");
    if (procedureId.isBlank()) {
      throw new InvalidValueException("TimeSaving", "procedureId", procedureId, "must not be blank");
    }
    if (minutesPerCase < 0) {
      throw new InvalidValueException("TimeSaving", "minutesPerCase", minutesPerCase, "must be zero or more");
    }
    if (provenance.isBlank()) {
      throw new InvalidValueException("TimeSaving", "provenance", provenance, "must not be blank");
    }
    if (approximateMinutes != Math.multiplyExact(offlineCases.approximately(), minutesPerCase)) {
      throw new InvalidValueException("TimeSaving", "approximateMinutes", approximateMinutes, "must be offlineCases × minutesPerCase = "
          + offlineCases.approximately() * minutesPerCase);
    }
  }

  /**
   * {@return the saving, never null}
   *
   * @param p  the procedure, not null
   * @param minutesPerCase  minutes per case, zero or more
   * @param source  where the minutes come from, not null
   * @throws ArithmeticException on overflow
   */
  public static TimeSaving of(SurveyProcedure p, long minutesPerCase, String source) {
    ApproximateCount cases = p.offlineCases();
    return new TimeSaving(p.id(), p.name(), p.ministry().map(Ministry::japaneseName).orElse(""), cases, minutesPerCase,
        Math.multiplyExact(cases.approximately(), minutesPerCase),
        cases + "件 (非オンライン手続件数, approximate"
            + (cases.basis() == ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES ? ", estimated from sample municipalities" : "")
            + ") × " + minutesPerCase + "分 (" + source + ")");
  }

  /** {@return e.g. {@code 手続ID 123 …: 約1,800件 × 30分 = 約54,000分}} */
  @Override
  public String toString() {
    return "手続ID " + procedureId + " " + name + ": " + offlineCases + "件 × " + minutesPerCase + "分 = 約"
        + Figures.group(approximateMinutes) + "分";
  }
}
