package org.municipaldx.testsupport;

import com.sageserpent.americium.java.TrialsScaffolding;

/**
 * The number of cases an Americium property tries, scaled by a system property so that mutation
 * testing can afford the properties (issue 13 part 4). Under PIT every mutant a property covers reruns
 * the whole property; at full counts the slow ones (dx-regulation's {@code ProvisionCitationProperties},
 * two minutes under load) dominate the run. The parent POM's {@code pit} profile sets
 * {@code -Ddx.trials.scale=0.1} and {@code -Ddx.trials.shrinkageAttempts=0} in PIT's {@code jvmArgs};
 * {@code mvn -B verify} sets neither, so its counts are exactly the ones written in the tests.
 *
 * <p>Use it in place of a literal count:
 *
 * <pre>{@code
 * trials.withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(x -> ...);
 * }</pre>
 *
 * <ul>
 *   <li>{@value #SCALE_PROPERTY}: a positive decimal factor (default 1); the scaled count is rounded up
 *       and never below 1, so {@code trials(300)} is 30 at 0.1 and {@code trials(5)} is 1. A factor
 *       above 1 runs more cases (a longer local check).
 *   <li>{@value #SHRINKAGE_PROPERTY}: Americium's shrinkage attempts after a failing case (default:
 *       Americium's own, as {@link TrialsScaffolding.OptionalLimits#defaults}). PIT needs only pass
 *       or fail, so the profile sets 0: a mutant that fails a property is killed at once instead of
 *       rerunning the property to shrink the case.
 * </ul>
 *
 * <p>A mutation score measured with fewer cases is a lower bound of the score at full counts: a
 * mutant that only a rare case kills may survive a scaled run.
 *
 * <p>An unreadable or non-positive value fails every property that asks, naming the property: a typo
 * must not silently run the full or an empty budget.
 */
public final class TrialScale {
  /** The system property holding the factor applied to every count (default 1). */
  public static final String SCALE_PROPERTY = "dx.trials.scale";
  /** The system property holding the shrinkage attempts after a failure (default: Americium's). */
  public static final String SHRINKAGE_PROPERTY = "dx.trials.shrinkageAttempts";

  private TrialScale() {}

  /**
   * {@return the number of cases to try: {@code written} times the factor of {@value #SCALE_PROPERTY},
   * rounded up, at least 1; {@code written} itself when the property is not set}
   *
   * @param written  the count written in the test, positive
   * @throws IllegalArgumentException if {@code written} is not positive
   * @throws IllegalStateException if the property is set but is not a positive decimal
   */
  public static int trials(int written) {
    if (written < 1) {
      throw new IllegalArgumentException("a property tries at least one case, not " + written);
    }
    String text = System.getProperty(SCALE_PROPERTY);
    if (text == null) {
      return written;
    }
    double scale = factor(text);
    double scaled = Math.ceil(written * scale);
    return scaled >= Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(1, (int) scaled);
  }

  /**
   * {@return Americium's optional limits: its defaults, with the shrinkage attempts of
   * {@value #SHRINKAGE_PROPERTY} when that is set}
   *
   * @throws IllegalStateException if the property is set but is not a whole number of at least 0
   */
  public static TrialsScaffolding.OptionalLimits limits() {
    String text = System.getProperty(SHRINKAGE_PROPERTY);
    if (text == null) {
      return TrialsScaffolding.OptionalLimits.defaults;
    }
    int attempts;
    try {
      attempts = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "-D" + SHRINKAGE_PROPERTY + "='" + text + "' is not a whole number of attempts", e);
    }
    if (attempts < 0) {
      throw new IllegalStateException("-D" + SHRINKAGE_PROPERTY + "='" + text + "' is negative");
    }
    return TrialsScaffolding.OptionalLimits.builder()
        .complexity(TrialsScaffolding.OptionalLimits.defaults.complexity)
        .shrinkageAttempts(attempts)
        .build();
  }

  private static double factor(String text) {
    double scale;
    try {
      scale = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("-D" + SCALE_PROPERTY + "='" + text + "' is not a decimal factor", e);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalStateException("-D" + SCALE_PROPERTY + "='" + text + "' is not a positive finite factor");
    }
    return scale;
  }
}
