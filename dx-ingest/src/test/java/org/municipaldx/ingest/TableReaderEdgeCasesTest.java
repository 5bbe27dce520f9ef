package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link TableReader} that mutation testing showed untested (issue 13). */
class TableReaderEdgeCasesTest {
  enum Col { DEPT, ONLINE }

  static final HeaderSpec<Col> SPEC = HeaderSpec.<Col>builder()
      .column(Col.DEPT, true, "部局", "department")
      .column(Col.ONLINE, true, "オンライン件数", "online")
      .missingHint(Col.ONLINE, "the count of online applications")
      .build();

  /** A CSV source that remembers whether it was closed. */
  static final class Watched implements RecordSource {
    final CsvSource csv;
    boolean closed;

    Watched(String text) {
      csv = CsvSource.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv",
          Optional.empty());
    }

    @Override
    public String source() {
      return csv.source();
    }

    @Override
    public boolean next() {
      return csv.next();
    }

    @Override
    public Record record() {
      return csv.record();
    }

    @Override
    public void close() {
      closed = true;
      csv.close();
    }
  }

  @Test
  void closingTheTableClosesItsSource() {
    // rule: a TableReader owns its source; closing the table closes the file
    Watched source = new Watched("部局,online\nd1,1\n");
    TableReader<Col> t = TableReader.of(source, SPEC, new Problems());
    assertThat(source.closed).isFalse();
    t.close();
    assertThat(source.closed).isTrue();
  }

  @Test
  void theTableKeepsItsSourceProblemsAndHeaderAndIsDoneAfterTheLastRecord() {
    // rule: the header is known once the first record is read; next() after the end stays false
    Problems problems = new Problems();
    Watched source = new Watched("部局,online\nd1,1\n");
    try (TableReader<Col> t = TableReader.of(source, SPEC, problems)) {
      assertThat(t.source()).isSameAs(source);
      assertThat(t.problems()).isSameAs(problems);
      assertThat(t.header()).isEmpty();
      assertThat(t.next()).isTrue();
      assertThat(t.header()).get().extracting(h -> h.index(Col.ONLINE)).isEqualTo(1);
      assertThat(t.row().get(Col.DEPT)).isEqualTo("d1");
      assertThat(t.next()).isFalse();
      assertThat(t.next()).isFalse();
    }
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aTableGivenItsHeaderReadsEveryRecordAsData() {
    // rule: with a known header (a byte range of a file), the first record is data, not a header
    Header<Col> header;
    try (TableReader<Col> t = TableReader.of(new Watched("online,部局\n"), SPEC, new Problems())) {
      assertThat(t.next()).isFalse();
      header = t.header().orElseThrow();
    }
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(new Watched("1,d1\n2,d2\n"), header, problems)) {
      assertThat(t.header()).containsSame(header);
      assertThat(t.next()).isTrue();
      assertThat(t.row().get(Col.DEPT)).isEqualTo("d1");
      assertThat(t.next()).isTrue();
      assertThat(t.row().get(Col.ONLINE)).isEqualTo("2");
      assertThat(t.next()).isFalse();
    }
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aMissingColumnNamesItsHint() {
    // rule: a required column that is missing is reported once, at the header, with the layout's hint
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(new Watched("部局\nd1\n"), SPEC, problems)) {
      assertThat(t.next()).isFalse();
    }
    assertThat(problems.listed()).extracting(Problem::toString).containsExactly(
        "t.csv line 1, byte offset 0: missing column オンライン件数/online"
            + " (the count of online applications)");
  }

  @Test
  void aSourceErrorIsThrownWithTheProblemsFoundBeforeAndTheTableStops() {
    // rule: when the source itself fails (an unclosed quote), the problems the caller found in
    // earlier rows and the source's are thrown together, in file order; the table then stays done
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(new Watched("部局,online\nd1,x\nd2,\"3\n"), SPEC,
        problems)) {
      assertThat(t.next()).isTrue();
      t.row().problem(Col.ONLINE, "'x' is not a whole number");
      IngestException e = catchThrowableOfType(IngestException.class, t::next);
      assertThat(e.total()).isEqualTo(2);
      assertThat(e.problems()).extracting(Problem::line).containsExactly(2L, 3L);
      assertThat(e.problems().get(0).reason()).isEqualTo("'x' is not a whole number");
      assertThat(e.problems().get(1).reason()).contains("never closed");
      assertThat(t.next()).isFalse();
    }
  }

  @Test
  void aHeaderOfOnlyExcelEscapedBlanksHasNoColumns() {
    // rule: header cells are read with Excel's formula-injection escape undone ('<tab> is a tab), so
    // a header whose cells are all blank once unescaped has no column: every required one is missing
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(new Watched("'\t\nd1,1\n"), SPEC, problems)) {
      assertThat(t.next()).isFalse();
    }
    assertThat(problems.listed()).extracting(Problem::reason).containsExactly(
        "missing column 部局/department", "missing column オンライン件数/online (the count of online applications)");
    assertThat(problems.listed()).extracting(Problem::line).containsExactly(1L, 1L);
  }
}
