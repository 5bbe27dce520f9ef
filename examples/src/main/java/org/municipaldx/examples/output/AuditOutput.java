package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code dx audit --format json}: every formula and sum found in a text, checked exactly. Immutable.
 *
 * @param formulas  the formulas in text order
 * @param sums  the sums in text order
 * @param summary  the counts and the policies that explain every figure
 */
public record AuditOutput(List<Formula> formulas, List<Sum> sums, Summary summary) {

  /**
   * A formula such as {@code 30分×1,303件=39,090分=651.5時間}.
   *
   * @param formula  display string: the formula as written
   * @param line  its line (1-based)
   * @param column  its column (1-based)
   * @param offset  its character offset in the text (0-based)
   * @param statedMinutes  the minutes it states, when it states them
   * @param exactMinutes  the product of its factors, exact
   * @param statedHours  the hours it states, when it states them
   * @param exactHours  exact minutes / 60
   * @param expectedHours  the exact hours rounded under the audit's policy
   * @param minutesConsistent  whether the stated minutes equal the exact ones
   * @param consistent  whether minutes and hours agree with the audit's policy
   * @param explainedBy  the standard policies under which its stated hours are right
   */
  public record Formula(String formula, long line, long column, long offset, Optional<Long> statedMinutes,
      long exactMinutes, Optional<BigDecimal> statedHours, ExactRatio exactHours, BigDecimal expectedHours,
      boolean minutesConsistent, boolean consistent, List<Rounding> explainedBy) {}

  /**
   * A sum such as {@code 1,200時間＋1,300時間=2,500時間}.
   *
   * @param sum  display string: the sum as written
   * @param line  its line (1-based)
   * @param column  its column (1-based)
   * @param exactMinutes  the exact sum of its terms in minutes
   * @param statedMinutes  the stated total in minutes (a decimal when hours are summed), when stated
   * @param consistent  whether the stated total equals the exact one
   */
  public record Sum(String sum, long line, long column, long exactMinutes, Optional<BigDecimal> statedMinutes,
      boolean consistent) {}

  /**
   * The audit's counts.
   *
   * @param policy  the policy the hours were checked under
   * @param formulas  formulas found
   * @param sums  sums found
   * @param inconsistentFormulas  formulas inconsistent under the policy
   * @param wrongMinutes  formulas whose stated minutes are wrong
   * @param inconsistentSums  sums whose total is wrong
   * @param explainingPolicies  the standard policies under which every formula is right
   * @param problems  notation that looked like a formula but could not be read
   */
  public record Summary(Rounding policy, long formulas, long sums, long inconsistentFormulas, long wrongMinutes,
      long inconsistentSums, List<Rounding> explainingPolicies, List<Problem> problems) {}

  /**
   * Text that could not be read as a formula.
   *
   * @param line  its line (1-based)
   * @param column  its column (1-based)
   * @param message  what is wrong
   */
  public record Problem(long line, long column, String message) {}
}
