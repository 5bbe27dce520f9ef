package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/** Every Serializable value of dx-metrics round-trips and re-validates in readResolve. */
class SerialisationTest {

  static byte[] serialise(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object deserialise(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

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
    byte[] forged = SerialisationTestSupport.replaceOnce(valid, longBytes(311), longBytes(-311));
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
  static final class SerialisationTestSupport {
    static byte[] replaceOnce(byte[] stream, byte[] from, byte[] to) {
      int at = -1;
      for (int i = 0; i + from.length <= stream.length; i++) {
        boolean match = true;
        for (int j = 0; j < from.length && match; j++) {
          match = stream[i + j] == from[j];
        }
        if (match) {
          assertThat(at).as("the bytes occur once").isEqualTo(-1);
          at = i;
        }
      }
      assertThat(at).as("the bytes occur").isNotNegative();
      byte[] out = stream.clone();
      System.arraycopy(to, 0, out, at, to.length);
      return out;
    }
  }
}
