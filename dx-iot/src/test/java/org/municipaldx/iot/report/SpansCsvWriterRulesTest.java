package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;

/** The columns of {@link SpansCsvWriter} for a span below its limit, a daily-average span and sub-second durations. */
class SpansCsvWriterRulesTest {
  @Test
  void aFileGetsEveryColumnOfEachSpan(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("spans.csv");
    try (SpansCsvWriter w = SpansCsvWriter.create(file, SpansCsvWriterTest.JST)) {
      // below the lower bound for 1.5 s
      w.span(Location.of("本庁舎"), CompliancePeriod.month(YearMonth.of(2024, 1)), Quantity.AIR_TEMPERATURE,
          new Span("s1", SpansCsvWriterTest.TEMPERATURE, false, Instant.parse("2024-01-10T00:00:00Z"),
              Instant.parse("2024-01-10T00:00:01.500Z"), 2, new BigDecimal("16.2"), Optional.empty()));
      // a day judged on its mean: no time between the first and the last reading
      w.span(Location.of("本庁舎"), CompliancePeriod.month(YearMonth.of(2024, 1)), Quantity.AIR_TEMPERATURE,
          new Span("s1", SpansCsvWriterTest.TEMPERATURE, true, Instant.parse("2024-01-11T00:00:00Z"),
              Instant.parse("2024-01-11T00:00:00Z"), 1, new BigDecimal("29"), Optional.of(LocalDate.of(2024, 1, 11))));
      assertThat(w.spans()).isEqualTo(2);
    }
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(3);
    String limit = SpansCsvWriterTest.TEMPERATURE.describe();
    // the location key names facility/floor/zone; Excel's CSV quotes text with spaces or colons
    assertThat(lines[1]).isEqualTo("本庁舎//,2024-01,\"air temperature\",s1," + limit + ",below,\"2024-01-10T09:00+09:00\","
        + "\"2024-01-10T09:00:01.500+09:00\",1.5,2,16.2,°C,");
    assertThat(lines[2]).isEqualTo("本庁舎//,2024-01,\"air temperature\",s1," + limit + ",above,\"2024-01-11T09:00+09:00\","
        + "\"2024-01-11T09:00+09:00\",0,1,29,°C,2024-01-11");
  }

  @Test
  void aFileThatCannotBeWrittenIsAnIoError(@TempDir Path dir) {
    Path file = dir.resolve("missing-dir").resolve("spans.csv");
    assertThatThrownBy(() -> SpansCsvWriter.create(file, SpansCsvWriterTest.JST))
        .isInstanceOf(UncheckedIOException.class).hasMessage(file + ": cannot write");
  }
}
