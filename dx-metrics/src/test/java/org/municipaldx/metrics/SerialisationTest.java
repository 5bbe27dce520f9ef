package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.testsupport.JavaSerialisation.serialise;
import static org.municipaldx.testsupport.JavaSerialisation.deserialise;
import static org.municipaldx.testsupport.JavaSerialisation.tamper;

import java.io.InvalidObjectException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/** Every Serializable value of dx-metrics round-trips and re-validates in readResolve. */
class SerialisationTest {

  @Test
  void everyValueRoundTrips() throws Exception {
    TimePerformance before = TimePerformance.of(1, 45);
    TimePerformance after = TimePerformance.of(1, 15);
    Object[] values = {Rational.of(2, 3), Rate.of(311, 321), Rate.UNDEFINED, RoundingPolicy.seed(RoundingMode.CEILING),
        RoundingPolicy.of(RoundingMode.HALF_EVEN, RoundingPolicy.HALF), TakeUp.of(Rate.of(1, 2), Rate.of(3, 4)),
        DayBasis.CALENDAR, DayBasis.working(new BigDecimal("7.75")), before, before.to(after),
        Progress.of(321, 4_300, FiscalYear.of(2025)), WorkloadChange.of(new BigDecimal("1200.5"), new BigDecimal("1100"))};
    for (Object v : values) {
      assertThat(deserialise(serialise(v))).as("%s", v).isEqualTo(v);
    }
    assertThat(deserialise(serialise(Rate.UNDEFINED))).isSameAs(Rate.UNDEFINED);
    assertThat(deserialise(serialise(DayBasis.CALENDAR))).isSameAs(DayBasis.CALENDAR);
  }

  @Test
  void aStreamWithANegativeRateIsRejected() throws Exception {
    byte[] valid = serialise(Rate.of(311, 321));
    // the long 311 (0x137) is the stream's first field value; make it -311
    byte[] forged = tamper(valid, longBytes(311), longBytes(-311));
    assertThatThrownBy(() -> deserialise(forged))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Rate.numerator: must be zero or more (was '-311')");
  }

  static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>= 8;
    }
    return b;
  }

  /** Byte surgery on a serialised stream. */
}
