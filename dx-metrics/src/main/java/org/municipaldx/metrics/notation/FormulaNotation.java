package org.municipaldx.metrics.notation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * The source material's formula notation: {@code 40分×2（往復）×1人×5回×170件=68,000分=1,134時間}.
 *
 * <h2>Grammar</h2>
 * <pre>
 * formula  = [ "（" label "）" ] factor { "×" factor } [ "=" ["約"] minutes "分" ] [ "=" ["約"] hours "時間" ]
 * factor   = [ prefix ] number [ unit ] [ "（" note "）" ]
 * </pre>
 * <ul>
 *   <li>The first factor is the duration: its unit is 分 or 時間 ({@code 30時間×6回=180時間}); the others
 *       are counts with any unit word (件, 回, 人, 名, 日, か所, ヶ所, 箇所, 施設, 者, 通, 会議, 町内会,
 *       シナリオ … — any run of letters after the number) or none ({@code ×250}).
 *   <li>A prefix is a word before a count's number ({@code 役員10名}); a note is text in parentheses
 *       after a factor ({@code 2（往復）}, {@code 3施設（市民課）}); a label in parentheses before the
 *       formula ({@code （住民票）10分×13,684通}) becomes the estimate's {@code label} (spaces inside
 *       removed: the source writes {@code （戸 籍）}).
 *   <li>Half- and full-width digits and symbols are equivalent ({@code ３０分＊２}); the multiplication
 *       sign is {@code ×}, {@code ＊}/{@code *}, {@code ✕}, or {@code x}/{@code X} when a number
 *       follows; numbers may group thousands with {@code ,} or {@code ，} (groups of three digits);
 *       spaces (half-width, full-width, no-break; not tabs or line breaks) may surround {@code ×},
 *       {@code =} and notes. Factors are whole numbers; stated hours may have decimals.
 *   <li>{@code 約} after {@code =} marks the figures approximate.
 * </ul>
 *
 * <p>Rendering prints the factors with separators and full-width parentheses, then the exact minutes
 * and the hours under a {@link RoundingPolicy}; a formula whose duration is in hours prints only the
 * hours ({@code 30時間×6回=180時間}), as the source does. {@code parse(render(f, p))} gives back
 * {@code f}'s factors and label with the rendered figures as stated figures when the notation can
 * hold them: unit words and prefixes made of letters only, notes with balanced parentheses, a label
 * without spaces (parsing removes them).
 */
public final class FormulaNotation {
  private static final Map<String, String[]> EN_UNITS = Map.ofEntries(
      Map.entry("件", new String[] {"case", "cases"}),
      Map.entry("回", new String[] {"time", "times"}),
      Map.entry("人", new String[] {"person", "people"}),
      Map.entry("名", new String[] {"person", "people"}),
      Map.entry("日", new String[] {"day", "days"}),
      Map.entry("か所", new String[] {"place", "places"}),
      Map.entry("ヶ所", new String[] {"place", "places"}),
      Map.entry("箇所", new String[] {"place", "places"}),
      Map.entry("カ所", new String[] {"place", "places"}),
      Map.entry("施設", new String[] {"facility", "facilities"}),
      Map.entry("者", new String[] {"business", "businesses"}),
      Map.entry("通", new String[] {"copy", "copies"}),
      Map.entry("会議", new String[] {"meeting", "meetings"}),
      Map.entry("町内会", new String[] {"neighbourhood association", "neighbourhood associations"}),
      Map.entry("シナリオ", new String[] {"scenario", "scenarios"}),
      Map.entry("枚", new String[] {"sheet", "sheets"}),
      Map.entry("手続", new String[] {"procedure", "procedures"}),
      Map.entry("手続き", new String[] {"procedure", "procedures"}));
  private static final Map<String, String> EN_WORDS = Map.of(
      "往復", "round trip",
      "全庁", "whole city hall",
      "役員", "officers",
      "全体", "total",
      "住民票", "residence certificates",
      "戸籍", "family registers");

  private FormulaNotation() {}

  /**
   * Parses one formula; leading and trailing whitespace is ignored.
   *
   * @param text  e.g. {@code 30分×1,303件=39,090分=651.5時間}, not null
   * @return the formula with its stated minutes and hours, never null
   * @throws NotationParseException if the text is not one formula: says the offset and what was expected
   *     (a text longer than {@link org.municipaldx.core.InputLimits#MAX_TEXT_LENGTH} at that offset)
   */
  public static FormulaEstimate parse(CharSequence text) {
    Objects.requireNonNull(text, "text: must not be null");
    if (text.length() > org.municipaldx.core.InputLimits.MAX_TEXT_LENGTH) {
      throw new NotationParseException(text, org.municipaldx.core.InputLimits.MAX_TEXT_LENGTH, "the end of a text of at most "
          + org.municipaldx.core.InputLimits.MAX_TEXT_LENGTH + " characters (InputLimits.MAX_TEXT_LENGTH)", null);
    }
    NotationReader r = new NotationReader(text);
    int start = 0;
    while (start < r.length() && Character.isWhitespace(r.at(start))) {
      start++;
    }
    r.pos(start);
    Optional<String> label = Optional.empty();
    if (r.at(start) == '(') {
      label = r.parenthesised().map(l -> l.replaceAll("[\\s\u3000]", ""));
      r.skipSpaces();
    }
    NotationReader.Product p = r.product(true);
    int end = r.pos();
    while (end < r.length() && Character.isWhitespace(r.at(end))) {
      end++;
    }
    if (end < r.length()) {
      throw r.error(end, "'×', '=' or the end of the formula");
    }
    return build(r, p, label);
  }

  static FormulaEstimate build(NotationReader r, NotationReader.Product p, Optional<String> label) {
    FormulaEstimate.Builder b = FormulaEstimate.builder();
    b.addAllFactors(p.factors);
    p.statedMinutes.ifPresent(b::statedMinutes);
    p.statedHours.ifPresent(b::statedHours);
    b.approximate(p.approximate);
    label.ifPresent(b::label);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw r.error(p.start, "factors whose product in minutes fits a long (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Renders a formula with the exact minutes and the hours as {@code policy} prints them, e.g.
   * {@code 40分×2（往復）×1人×5回×170件=68,000分=1,134時間} under CEILING (68,000 / 60 = 1,133.33…).
   *
   * @param formula  the formula, not null
   * @param policy  how to print the hours, not null
   * @return the notation, never null
   */
  public static String render(FormulaEstimate formula, RoundingPolicy policy) {
    Objects.requireNonNull(policy, "policy: must not be null");
    long m = formula.exactMinutes();
    return render(formula, formula.duration().durationUnit().orElseThrow() == DurationUnit.MINUTE
        ? Optional.of(m) : Optional.empty(), Optional.of(policy.hours(m)));
  }

  /**
   * Renders a formula with the figures its source stated (none if it stated none), to reproduce
   * the source's text.
   *
   * @param formula  the formula, not null
   * @return the notation, never null
   */
  public static String renderStated(FormulaEstimate formula) {
    return render(formula, formula.statedMinutes().isPresent()
        ? Optional.of(formula.statedMinutes().getAsLong()) : Optional.empty(), formula.statedHours());
  }

  private static String render(FormulaEstimate formula, Optional<Long> minutes, Optional<BigDecimal> hours) {
    Objects.requireNonNull(formula, "formula: must not be null");
    StringBuilder sb = new StringBuilder();
    formula.label().ifPresent(l -> sb.append('（').append(l).append('）'));
    StringJoiner j = new StringJoiner("×");
    for (Factor f : formula.factors()) {
      j.add(f.prefix().orElse("") + Figures.group(f.value()) + f.unit() + f.note().map(n -> "（" + n + "）").orElse(""));
    }
    sb.append(j);
    String approx = formula.approximate() ? "約" : "";
    minutes.ifPresent(m -> sb.append('=').append(approx).append(Figures.group(m)).append('分'));
    // the decimals as stated (9.0時間 stays 9.0時間), so that parse(renderStated(f)) equals f (issue 13, D8)
    hours.ifPresent(h -> sb.append('=').append(approx).append(Figures.groupAsWritten(h)).append("時間"));
    return sb.toString();
  }

  /**
   * Renders a formula in English, e.g.
   * {@code 40 min × 2 (round trip) × 1 person × 5 times × 170 cases = 68,000 min = 1,134 h}. A prefix
   * follows its count in parentheses ({@code 役員10名} → {@code 10 people (officers)}); unit words,
   * prefixes and notes without a known translation are kept in Japanese.
   *
   * @param formula  the formula, not null
   * @param policy  how to print the hours, not null
   * @return the English rendering, never null
   */
  public static String renderEnglish(FormulaEstimate formula, RoundingPolicy policy) {
    Objects.requireNonNull(formula, "formula: must not be null");
    Objects.requireNonNull(policy, "policy: must not be null");
    StringBuilder sb = new StringBuilder();
    formula.label().ifPresent(l -> sb.append('(').append(en(l)).append(") "));
    StringJoiner j = new StringJoiner(" × ");
    for (Factor f : formula.factors()) {
      StringBuilder t = new StringBuilder();
      t.append(Figures.group(f.value()));
      if (!f.unit().isEmpty()) {
        t.append(' ').append(enUnit(f.unit(), f.value()));
      }
      f.prefix().ifPresent(p -> t.append(" (").append(en(p)).append(')'));
      f.note().ifPresent(n -> t.append(" (").append(en(n)).append(')'));
      j.add(t);
    }
    sb.append(j);
    long m = formula.exactMinutes();
    String approx = formula.approximate() ? "about " : "";
    if (formula.duration().durationUnit().orElseThrow() == DurationUnit.MINUTE) {
      sb.append(" = ").append(approx).append(Figures.group(m)).append(" min");
    }
    sb.append(" = ").append(approx).append(Figures.group(policy.hours(m))).append(" h");
    return sb.toString();
  }

  private static String en(String word) {
    return EN_WORDS.getOrDefault(word, word);
  }

  private static String enUnit(String unit, long value) {
    Optional<DurationUnit> d = DurationUnit.lookup(unit);
    if (d.isPresent()) {
      return d.get().englishName();
    }
    String[] forms = EN_UNITS.get(unit);
    return forms == null ? unit : forms[value == 1 ? 0 : 1];
  }
}
