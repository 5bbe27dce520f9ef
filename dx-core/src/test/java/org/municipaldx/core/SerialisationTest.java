package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.testsupport.JavaSerialisation.serialise;
import static org.municipaldx.testsupport.JavaSerialisation.deserialise;
import static org.municipaldx.testsupport.JavaSerialisation.tamper;

import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Java serialisation keeps "valid by construction": every {@code Serializable} value re-validates in
 * {@code readResolve}, so a crafted stream cannot create a value the factory would reject.
 */
class SerialisationTest {

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
