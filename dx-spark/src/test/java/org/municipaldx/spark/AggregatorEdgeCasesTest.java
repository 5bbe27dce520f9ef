package org.municipaldx.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.SummaryBuffer;

/**
 * Edge cases of the reading summary and the LPP function that {@code AggregatorsDirectTest} left open (issue 13
 * part 4, PIT survivors of 2026-12-06): Spark uses the buffer {@code reduce} returns, so it must be the buffer it
 * was given, also for an INVALID reading; a group whose first quantity is the first constant (AIR_TEMPERATURE,
 * ordinal 0) still refuses a second quantity; a payload with several readings keeps each reading with its own
 * record's channel, in payload order, records without a quantity left out.
 */
class AggregatorEdgeCasesTest {
  private static final long AT = ComplianceKernel.micros(Instant.parse("2023-04-01T00:10:00Z"));

  @Test
  void summaryReduceReturnsTheBufferItWasGivenForValidAndInvalidReadings() {
    SummaryAggregator a = new SummaryAggregator();
    SummaryBuffer b = a.zero();
    SummaryBuffer afterValid = a.reduce(b, RowFactory.create("CO2", 800L, null));
    assertThat(afterValid).isSameAs(b);
    SummaryBuffer afterInvalid = a.reduce(afterValid, RowFactory.create("CO2", 5_000L, "INVALID"));
    assertThat(afterInvalid).isSameAs(b);
    // Spark's fold: the next reduce and finish take what the last reduce returned
    Row r = a.finish(a.reduce(afterInvalid, RowFactory.create("CO2", 900L, "GOOD")));
    assertThat(r).isEqualTo(RowFactory.create(2L, new BigDecimal("1700.000"), new BigDecimal("800.000"),
        new BigDecimal("900.000"), new BigDecimal("850.00000"), 1L));
    assertThat(a.merge(b, a.zero())).isSameAs(b);
  }

  @Test
  void aGroupStartedWithTheFirstQuantityConstantRefusesAnotherQuantity() {
    assertThat(Quantity.AIR_TEMPERATURE.ordinal()).as("the case this test is about").isZero();
    SummaryAggregator a = new SummaryAggregator();
    SummaryBuffer b = a.reduce(a.zero(), RowFactory.create("AIR_TEMPERATURE", 2_720L, null));
    assertThatThrownBy(() -> a.reduce(b, RowFactory.create("CO2", 800L, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_summary.quantity: a group must hold one quantity (was 'CO2' after 'AIR_TEMPERATURE')");
    assertThat(SummaryAggregator.quantity("f", 0, RowFactory.create("AIR_TEMPERATURE"), 0)).isZero();
    assertThat(SummaryAggregator.quantity("f", -1, RowFactory.create("CO2"), 0)).isEqualTo(Quantity.CO2.ordinal());
    assertThatThrownBy(() -> SummaryAggregator.quantity("f", 0, RowFactory.create("x", "CO2"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f.quantity: a group must hold one quantity (was 'CO2' after 'AIR_TEMPERATURE')");
  }

  @Test
  void aPayloadOfSeveralRecordsGivesOneReadingPerQuantityRecordInPayloadOrder() {
    LppDecoder d = new LppDecoder();
    // channel 1: temperature 27.2 °C; channel 2: digital input 5 (no quantity); channel 4: humidity 50.0 %;
    // channel 7: temperature -0.1 °C
    Row decoded = d.call("0167011002000504686407 67FFFF", "hex", "hall-3f-01", AT);
    assertThat(decoded.isNullAt(1)).isTrue();
    List<Row> readings = decoded.getList(0);
    assertThat(readings).containsExactly(
        RowFactory.create(1, "AIR_TEMPERATURE", new BigDecimal("27.200"), 2_720L),
        RowFactory.create(4, "RELATIVE_HUMIDITY", new BigDecimal("50.000"), 500L),
        RowFactory.create(7, "AIR_TEMPERATURE", new BigDecimal("-0.100"), -10L));
    assertThat(d.call("AWcBEAIABQRoZAdn//8=", "Base64", "hall-3f-01", AT)).as("the same payload in Base64")
        .isEqualTo(decoded);
    Row onlyDigital = d.call("020005", "hex", "hall-3f-01", AT);
    assertThat(onlyDigital.isNullAt(1)).as("no quantity is no error").isTrue();
    assertThat(onlyDigital.getList(0)).isEmpty();
  }
}
