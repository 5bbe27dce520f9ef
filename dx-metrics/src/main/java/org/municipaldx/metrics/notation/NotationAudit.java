package org.municipaldx.metrics.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * Finds every formula of the source material's notation in an arbitrary text (plain text, HTML,
 * tab-separated tables) and checks its arithmetic.
 *
 * <h2>What counts as a formula</h2>
 * <ul>
 *   <li>A <b>product</b> starts at a number followed by 分 or 時間 and then (after an optional note)
 *       by a multiplication sign: {@code 30分×1,303件=39,090分=651.5時間},
 *       {@code 30時間×6回（定例会4回、追加提案臨時会等2回）=180時間} (a duration in hours: the stated
 *       figure after {@code =} is in hours, no minutes are stated). Words just before the number are
 *       context, not a prefix ({@code 時間の短縮 30分×…}); a parenthesised word just before it is the
 *       label ({@code （全 体）10分×26,171通} → 全体). A lone {@code 30分} with no {@code ×} is not a
 *       formula, nor is {@code 資料×切}.
 *   <li>A <b>sum</b> starts at a number followed by 分 or 時間 and then {@code ＋}:
 *       {@code 1,200時間＋1,300時間=2,500時間}. Each term may carry a label (the words before its
 *       number); it is checked exactly, with no rounding, because it adds figures already printed.
 * </ul>
 * Text that starts like a formula but breaks off ({@code 30分×} then no number) is reported as a
 * problem with its position, never silently skipped. Reading resumes after each formula, so numbers
 * inside a formula's notes are not read as formulas. A formula with no stated figures that is
 * followed directly by letters takes those letters as its last unit word (write a space or
 * {@code =}).
 *
 * <h2>Limits</h2>
 * A text is at most {@link InputLimits#MAX_TEXT_LENGTH} characters; a number of more than
 * {@link InputLimits#MAX_NUMBER_LENGTH} characters followed by 分 or 時間 is reported as a problem (any
 * other is ordinary text). The audit takes time linear in the length of the text.
 */
public final class NotationAudit {
  private NotationAudit() {}

  /**
   * {@return the report, never null}
   *
   * @param text  the text, not null
   * @param policy  the policy stated hours are judged by, not null
   * @throws IllegalArgumentException if the text is longer than {@link InputLimits#MAX_TEXT_LENGTH}
   */
  public static AuditReport audit(CharSequence text, RoundingPolicy policy) {
    Objects.requireNonNull(text, "text: must not be null");
    Objects.requireNonNull(policy, "policy: must not be null");
    if (text.length() > InputLimits.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("text: must be at most " + InputLimits.MAX_TEXT_LENGTH
          + " characters (InputLimits.MAX_TEXT_LENGTH) (was " + text.length() + ")");
    }
    NotationReader r = new NotationReader(text);
    int[] lineStarts = lineStarts(text);
    AuditReport.Builder report = AuditReport.builder().policy(policy);
    int i = 0;
    int n = r.length();
    while (i < n) {
      char c = r.at(i);
      if (!NotationReader.isDigit(c) || (i > 0 && (NotationReader.isDigit(r.at(i - 1)) || r.at(i - 1) == ','
          || r.at(i - 1) == '.'))) {
        i++;
        continue;
      }
      r.pos(i);
      try {
        r.number("a number");
      } catch (NotationParseException e) {
        // longer than InputLimits.MAX_NUMBER_LENGTH: a problem where a formula's figure would be, else text
        int end = r.pos();
        if (r.durationUnit().isPresent()) {
          report.addProblems(AuditProblem.of(e.offset(), line(lineStarts, e.offset()), column(lineStarts, e.offset()),
              "expected " + e.expected()));
        }
        i = Math.max(i + 1, end);
        continue;
      }
      Optional<DurationUnit> unit = r.durationUnit();
      if (unit.isEmpty() || (NotationReader.isWordChar(r.at(r.pos())) && !r.isMultiplication(r.pos()))) {
        i = Math.max(i + 1, r.pos());
        continue;
      }
      char op = r.lookAheadOperator(r.pos());
      if (op == '\0') {
        i = r.pos();
        continue;
      }
      r.pos(i);
      try {
        if (op == '×') {
          Optional<String> label = r.labelBefore(i);
          NotationReader.Product p = r.product(false);
          report.addFormulas(FormulaFinding.builder()
              .text(text.subSequence(p.start, p.end).toString())
              .offset(p.start).line(line(lineStarts, p.start)).column(column(lineStarts, p.start))
              .formula(FormulaNotation.build(r, p, label))
              .build());
          i = p.end;
        } else {
          i = sum(r, text, i, lineStarts, report);
        }
      } catch (NotationParseException e) {
        report.addProblems(AuditProblem.of(e.offset(), line(lineStarts, e.offset()), column(lineStarts, e.offset()),
            "expected " + e.expected() + " in the formula starting at line " + line(lineStarts, i) + ", column "
                + column(lineStarts, i)));
        i = Math.max(i + 1, e.offset());
      }
    }
    return report.build();
  }

  private static int sum(NotationReader r, CharSequence text, int start, int[] lineStarts, AuditReport.Builder report) {
    List<SumFinding.Term> terms = new ArrayList<>();
    r.pos(start);
    Optional<String> label = r.wordBefore(start);
    while (true) {
      NotationReader.Num num = r.number("a number");
      Optional<DurationUnit> u = r.durationUnit();
      if (u.isEmpty()) {
        throw r.error(r.pos(), "分 or 時間 after the term " + num.value.toPlainString());
      }
      try {
        terms.add(SumFinding.Term.of(label, num.value, u.get()));
      } catch (ArithmeticException e) {
        throw r.error(num.offset, "a whole number of minutes that fits a long", e);
      }
      int save = r.pos();
      r.skipSpaces();
      if (r.isNote(r.pos())) { // 1,200時間（注）＋1,300時間: a note after a term does not end the sum (issue 13, D5)
        r.skipNote();
        r.skipSpaces();
      }
      if (!NotationReader.isPlus(r.at(r.pos()))) {
        r.pos(save);
        break;
      }
      r.pos(r.pos() + 1);
      r.skipSpaces();
      String prefix = r.word();
      label = prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
      if (!NotationReader.isDigit(r.at(r.pos()))) {
        throw r.error(r.pos(), "a number after '＋'");
      }
    }
    SumFinding.Builder b = SumFinding.builder().addAllTerms(terms);
    int save = r.pos();
    r.skipSpaces();
    if (r.at(r.pos()) == '=') {
      r.pos(r.pos() + 1);
      r.skipSpaces();
      if (r.at(r.pos()) == '約') {
        r.pos(r.pos() + 1);
      }
      NotationReader.Num total = r.number("a number after '='");
      Optional<DurationUnit> u = r.durationUnit();
      if (u.isEmpty()) {
        throw r.error(r.pos(), "分 or 時間 after the stated total");
      }
      b.statedTotal(total.value).statedUnit(u.get());
    } else {
      r.pos(save);
    }
    int end = r.pos();
    SumFinding finding;
    try {
      finding = b.text(text.subSequence(start, end).toString()).offset(start)
          .line(line(lineStarts, start)).column(column(lineStarts, start)).build();
    } catch (ArithmeticException e) {
      throw r.error(start, "terms whose sum in minutes fits a long", e);
    }
    report.addSums(finding);
    return end;
  }

  private static int[] lineStarts(CharSequence text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int line(int[] lineStarts, int offset) {
    int idx = java.util.Arrays.binarySearch(lineStarts, offset);
    return (idx >= 0 ? idx : -idx - 2) + 1;
  }

  private static int column(int[] lineStarts, int offset) {
    return offset - lineStarts[line(lineStarts, offset) - 1] + 1;
  }

  /**
   * {@return the audit under {@link RoundingPolicy#seed(java.math.RoundingMode)} with HALF_UP,
   * never null}
   *
   * @param text  the text, not null
   */
  public static AuditReport audit(CharSequence text) {
    return audit(text, RoundingPolicy.seed(java.math.RoundingMode.HALF_UP));
  }
}
