package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.testsupport.TrialScale;

/**
 * Parallel = sequential: reading a survey file in byte ranges on several threads passes the same
 * procedures and the same problems, in the same order, to the consumers as the sequential read, and
 * fails (strict mode, a byte that is not UTF-8) with the same exception after the same procedures —
 * whatever the ranges' size, including cuts inside a quoted line break and ranges of a single line.
 */
class SurveyReaderParallelProperties {
  private static final List<List<String>> RECORDS = records(SurveyReaderTest.FIXTURE);

  @TempDir
  Path dir;

  /** The fixture's records (item numbers, header, rows), read by the toolkit. */
  static List<List<String>> records(Path file) {
    List<List<String>> out = new ArrayList<>();
    try (CsvSource src = CsvSource.open(file)) {
      while (src.next()) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < src.record().size(); i++) {
          r.add(src.record().get(i));
        }
        out.add(r);
      }
    }
    return out;
  }

  static byte[] line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A file in the published layout whose rows are picked from the fixture's (fresh ids) or are
   * flawed: 0 to 5 a fixture row, 6 a row one field short, 7 a blank 手続ID, 8 a row with a line
   * break inside a quoted name, 9 a byte that is not UTF-8 (the toolkit cannot read on).
   */
  private Path file(List<Integer> picks) {
    List<List<String>> data = RECORDS.subList(2, RECORDS.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(line(RECORDS.get(0)));
    out.writeBytes(line(RECORDS.get(1)));
    int n = 0;
    for (int pick : picks) {
      List<String> r = new ArrayList<>(data.get(pick % data.size()));
      r.set(0, "P" + ++n);
      if (pick == 6) {
        r.remove(r.size() - 1);
      } else if (pick == 7) {
        r.set(0, "");
      } else if (pick == 8) {
        r.set(2, "改行を\r\n含む手続名");
      }
      if (pick == 9) {
        byte[] b = line(r);
        int comma = new String(b, StandardCharsets.UTF_8).indexOf(',');
        b[comma + 1] = (byte) 0xFF; // the ministry's first byte
        out.writeBytes(b);
      } else {
        out.writeBytes(line(r));
      }
    }
    try {
      return Files.write(Files.createTempFile(dir, "survey-", ".csv"), out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a read passes on, in order, and how it ends. */
  private record Outcome(List<Object> events, Long count, String failure) {}

  private static Outcome read(SurveyReader reader, Path file, int threads, long chunkBytes) {
    List<Object> events = new ArrayList<>();
    try {
      long count = threads == 1 ? reader.forEach(file, events::add, events::add)
          : reader.forEach(file, events::add, events::add, threads, chunkBytes);
      return new Outcome(events, count, null);
    } catch (IngestException e) {
      return new Outcome(events, null, e.getMessage() + " " + e.problems() + " " + e.total());
    }
  }

  @Test
  void theParallelReadPassesOnWhatTheSequentialReadDoesInTheSameOrder() {
    Trials.api().integers(0, 9).immutableLists()
        .and(Trials.api().integers(1, 700))
        .and(Trials.api().integers(2, 3))
        .and(Trials.api().booleans())
        .withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((picks, chunkBytes, threads, strict) -> {
          Path f = file(picks);
          SurveyReader.Mode mode = strict ? SurveyReader.Mode.STRICT : SurveyReader.Mode.SURVEY;
          Outcome sequential = read(SurveyReader.of(mode), f, 1, 0);
          Outcome parallel = read(SurveyReader.of(mode), f, threads, chunkBytes);
          assertThat(parallel.events()).as("%s in ranges of %d bytes on %d threads", picks, chunkBytes, threads)
              .isEqualTo(sequential.events());
          assertThat(parallel).isEqualTo(sequential);
        });
  }

  /**
   * The take-up path ({@link SurveyReader#takeUp}) gives the table the whole read gives, and lists
   * exactly the whole read's problems of the columns it types (and the toolkit's), in order.
   */
  @Test
  void theTakeUpPathGivesTheWholeReadsTableAndItsProblemsOfTheColumnsItTypes() {
    Trials.api().integers(0, 9).immutableLists()
        .and(Trials.api().integers(0, Dimension.all().size() - 1))
        .and(Trials.api().booleans())
        .withLimits(TrialScale.trials(150), TrialScale.limits())
        .supplyTo((picks, d, local) -> takeUpPath(file(picks), Dimension.all().get(d), local));
  }

  private static <K> void takeUpPath(Path f, Dimension<K> d, boolean local) {
    TakeUpTable<K> whole = local ? TakeUpTable.localBy(d) : TakeUpTable.by(d);
    TakeUpTable<K> lean = local ? TakeUpTable.localBy(d) : TakeUpTable.by(d);
    List<SurveyProblem> all = new ArrayList<>();
    List<SurveyProblem> some = new ArrayList<>();
    String wholeFailure = null;
    String leanFailure = null;
    try {
      SurveyReader.survey().forEach(f, whole, all::add);
    } catch (IngestException e) {
      wholeFailure = e.getMessage();
    }
    try {
      SurveyReader.survey().takeUp(f, lean, some::add);
    } catch (IngestException e) {
      leanFailure = e.getMessage();
    }
    java.util.Set<SurveyColumn> typed = java.util.EnumSet.of(SurveyColumn.PROCEDURE_ID, SurveyColumn.ACTOR,
        SurveyColumn.RECEIVER, SurveyColumn.TOTAL_CASES, SurveyColumn.ONLINE_CASES, SurveyColumn.OFFLINE_CASES, d.column());
    assertThat(some).as("%s by %s", f, d)
        .isEqualTo(all.stream().filter(p -> p.column() == null || typed.contains(p.column())).toList());
    assertThat(leanFailure).isEqualTo(wholeFailure);
    if (wholeFailure == null) {
      assertThat(lean.groups()).isEqualTo(whole.groups());
      assertThat(lean.total()).isEqualTo(whole.total());
      assertThat(lean.ungrouped()).isEqualTo(whole.ungrouped());
    }
  }

  @Test
  void theFixtureInRangesOfOneLineGivesTheSequentialProblemsWithTheirLines() {
    Path f = file(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
    Outcome sequential = read(SurveyReader.survey(), f, 1, 0);
    Outcome parallel = read(SurveyReader.survey(), f, 2, 1);
    // 7 procedures (P7 is one field short and P8 has no id: neither is kept) and 7 problems
    assertThat(sequential.events()).hasSize(14);
    assertThat(sequential.events()).filteredOn(SurveyProcedure.class::isInstance).hasSize(7);
    // P9's name holds a line break, so its counts are on line 13 (item numbers 1, names 2, P1 3 … P3 5–6, P9 12–13)
    assertThat(sequential.events()).filteredOn(SurveyProblem.class::isInstance).map(e -> ((SurveyProblem) e).line())
        .containsExactly(6L, 7L, 7L, 8L, 10L, 11L, 13L);
    assertThat(parallel).isEqualTo(sequential);
  }
}
