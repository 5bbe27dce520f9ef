package org.municipaldx.metrics.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Text;

/**
 * The columns of a procedure-year CSV file and the header names that map to them.
 *
 * <p>A header cell matches a column if, after NFKC folding (full-width to half-width), trimming,
 * and — for Latin text — ignoring case, spaces, hyphens and underscores, it equals the column's
 * Japanese name, English name or one of its aliases:
 *
 * <table>
 *   <caption>Header names</caption>
 *   <tr><th>column</th><th>Japanese</th><th>English</th><th>aliases</th></tr>
 *   <tr><td>{@link #DEPARTMENT}</td><td>部局</td><td>department</td><td>部局ID, departmentId</td></tr>
 *   <tr><td>{@link #FISCAL_YEAR}</td><td>年度</td><td>fiscalYear</td><td>FY</td></tr>
 *   <tr><td>{@link #FIVE_LESS}</td><td>5レス</td><td>fiveLess</td><td>関連する5レス</td></tr>
 *   <tr><td>{@link #MINUTES_PER_CASE}</td><td>1件あたり分</td><td>minutesPerCase</td>
 *       <td>1件当たり分, 1件あたりの分</td></tr>
 *   <tr><td>{@link #ONLINE}</td><td>オンライン件数</td><td>online</td>
 *       <td>オンラインによる申請等, onlineCases</td></tr>
 *   <tr><td>{@link #TOTAL}</td><td>総件数</td><td>total</td><td>申請等件数, totalCases</td></tr>
 * </table>
 */
public enum ProcedureYearColumn implements Labelled {
  /** The department: its id, or a name of a department the reader was given. */
  DEPARTMENT("部局", "department", "部局ID", "departmentId"),
  /** The fiscal year, in any form {@code FiscalYear.parse} reads (2023, 令和5年度, …). */
  FISCAL_YEAR("年度", "fiscalYear", "FY"),
  /**
   * The five-less categories, Japanese or English names, separated by {@code |}, {@code ・} or
   * {@code ;} (full-width forms too); empty for none.
   */
  FIVE_LESS("5レス", "fiveLess", "関連する5レス"),
  /** Minutes per case, a whole number ≥ 0. */
  MINUTES_PER_CASE("1件あたり分", "minutesPerCase", "1件当たり分", "1件あたりの分"),
  /** Online cases, a whole number from 0 to the total. */
  ONLINE("オンライン件数", "online", "オンラインによる申請等", "onlineCases"),
  /** All cases, a whole number ≥ 0. */
  TOTAL("総件数", "total", "申請等件数", "totalCases");

  private final String japaneseName;
  private final String englishName;
  private final List<String> aliases;

  ProcedureYearColumn(String japaneseName, String englishName, String... aliases) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.aliases = List.of(aliases);
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return the other header names accepted for this column, never null} */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * {@return the column it names, or empty if none}
   *
   * @param header  a header cell, not null
   */
  public static Optional<ProcedureYearColumn> forHeader(String header) {
    String h = fold(header);
    for (ProcedureYearColumn c : values()) {
      if (fold(c.japaneseName).equals(h) || fold(c.englishName).equals(h)) {
        return Optional.of(c);
      }
      for (String a : c.aliases) {
        if (fold(a).equals(h)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    return Text.nfkc(s).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }

  /** {@return e.g. {@code 部局/department}} */
  public String label() {
    return japaneseName + "/" + englishName;
  }
}
