package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The rules of a row's listed spans read from the accumulator's pool ({@code ListedSpans}, issue 16h):
 * the list is the spans worked out by hand, in order, equal (and of equal hash) to an ordinary list of
 * them, immutable, and it refuses an index outside it.
 */
class ListedSpansTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  /**
   * One sensor reads 30, 29, 20, 17, 17.5, 22 °C every 10 minutes from 2024-06-03 09:00 (Tokyo): a span above
   * 28 from 09:00 to 09:20 (2 readings, worst 30) and one below 18 from 09:30 to 09:50 (2 readings, worst 17).
   */
  @Test
  void aRowOfOneSensorListsItsSpansFromThePoolAsAnImmutableListEqualToTheSpans() {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    int s = acc.sensor("s1", Location.builder().facility("館").build(), Optional.of(Duration.ofMinutes(10)));
    long t0 = LocalDateTime.parse("2024-06-03T09:00").atZone(JST).toInstant().toEpochMilli();
    long[] values = {30_000, 29_000, 20_000, 17_000, 17_500, 22_000};
    for (int i = 0; i < values.length; i++) {
      acc.add(s, Quantity.AIR_TEMPERATURE, t0 + i * 600_000L, values[i]);
    }
    QuantityRow row = acc.finish().rows().get(0).quantities().get(0);
    List<Span> spans = row.spans();
    assertThat(spans).isInstanceOf(ComplianceAccumulator.ListedSpans.class);
    Instant start = Instant.ofEpochMilli(t0);
    var limit = Standards.BUILDING_HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2024, 6, 3)).orElseThrow();
    List<Span> expected = List.of(
        new Span("s1", limit, true, start, start.plus(Duration.ofMinutes(20)), 2, new BigDecimal("30"), Optional.empty()),
        new Span("s1", limit, false, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(50)), 2,
            new BigDecimal("17"), Optional.empty()));
    assertThat(spans).isEqualTo(expected);
    assertThat(expected).isEqualTo(spans);
    assertThat(spans.hashCode()).isEqualTo(expected.hashCode());
    assertThat(new ArrayList<>(spans)).isEqualTo(expected);
    assertThat(spans.get(1)).isEqualTo(spans.get(1)).isEqualTo(expected.get(1));
    assertThat(row.spanSummary()).isEqualTo(SpanSummary.of(expected));
    assertThatThrownBy(() -> spans.add(expected.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spans.set(0, expected.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spans.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(spans::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spans.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> spans.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
