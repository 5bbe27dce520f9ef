package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.Standards;

class SpansCsvWriterTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final Limit TEMPERATURE = Standards.BUILDING_HYGIENE.limit(Quantity.AIR_TEMPERATURE, LocalDate.of(2024, 6, 1))
      .orElseThrow();

  static Span span(String start, String end) {
    return new Span("s1", TEMPERATURE, true, Instant.parse(start), Instant.parse(end), 3, new BigDecimal("29.5"),
        Optional.empty());
  }

  @Test
  void writesOneRecordPerSpanWithTimesInTheZoneAndTheDurationInSeconds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SpansCsvWriter w = SpansCsvWriter.create(out, JST)) {
      w.span(Location.builder().facility("本庁舎").floor("3F").zone("会議室,1").build(),
          CompliancePeriod.month(YearMonth.of(2024, 6)), Quantity.AIR_TEMPERATURE,
          span("2024-05-31T15:30:00Z", "2024-05-31T15:45:30Z"));
      assertThat(w.spans()).isEqualTo(1);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).isEqualTo("\uFEFFlocation,period,quantity,sensor,limit,side,start,end,duration_s,readings,worst,"
        + "unit,day");
    assertThat(lines[1]).startsWith("\"本庁舎/3F/会議室,1\",2024-06,")
        .contains(",s1,", ",above,", "2024-06-01T00:30+09:00", "2024-06-01T00:45:30+09:00", ",930,3,29.5,");
  }

  @Test
  void theSummaryOfSpansHasTheirCountLongestAndFirstAndLastStart() {
    SpanSummary s = SpanSummary.of(List.of(span("2024-06-01T03:00:00Z", "2024-06-01T03:10:00Z"),
        span("2024-06-01T01:00:00Z", "2024-06-01T01:30:00Z"), span("2024-06-01T02:00:00Z", "2024-06-01T02:05:00Z")));
    assertThat(s).isEqualTo(new SpanSummary(3, 0, Optional.of(Duration.ofMinutes(30)),
        Optional.of(Instant.parse("2024-06-01T01:00:00Z")), Optional.of(Instant.parse("2024-06-01T03:00:00Z"))));
    assertThat(SpanSummary.of(List.of())).isEqualTo(new SpanSummary(0, 0, Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void aRowsSummaryMustCountItsListedSpans() {
    SpanSummary one = SpanSummary.of(List.of(span("2024-05-31T15:30:00Z", "2024-05-31T15:45:00Z")));
    assertThatThrownBy(() -> new QuantityRow(Quantity.AIR_TEMPERATURE, 3, Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.ONE), BigDecimal.valueOf(3), List.of(TEMPERATURE), Optional.empty(), 3, 3,
        Optional.empty(), List.of(), one))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("spanSummary");
    assertThatThrownBy(() -> new SpanSummary(2, 3, one.longest(), one.firstStart(), one.lastStart()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("notListed");
  }
}
