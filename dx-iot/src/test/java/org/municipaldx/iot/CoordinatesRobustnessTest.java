package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;

/** The fuzz findings D6 and D8 of issue 13 for {@link Coordinates#parse}. */
class CoordinatesRobustnessTest {

  @Test
  void d8_anExponentIsNotDecimalDegreesSoPrintingAndReadingBackCannotChangeTheValue() {
    IllegalArgumentException e = catchThrowableOfType(() -> Coordinates.parse("1e1,2"), IllegalArgumentException.class);
    assertThat(e).hasMessageContaining("'1e1,2'").hasMessageContaining("decimal degrees");
    // a value built with an exponent prints in plain decimals and reads back equal
    Coordinates c = Coordinates.of(new BigDecimal("1E+1"), new BigDecimal("2"));
    assertThat(c.toString()).isEqualTo("10,2");
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void d6_aMegabyteOfDigitsIsRejectedQuickly() {
    String text = "1".repeat(1_000_000) + ",2";
    // CPU time of this thread, so that a loaded machine does not fail the test (before the fix: 51 s)
    long start = cpuNanos();
    IllegalArgumentException e = catchThrowableOfType(() -> Coordinates.parse(text), IllegalArgumentException.class);
    assertThat(Duration.ofNanos(cpuNanos() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(e).hasMessageContaining("at most " + InputLimits.MAX_NUMBER_LENGTH);
    assertThat(e.getMessage().length()).isLessThan(500);
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
