package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/** What the writers write, the readers read back unchanged, and no cell can start a formula. */
class CsvRoundTripProperties {

  @Provide
  Arbitrary<List<ProcedureYearRow>> rows() {
    Arbitrary<ProcedureYearRow> row = Arbitraries.longs().between(0, 1_000_000_000L).flatMap(total ->
        net.jqwik.api.Combinators.combine(
                Arbitraries.of("d1", "general-affairs", "health-welfare", "x-9"),
                Arbitraries.integers().between(1989, 2030).map(FiscalYear::of),
                Arbitraries.of(FiveLess.class).set(),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 2),
                Arbitraries.longs().between(0, total))
            .as((d, y, f, m, o) -> ProcedureYearRow.builder().departmentId(d).fiscalYear(y)
                .addAllFiveLess(f).minutesPerCase(m).online(o).total(total).build()));
    return row.list().ofMaxSize(20);
  }

  @Property(tries = 100)
  void writtenRowsReadBackEqual(@ForAll("rows") List<ProcedureYearRow> rows) {
    for (ProcedureYearCsvWriter w : List.of(ProcedureYearCsvWriter.japanese(), ProcedureYearCsvWriter.english())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(rows, out);
      assertThat(ProcedureYearCsvReader.create().read(out.toByteArray(), "round-trip.csv"))
          .isEqualTo(rows);
    }
  }

  @Property(tries = 300)
  void escapeIsUndoneByUnescapeAndNeverStartsAFormula(@ForAll("cells") String s) {
    String e = ExcelCsvWriter.escape(s);
    assertThat(ExcelCsvWriter.unescape(e)).isEqualTo(s);
    assertThat(e).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
  }

  @Property(tries = 100)
  void anyTextCellSurvivesTheWriterAndJacksonsParser(@ForAll("cells") String a,
      @ForAll("cells") String b) throws Exception {
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

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> prefix = Arbitraries.of("", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "''-");
    Arbitrary<String> body = Arbitraries.strings()
        .withChars("=+-@'\t\r\n,\" a1部局ー").ofMaxLength(8);
    return net.jqwik.api.Combinators.combine(prefix, body).as(String::concat);
  }
}
