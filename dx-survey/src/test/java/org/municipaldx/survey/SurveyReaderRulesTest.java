package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;

/**
 * Rules of {@link SurveyReader} that mutation testing left unchecked (issue 13 part 4), checked through
 * its public reads only (and the range size the parallel properties also set), so they hold whatever
 * its internals: the counts must add up, an unknown 実施時期 is kept as written, one reader reads files
 * of different column orders, a file without a header is refused the same way by every read, the
 * take-up path lists the problems of its columns, and the parallel read passes on the same first
 * {@value org.municipaldx.ingest.Problems#LISTED} problems of a row's width as the sequential read.
 */
class SurveyReaderRulesTest {
  private static final List<List<String>> RECORDS = SurveyReaderParallelProperties.records(SurveyReaderTest.FIXTURE);
  private static final List<String> HEADER = RECORDS.get(1);

  @TempDir
  Path dir;

  private static int col(SurveyColumn c) {
    int i = HEADER.indexOf(c.japaneseName());
    if (i < 0) {
      throw new IllegalStateException("the fixture has no column " + c.japaneseName());
    }
    return i;
  }

  /** F0001's row with changes. */
  private static List<String> row(String id, UnaryOperator<List<String>> change) {
    List<String> r = new ArrayList<>(RECORDS.get(2));
    r.set(col(SurveyColumn.PROCEDURE_ID), id);
    return change.apply(r);
  }

  private Path file(List<List<String>> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (List<String> r : records) {
      out.writeBytes(SurveyReaderParallelProperties.line(r));
    }
    return Files.write(Files.createTempFile(dir, "survey-", ".csv"), out.toByteArray());
  }

  private Path withRows(List<List<String>> rows) throws Exception {
    List<List<String>> all = new ArrayList<>(RECORDS.subList(0, 2));
    all.addAll(rows);
    return file(all);
  }

  private static UnaryOperator<List<String>> counts(String total, String online, String offline) {
    return r -> {
      r.set(col(SurveyColumn.TOTAL_CASES), total);
      r.set(col(SurveyColumn.ONLINE_CASES), online);
      r.set(col(SurveyColumn.OFFLINE_CASES), offline);
      return r;
    };
  }

  @Test
  void aCountWrittenWithCommasOrFullWidthDigitsIsReadAsItsNumberABlankAsZeroAndTextAsAProblem() throws Exception {
    // counts that are not plain ASCII digits take the reader's slower path: grouped by commas, full-width, blank
    Path f = withRows(List.of(row("B1", counts("1,000", "６００", "400")), row("B2", counts("12", " ", "12")),
        row("B3", counts("abc", "0", "0"))));
    SurveyResult r = SurveyReader.survey().read(f);
    assertThat(r.procedures()).extracting(SurveyProcedure::id, p -> p.totalCases().approximately(),
        p -> p.onlineCases().approximately(), p -> p.offlineCases().approximately())
        .containsExactly(tuple("B1", 1000L, 600L, 400L), tuple("B2", 12L, 0L, 12L), tuple("B3", 0L, 0L, 0L));
    assertThat(r.problems()).filteredOn(p -> p.procedureId().equals("B3"))
        .extracting(SurveyProblem::column, SurveyProblem::reason).first()
        .isEqualTo(tuple(SurveyColumn.TOTAL_CASES,
            "'abc' is not a whole number ≥ 0 (digits, optionally grouped by commas as in 1,303); counted as 0"));
    assertThat(r.problems()).extracting(SurveyProblem::procedureId).doesNotContain("B1", "B2");
  }

  @Test
  void onlineAndNotOnlineCasesMustAddUpToAPositiveTotal() throws Exception {
    Path f = withRows(List.of(row("A1", counts("1000", "600", "300")), row("A2", counts("0", "0", "5")),
        row("A3", counts("10", "4", "6"))));
    SurveyResult r = SurveyReader.survey().read(f);
    assertThat(r.procedures()).extracting(SurveyProcedure::id).containsExactly("A1", "A2", "A3");
    // a total of 0 says nothing of the parts (the conversion wrote 0 for empty cells): one problem, not two
    assertThat(r.problems()).extracting(SurveyProblem::procedureId, SurveyProblem::column, SurveyProblem::reason).containsExactly(
        tuple("A1", SurveyColumn.OFFLINE_CASES, "online 600 + not online 300 = 900, not the total 1000"),
        tuple("A2", SurveyColumn.TOTAL_CASES, "the total is 0 (the published conversion wrote 0 for empty cells):"
            + " the procedure adds nothing to take-up"));
    assertThat(r.problems()).extracting(SurveyProblem::line).containsExactly(3L, 4L);
  }

  @Test
  void aTimingOutsideTheCodeListIsKeptAsWrittenAndABlankProvisionIsAProblem() throws Exception {
    Path f = withRows(List.of(row("A1", r -> {
      r.set(col(SurveyColumn.TIMING), "いつか");
      r.set(col(SurveyColumn.PROVISION), "");
      return r;
    })));
    SurveyResult r = SurveyReader.survey().read(f);
    assertThat(r.procedures().get(0).unrecognised()).contains(new UnrecognisedValue(SurveyColumn.TIMING, "いつか"));
    assertThat(r.problems()).extracting(SurveyProblem::column, SurveyProblem::reason)
        .contains(tuple(SurveyColumn.PROVISION, "the provision (根拠条項号) is blank"));
  }

  @Test
  void oneReaderReadsFilesWhoseColumnsAreInAnotherOrder() throws Exception {
    SurveyReader reader = SurveyReader.survey();
    SurveyResult first = reader.read(SurveyReaderTest.FIXTURE);
    int a = col(SurveyColumn.MINISTRY);
    int b = col(SurveyColumn.TOTAL_CASES);
    List<List<String>> swapped = new ArrayList<>();
    for (List<String> rec : RECORDS) {
      List<String> r = new ArrayList<>(rec);
      if (r.size() > Math.max(a, b)) {
        java.util.Collections.swap(r, a, b);
      }
      swapped.add(r);
    }
    SurveyResult second = reader.read(file(swapped));
    assertThat(second.procedures()).isEqualTo(first.procedures());
    assertThat(second.procedures().get(0).totalCases().approximately()).isEqualTo(1000);
    // and back to the first order with the same reader
    assertThat(reader.read(SurveyReaderTest.FIXTURE).procedures()).isEqualTo(first.procedures());
  }

  @Test
  void everyReadOfAFileWithoutAHeaderFailsSayingSo() throws Exception {
    // blank records only: the file is empty
    Path blank = file(List.of(List.of(""), List.of(""), List.of("")));
    sameFailureFromEveryRead(blank, "line 1, byte offset 0: the file is empty; expected a header with 手続ID/procedure id");
    // a first record naming other columns is a header without the survey's columns
    sameFailureFromEveryRead(file(List.of(List.of("a", "b"), List.of("1", "2"))), "line 1, byte offset 0: missing column 手続ID/procedure id");
  }

  private static void sameFailureFromEveryRead(Path f, String expected) {
    IngestException read = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> SurveyReader.survey().read(f));
    assertThat(read).hasMessageContaining(expected);
    assertThatThrownBy(() -> SurveyReader.survey().takeUp(f, TakeUpTable.by(Dimension.MINISTRY), p -> { }))
        .isInstanceOf(IngestException.class).hasMessage(read.getMessage());
    assertThatThrownBy(() -> SurveyReader.survey().forEach(f, p -> { }, p -> { }, 2, 1))
        .isInstanceOf(IngestException.class).hasMessage(read.getMessage());
  }

  @Test
  void theReadsOfAFileAgreeAndCountItsProblems() throws Exception {
    assertThat(SurveyReader.survey().mode()).isEqualTo(SurveyReader.Mode.SURVEY);
    assertThat(SurveyReader.strict().mode()).isEqualTo(SurveyReader.Mode.STRICT);
    Path f = SurveyReaderTest.FIXTURE;
    SurveyResult whole = SurveyReader.survey().read(f);
    SurveyResult stream = SurveyReader.survey().read(Files.newInputStream(f), f.toString());
    assertThat(stream.procedures()).isEqualTo(whole.procedures());
    assertThat(stream.problems()).isEqualTo(whole.problems());
    List<SurveyProcedure> seen = new ArrayList<>();
    assertThat(SurveyReader.survey().forEach(f, seen::add)).isEqualTo(whole.problems());
    assertThat(seen).isEqualTo(whole.procedures());
    List<SurveyProblem> problems = new ArrayList<>();
    assertThat(SurveyReader.survey().forEach(f, p -> { }, problems::add)).isEqualTo(4);
    assertThat(problems).isEqualTo(whole.problems());
    problems.clear();
    assertThat(SurveyReader.survey().forEach(f, p -> { }, problems::add, 1)).isEqualTo(4);
    assertThat(problems).isEqualTo(whole.problems());
    assertThatThrownBy(() -> SurveyReader.survey().forEach(f, p -> { }, p -> { }, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SurveyReader.threads: must be at least 1 (was '0')");
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> SurveyReader.survey().forEach(missing, p -> { }, p -> { }, 2))
        .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith(missing + ": cannot read");
    // a header and no rows, read on two threads: nothing, no problem
    Path empty = file(RECORDS.subList(0, 2));
    List<Object> events = new ArrayList<>();
    assertThat(SurveyReader.survey().forEach(empty, events::add, events::add, 2, 1)).isZero();
    assertThat(events).isEmpty();
  }

  @Test
  void theTakeUpPathListsTheProblemsOfTheColumnsItReadsAndStrictModeRejectsThem() {
    Path f = SurveyReaderTest.FIXTURE;
    List<SurveyProblem> problems = new ArrayList<>();
    TakeUpTable<Ministry> byMinistry = TakeUpTable.by(Dimension.MINISTRY);
    // F0003's online cases above the total and F0004's total of 0; F0004's provision is not read
    assertThat(SurveyReader.survey().takeUp(f, byMinistry, problems::add)).isEqualTo(2);
    assertThat(problems).extracting(SurveyProblem::procedureId, SurveyProblem::column).containsExactly(
        tuple("F0003", SurveyColumn.ONLINE_CASES), tuple("F0004", SurveyColumn.TOTAL_CASES));
    assertThat(byMinistry.total().procedures()).isEqualTo(6);
    assertThat(byMinistry.groups()).isEqualTo(SurveyAnalytics.takeUpBy(SurveyReader.survey().read(f).procedures(), Dimension.MINISTRY));
    problems.clear();
    // by status, F0005's status outside the list is read too
    assertThat(SurveyReader.survey().takeUp(f, TakeUpTable.by(Dimension.STATUS), problems::add)).isEqualTo(3);
    assertThat(problems).extracting(SurveyProblem::procedureId).containsExactly("F0003", "F0004", "F0005");
    assertThatThrownBy(() -> SurveyReader.strict().takeUp(f, TakeUpTable.by(Dimension.MINISTRY), p -> { }))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.total()).isEqualTo(2);
          assertThat(e.problems().get(0).reason()).isEqualTo("手続ID F0003: online cases 150 exceed the total 100");
        });
  }

  @Test
  void theParallelReadPassesOnTheSameFirstWidthProblemsAsTheSequentialRead() throws Exception {
    // rule: the toolkit lists its first Problems.LISTED problems (a row one field short), counts the rest
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      List<String> r = row("S" + i, x -> x);
      r.remove(r.size() - 1);
      rows.add(r);
    }
    Path f = withRows(rows);
    List<Object> sequential = new ArrayList<>();
    long count = SurveyReader.survey().forEach(f, sequential::add, sequential::add);
    assertThat(sequential).filteredOn(SurveyProblem.class::isInstance).hasSize(100);
    assertThat(count).isEqualTo(100);
    for (long chunk : new long[] {500, 3_000, 20_000}) {
      List<Object> parallel = new ArrayList<>();
      assertThat(SurveyReader.survey().forEach(f, parallel::add, parallel::add, 3, chunk)).as("ranges of %d bytes", chunk)
          .isEqualTo(count);
      assertThat(parallel).as("ranges of %d bytes", chunk).isEqualTo(sequential);
    }
  }
}
