package org.municipaldx.survey;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.ingest.Fields;

/**
 * When a procedure is planned to go online (オンライン化実施時期, item 12-3): a fiscal year (codes
 * 1–6: 2024–2029年度), possibly "or later" (common procedures append 以降), or code 7 "2030年度以降".
 *
 * <p>Immutable and thread-safe.
 */
public final class ImplementationTiming {
  private static final Pattern CELL = Pattern.compile("(?:([1-7])\\s*)?(\\d{4})年度(以降)?");

  private final FiscalYear year;
  private final boolean orLater;

  private ImplementationTiming(FiscalYear year, boolean orLater) {
    this.year = year;
    this.orLater = orLater;
  }

  /**
   * {@return the timing, never null}
   *
   * @param year  the fiscal year, not null
   * @param orLater  whether the plan says "or later" (以降)
   */
  public static ImplementationTiming of(FiscalYear year, boolean orLater) {
    return new ImplementationTiming(Objects.requireNonNull(year, "year"), orLater);
  }

  /**
   * Reads a cell such as {@code 2 2025年度}, {@code 7 2030年度以降} or {@code 2025年度以降}.
   *
   * @param cell  the cell, not null
   * @return the timing, or empty if the text is not of that form (or its code and year disagree)
   */
  public static Optional<ImplementationTiming> parse(String cell) {
    Matcher m = CELL.matcher(Fields.nfkc(cell).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group(2));
    if (m.group(1) != null) {
      int code = Integer.parseInt(m.group(1));
      // codebook item 12-3: codes 1..6 are FY2024..FY2029, code 7 is 2030年度以降
      if (code != Math.min(y, 2030) - 2023 || (code == 7 && m.group(3) == null)) {
        return Optional.empty();
      }
    }
    return Optional.of(of(FiscalYear.of(y), m.group(3) != null));
  }

  /** {@return the (first) fiscal year, never null} */
  public FiscalYear year() {
    return year;
  }

  /** {@return whether the plan is that year or later (以降)} */
  public boolean orLater() {
    return orLater;
  }

  /** {@return e.g. {@code 2025年度} or {@code 2030年度以降}} */
  @Override
  public String toString() {
    return year.year() + "年度" + (orLater ? "以降" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImplementationTiming && ((ImplementationTiming) o).year.equals(year)
        && ((ImplementationTiming) o).orLater == orLater;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, orLater);
  }
}
