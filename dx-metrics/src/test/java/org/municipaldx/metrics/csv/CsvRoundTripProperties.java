package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.metrics.MetricsTrials.API;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.core.FiveLess;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.testsupport.TrialScale;

/** What the writers write, the readers read back unchanged, and no cell can start a formula. */
class CsvRoundTripProperties {

  static Trials<List<ProcedureYearRow>> rows() {
    Trials<ProcedureYearRow> row = API.longs(0, 1_000_000_000L).flatMap(total ->
        API.choose("d1", "general-affairs", "health-welfare", "x-9").flatMap(d ->
            API.integers(1989, 2030).map(FiscalYear::of).flatMap(y ->
                MetricsTrials.enumSetsUpTo(FiveLess.class, 5).flatMap(f ->
                    API.longs(0, Long.MAX_VALUE / 2).flatMap(m ->
                        API.longs(0, total).map(o -> ProcedureYearRow.builder().departmentId(d).fiscalYear(y)
                            .addAllFiveLess(f).minutesPerCase(m).online(o).total(total).build()))))));
    return MetricsTrials.listsUpTo(row, 20);
  }

  @Test
  void writtenRowsReadBackEqual() {
    rows().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(CsvRoundTripProperties::writtenRowsReadBackEqual);
  }

  private static void writtenRowsReadBackEqual(List<ProcedureYearRow> rows) {
    for (ProcedureYearCsvWriter w : List.of(ProcedureYearCsvWriter.japanese(), ProcedureYearCsvWriter.english())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(rows, out);
      assertThat(ProcedureYearCsvReader.create().read(out.toByteArray(), "round-trip.csv"))
          .isEqualTo(rows);
    }
  }

  @Test
  void escapeIsUndoneByUnescapeAndNeverStartsAFormula() {
    cells().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(CsvRoundTripProperties::escapeIsUndoneByUnescapeAndNeverStartsAFormula);
  }

  private static void escapeIsUndoneByUnescapeAndNeverStartsAFormula(String s) {
    String e = ExcelCsvWriter.escape(s);
    assertThat(ExcelCsvWriter.unescape(e)).isEqualTo(s);
    assertThat(e).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
  }

  @Test
  void anyTextCellSurvivesTheWriterAndJacksonsParser() {
    cells().and(cells()).withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo((a, b) -> {
      try {
        anyTextCellSurvivesTheWriterAndJacksonsParser(a, b);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static void anyTextCellSurvivesTheWriterAndJacksonsParser(String a, String b) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      w.writeRecord(List.of(a, b, -1L));
    }
    byte[] bytes = out.toByteArray();
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it =
        mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
      String[] record = it.next();
      assertThat(record).containsExactly(ExcelCsvWriter.escape(a), ExcelCsvWriter.escape(b), "-1");
      assertThat(ExcelCsvWriter.unescape(record[0])).isEqualTo(a);
      assertThat(ExcelCsvWriter.unescape(record[1])).isEqualTo(b);
    }
  }

  static Trials<String> cells() {
    Trials<String> prefix = API.choose("", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "''-");
    Trials<String> body = MetricsTrials.strings("=+-@'\t\r\n,\" a1部局ー", 0, 8);
    return prefix.flatMap(p -> body.map(p::concat));
  }
}
