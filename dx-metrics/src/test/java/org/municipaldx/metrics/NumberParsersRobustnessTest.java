package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;

/** The fuzz finding D6 of issue 13 for the number parsers: any input is read or rejected in linear time. */
class NumberParsersRobustnessTest {
  private static final Duration BOUND = Duration.ofSeconds(1);

  /** Measured in CPU time of the reading thread, so that a loaded machine does not fail the test. */
  private static <T> T within(Supplier<T> work) {
    long start = cpuNanos();
    T result = work.get();
    assertThat(Duration.ofNanos(cpuNanos() - start)).isLessThan(BOUND);
    return result;
  }

  @Test
  void d6_rationalOfAHundredThousandDigitsIsRejectedQuickly() {
    String digits = "7".repeat(100_000);
    IllegalArgumentException e = within(() -> catchThrowableOfType(() -> Rational.parse(digits), IllegalArgumentException.class));
    assertThat(e).hasMessageContaining("at most " + InputLimits.MAX_NUMBER_LENGTH);
    assertThat(e.getMessage().length()).isLessThan(500);
    IllegalArgumentException d = catchThrowableOfType(() -> Rational.parse("1/" + digits), IllegalArgumentException.class);
    assertThat(d).hasMessageContaining("at most " + InputLimits.MAX_NUMBER_LENGTH);
  }

  @Test
  void rationalAtTheLimitIsRead() {
    String n = "-" + "9".repeat(InputLimits.MAX_NUMBER_LENGTH - 1);
    String d = "8".repeat(InputLimits.MAX_NUMBER_LENGTH);
    Rational r = Rational.parse(n + "/" + d);
    assertThat(r).isEqualTo(Rational.of(new BigInteger(n), new BigInteger(d)));
  }

  @Test
  void d6_roundingPolicyWithAHundredThousandZerosIsRejectedQuickly() {
    IllegalArgumentException e = within(() -> catchThrowableOfType(
        () -> RoundingPolicy.parse("HALF_UP/1." + "0".repeat(100_000)), IllegalArgumentException.class));
    assertThat(e).hasMessageContaining("at most " + InputLimits.MAX_NUMBER_LENGTH);
    assertThat(e.getMessage().length()).isLessThan(500);
  }

  @Test
  void d6_figureOfAMegabyteOfDigitsIsRejectedQuickly() {
    String digits = "1".repeat(1_000_000);
    IllegalArgumentException e = within(() -> catchThrowableOfType(() -> Figures.parse(digits), IllegalArgumentException.class));
    assertThat(e).hasMessageContaining("at most " + InputLimits.MAX_NUMBER_LENGTH);
    assertThat(e.getMessage().length()).isLessThan(500);
    // separators are not counted: 33 groups of three digits (99 digits) and 32 commas are read
    String grouped = "1" + ",000".repeat(32);
    assertThat(Figures.parse(grouped)).isEqualTo(BigDecimal.TEN.pow(96));
  }

  /**
   * The CPU time of the current thread (ThreadMXBean, called reflectively: the test sources compile
   * inside the library's module, which does not read java.management).
   */
  static long cpuNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
