package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextEncoding;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.testsupport.TrialScale;

/**
 * Parallel = sequential (problems and their order included) and the streamed roll-up = the roll-up
 * of the rows, on random valid and invalid files (Americium). The law streaming = the old
 * whole-file reader was checked here against a copy of that reader until it was removed (commit
 * 69476a4 has both).
 */
class StreamingReaderProperties {
  private static final String[][] POOLS = {
      {"d1", "general-affairs", "health-welfare", "ｄ１", " d1 ", "Bad Dept", "", "\"d1\""},
      {"2023", "令和5年度", "FY2022", "２０２３", "令和9999年度", "", "20x3"},
      {"", "カウンターレス", "counterless|paperless", "\"キャッシュレス・ムーブレス\"", "\"カウンターレス\n|ペーパーレス\"", "ぺーぱーれす", "a||b"},
      {"30", "0", "1,303", "４０", "\"1,303\"", "3a", "-3", "", "99999999999999999999"},
      {"1", "0", "170", "１７０", "12", "x", "", "5"},
      {"12", "200", "2,000", "２００", "0", "", "9"},
  };
  private static final List<String> HEADER = List.of("部局", "年度", "5レス", "1件あたり分", "オンライン件数", "総件数");
  private static final List<String> EOLS = List.of("\n", "\r\n", "\r");

  /** A random file: header order and trailing cells, rows of cells from the pools, blank lines. */
  record Spec(List<Integer> order, int trailing, List<? extends List<Integer>> rows, int eol, int encoding) {}

  static final Trials<Spec> SPECS = Trials.api().integers(0, 5).immutableListsOfSize(3)
      .flatMap(order -> Trials.api().integers(0, 2)
          .flatMap(trailing -> Trials.api().integers(0, 40).immutableListsOfSize(8).immutableLists()
              .flatMap(rows -> Trials.api().integers(0, 8)
                  .map(v -> new Spec(order, trailing, rows, v % 3, v / 3)))));

  /** Column order: a rotation and a swap picked by the spec; values mostly valid (small picks). */
  static byte[] file(Spec s) {
    List<Integer> cols = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    java.util.Collections.rotate(cols, s.order().get(0));
    java.util.Collections.swap(cols, s.order().get(1), s.order().get(2));
    String eol = EOLS.get(s.eol());
    StringBuilder sb = new StringBuilder();
    List<String> header = new ArrayList<>();
    cols.forEach(c -> header.add(HEADER.get(c)));
    sb.append(String.join(",", header)).append(",".repeat(s.trailing())).append(eol);
    for (List<Integer> r : s.rows()) {
      if (r.get(6) == 0) {
        sb.append(eol); // a blank line
        continue;
      }
      if (r.get(6) == 1) {
        sb.append(",".repeat(5)).append(eol); // Excel's deleted row
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int c : cols) {
        String[] pool = POOLS[c];
        int pick = r.get(c);
        // mostly the first (valid) values: a pick above the pool's size takes one of the first two
        cells.add(pick < pool.length ? pool[pick] : pool[pick % 2]);
      }
      int width = r.get(7) == 3 ? 5 : 6; // sometimes a short record
      sb.append(String.join(",", cells.subList(0, width)));
      if (r.get(7) == 4) {
        sb.append(",7"); // a value beyond the header
      }
      sb.append(eol);
    }
    Charset cs = s.encoding() == 2 ? TextEncoding.WINDOWS_31J : StandardCharsets.UTF_8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (s.encoding() == 1) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(sb.toString().getBytes(cs));
    return out.toByteArray();
  }

  /** A read's outcome: the rows, or the problems as (line, column, header, reason). */
  record Outcome(List<ProcedureYearRow> rows, List<String> problems) {}

  static Outcome streaming(byte[] bytes) {
    try {
      return new Outcome(ProcedureYearCsvReader.create().read(bytes, "f.csv"), List.of());
    } catch (IngestException e) {
      List<String> p = new ArrayList<>();
      for (Problem x : e.problems()) {
        p.add(x.line() + ":" + x.column() + ":" + x.header().orElse("") + ":" + x.reason());
      }
      return new Outcome(List.of(), p);
    }
  }

  /** A rollup's outcome: the result, or the listed problems and their total. */
  record RollupOutcome(ProcedureYearRollup rollup, List<Problem> problems, long total) {}

  static RollupOutcome rollup(java.util.function.Supplier<ProcedureYearRollup> read) {
    try {
      return new RollupOutcome(read.get(), List.of(), 0);
    } catch (IngestException e) {
      return new RollupOutcome(null, e.problems(), e.total());
    }
  }

  @Test
  void parallelGivesTheSequentialRollupOrTheSameProblemsInTheSameOrder(@TempDir Path dir) {
    int[] kinds = new int[2];
    int trials = TrialScale.trials(150);
    SPECS.flatMap(spec -> Trials.api().integers(1, 30).flatMap(copies -> Trials.api().integers(0, 3)
            .map(fault -> new Object[] {spec, copies, fault})))
        .withLimits(trials, TrialScale.limits()).supplyTo(c -> {
          Spec spec = (Spec) c[0];
          int copies = (Integer) c[1];
          int fault = (Integer) c[2];
          List<List<Integer>> rows = new ArrayList<>();
          for (int i = 0; i < copies; i++) {
            rows.addAll(spec.rows());
          }
          byte[] bytes = file(new Spec(spec.order(), spec.trailing(), rows, spec.eol(), spec.encoding()));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(bytes);
          if (fault == 1 && bytes.length > 10) {
            out.reset();
            out.writeBytes(bytes);
            byte[] b = out.toByteArray();
            b[b.length * 2 / 3] = (byte) 0xFF; // a byte valid in neither encoding
            out.reset();
            out.writeBytes(b);
          } else if (fault == 2) {
            out.writeBytes("d1,\"2023\n".getBytes(StandardCharsets.US_ASCII)); // a quote never closed
          }
          Path file = dir.resolve("f.csv");
          try {
            Files.write(file, out.toByteArray());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
          RollupOutcome sequential = rollup(() -> reader.rollup(file));
          RollupOutcome parallel = rollup(() -> reader.rollupParallel(file, 3, 0, 7));
          assertThat(parallel).as("%d bytes", out.size()).isEqualTo(sequential);
          kinds[sequential.rollup() == null ? 1 : 0]++;
          if (sequential.rollup() != null) {
            // the table filled from the stream equals the table of the rows read
            org.municipaldx.metrics.batch.ColumnarTable table = reader.readTable(file);
            assertThat(table.rows()).isEqualTo(org.municipaldx.metrics.batch.ColumnarTable.of(
                reader.read(file)).rows());
            assertThat(table.rollup()).isEqualTo(sequential.rollup());
          }
        });
    // both outcomes were tried: more than 10 each of the 150 cases (scaled with the cases under PIT)
    assertThat(kinds[0]).isGreaterThan(trials / 15);
    assertThat(kinds[1]).isGreaterThan(trials / 15);
  }

  @Test
  void theRollupOfTheStreamEqualsTheRollupOfTheRows() {
    SPECS.withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(spec -> {
      byte[] bytes = file(spec);
      Outcome rows = streaming(bytes);
      if (rows.problems().isEmpty()) {
        assertThat(ProcedureYearCsvReader.create().partial(org.municipaldx.ingest.CsvSource.of(
            new java.io.ByteArrayInputStream(bytes), "f.csv", java.util.Optional.empty())).toRollup())
            .isEqualTo(ProcedureYearRollup.ofRows(rows.rows()));
      }
    });
  }
}
