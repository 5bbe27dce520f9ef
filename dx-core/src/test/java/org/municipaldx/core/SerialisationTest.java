package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Java serialisation keeps "valid by construction": every {@code Serializable} value re-validates in
 * {@code readResolve}, so a crafted stream cannot create a value the factory would reject.
 */
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

  /** Replaces the only occurrence of {@code from} in {@code stream} by {@code to} (same length). */
  static byte[] tamper(byte[] stream, byte[] from, byte[] to) {
    assertThat(to).hasSameSizeAs(from);
    int at = -1;
    for (int i = 0; i + from.length <= stream.length; i++) {
      boolean match = true;
      for (int j = 0; j < from.length && match; j++) {
        match = stream[i + j] == from[j];
      }
      if (match) {
        assertThat(at).as("the bytes to tamper with occur once").isEqualTo(-1);
        at = i;
      }
    }
    assertThat(at).as("the bytes to tamper with occur in the stream").isNotNegative();
    byte[] out = stream.clone();
    System.arraycopy(to, 0, out, at, to.length);
    return out;
  }

  @Test
  void valuesRoundTrip() throws Exception {
    for (Object v : new Object[] {FiscalYear.of(2023), FiscalYear.of(1873), ReportingPeriod.fiscalYear(FiscalYear.of(2022)),
        ReportingPeriod.calendarYear(2021), MunicipalityCode.parse("072036")}) {
      assertThat(deserialise(serialise(v))).isEqualTo(v);
    }
  }

  @Test
  void aStreamWithFiscalYearZeroIsRejected() throws Exception {
    byte[] valid = serialise(FiscalYear.of(2023));
    byte[] year0 = tamper(valid, new byte[] {0, 0, 0x07, (byte) 0xE7}, new byte[] {0, 0, 0, 0});   // int 2023 -> 0
    assertThatThrownBy(() -> deserialise(year0))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("FiscalYear.year: must be from 1873 to 9998 (was '0')")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStreamWithMunicipalityCode999999IsRejected() throws Exception {
    byte[] valid = serialise(MunicipalityCode.parse("072036"));   // 郡山市
    byte[] forged = tamper(valid, "072036".getBytes(StandardCharsets.US_ASCII), "999999".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> deserialise(forged))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("MunicipalityCode '999999': prefecture code 99 is not from 01 to 47");
  }

  @Test
  void aStreamWithACalendarYearOutOfRangeIsRejected() throws Exception {
    byte[] valid = serialise(ReportingPeriod.calendarYear(2021));
    byte[] forged = tamper(valid, new byte[] {0, 0, 0x07, (byte) 0xE5}, new byte[] {0, 0, 0x27, 0x0F});   // 2021 -> 9999
    assertThatThrownBy(() -> deserialise(forged))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("ReportingPeriod.year: must be from 1873 to 9998 (was '9999')");
  }
}
