package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TableReaderTest {
  enum Col { DEPT, ONLINE, NOTE }

  static final HeaderSpec<Col> SPEC = HeaderSpec.<Col>builder()
      .column(Col.DEPT, true, "部局", "department", "部局ID")
      .column(Col.ONLINE, true, "オンライン件数", "online")
      .column(Col.NOTE, false, "備考", "note")
      .build();

  record Result(List<List<String>> rows, List<Problem> problems) {}

  static Result read(byte[] bytes) {
    Problems problems = new Problems();
    List<List<String>> rows = new ArrayList<>();
    try (TableReader<Col> t = TableReader.of(
        CsvSource.of(new ByteArrayInputStream(bytes), "t.csv", Optional.empty()), SPEC, problems)) {
      while (t.next()) {
        Row<Col> r = t.row();
        List<String> row = new ArrayList<>();
        row.add(r.get(Col.DEPT));
        row.add(r.get(Col.ONLINE));
        row.add(r.has(Col.NOTE) ? r.get(Col.NOTE) : "-");
        rows.add(row);
      }
    } catch (IngestException e) {
      return new Result(rows, e.problems());
    }
    return new Result(rows, problems.listed());
  }

  /** The drift case, for every line end and with and without BOM, in UTF-8 and Windows-31J. */
  static Stream<Arguments> drift() {
    List<Arguments> a = new ArrayList<>();
    for (String eol : List.of("\n", "\r\n", "\r")) {
      for (boolean bom : List.of(true, false)) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_31J)) {
          if (bom && !cs.equals(StandardCharsets.UTF_8)) {
            continue;
          }
          a.add(Arguments.of(eol, bom, cs));
        }
      }
    }
    return a.stream();
  }

  static byte[] file(String text, String eol, boolean bom, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(text.replace("\n", eol).getBytes(cs));
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("drift")
  void trailingEmptyHeaderCellsAndBlankRecordsAreIgnoredForEveryLineEndAndEncoding(
      String eol, boolean bom, Charset cs) {
    Result r = read(file("\n,,\n部局,オンライン件数,,\n市民課,12,,\n,,,\n\n税務課,3\n", eol, bom, cs));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).containsExactly(List.of("市民課", "12", "-"), List.of("税務課", "3", "-"));
  }

  @ParameterizedTest
  @MethodSource("drift")
  void aValueUnderATrailingEmptyHeaderCellIsLocated(String eol, boolean bom, Charset cs) {
    Result r = read(file("部局,オンライン件数,,\n市民課,12,,x\n", eol, bom, cs));
    assertThat(r.rows()).containsExactly(List.of("市民課", "12", "-"));
    assertThat(r.problems()).hasSize(1);
    TextLocation at = (TextLocation) r.problems().get(0).location();
    assertThat(at.source()).isEqualTo("t.csv");
    assertThat(at.line()).isEqualTo(2);
    assertThat(at.column()).isEqualTo(4);
    assertThat(r.problems().get(0).reason()).isEqualTo("value 'x' beyond the last column of the header");
  }

  @Test
  void headerProblemsNameFileLineColumnAndHeader() {
    Result r = read(StandardCharsets.UTF_8.encode("\nDepartment,,online,oops,ONLINE\n").array());
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "t.csv line 2, column 2 (B): empty header; expected one of 部局/department, オンライン件数/online, 備考/note",
        "t.csv line 2, column 4 (D, oops): unknown column 'oops'; expected one of 部局/department, オンライン件数/online, 備考/note",
        "t.csv line 2, column 5 (E, ONLINE): column オンライン件数/online appears twice (also column 3)");
    Result missing = read("部局ID\n".getBytes(StandardCharsets.UTF_8));
    assertThat(missing.problems()).extracting(Problem::toString)
        .containsExactly("t.csv line 1, byte offset 0: missing column オンライン件数/online");
  }

  @Test
  void namesAreFoldedFullWidthCaseSpacesHyphensUnderscores() {
    Result r = read("ＤＥＰＡＲＴ-ment, On_Line ,備考\r\nx,1,'=1+2\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).containsExactly(List.of("x", "1", "=1+2"));
  }

  @Test
  void shortRecordsAndEmptyFiles() {
    Result r = read("部局,オンライン件数,備考\n市民課\n税務課,1,\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.rows()).containsExactly(List.of("税務課", "1", ""));
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "t.csv line 2, column 2 (B, オンライン件数): the record has 1 field; the header has 3");
    assertThat(read("\r\n,,\r\n".getBytes(StandardCharsets.UTF_8)).problems())
        .extracting(Problem::toString).containsExactly("t.csv line 1, byte offset 0: the file is empty;"
            + " expected a header with 部局/department, オンライン件数/online, 備考/note");
  }

  @Test
  void rowProblemsCarryLocationAndHeaderAsFields() {
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(CsvSource.of(new ByteArrayInputStream(
        "部局,オンライン件数\nx,1\ny,1a\n".getBytes(StandardCharsets.UTF_8)), "t.csv", Optional.empty()),
        SPEC, problems)) {
      while (t.next()) {
        if (t.row().plainWhole(Col.ONLINE) < 0) {
          t.row().problem(Col.ONLINE, "'" + t.row().get(Col.ONLINE) + "' is not a whole number");
        }
      }
    }
    Problem p = problems.listed().get(0);
    assertThat(p.source()).isEqualTo("t.csv");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(2);
    assertThat(p.header()).contains("オンライン件数");
    assertThat(((TextLocation) p.location()).byteOffset()).isEqualTo(35);
  }

  @Test
  void theFirstHundredAreListedAndAllCounted() {
    Problems problems = new Problems();
    for (int i = 1; i <= 250; i++) {
      problems.add(Problem.of(TextLocation.of("t.csv", i, 1), "bad"));
    }
    IngestException e = org.assertj.core.api.Assertions.catchThrowableOfType(IngestException.class,
        () -> problems.throwIfAny("t.csv"));
    assertThat(e.problems()).hasSize(100);
    assertThat(e.total()).isEqualTo(250);
    assertThat(e.problems().get(99).line()).isEqualTo(100);
    assertThat(e.getMessage()).endsWith("… and 150 more");
    assertThat(e.source()).isEqualTo("t.csv");
  }

  @Test
  void cellLocationsAsExcelShowsThem() {
    CellLocation c = CellLocation.of("book.xlsx", "手続", 12, 3);
    assertThat(c.place()).isEqualTo("手続!C12");
    assertThat(c.row()).isEqualTo(12);
    assertThat(c.column()).isEqualTo(3);
    assertThat(Problem.of(c, "オンライン件数", "bad").toString())
        .isEqualTo("book.xlsx 手続!C12 (オンライン件数): bad");
    assertThat(TextLocation.excelColumn(28)).isEqualTo("AB");
  }
}
