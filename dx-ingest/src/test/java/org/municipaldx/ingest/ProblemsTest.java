package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Problem}, {@link Problems}, {@link IngestException} and the locations that
 * mutation testing showed untested (issue 13).
 */
class ProblemsTest {
  private static Problem at(int line) {
    return Problem.of(TextLocation.of("t.csv", line, 1), "bad " + line);
  }

  private static Problems problems(int from, int count) {
    Problems p = new Problems();
    for (int i = from; i < from + count; i++) {
      p.add(at(i));
    }
    return p;
  }

  @Test
  void mergingListsAtMostOneHundredAndCountsEveryProblem() {
    // rule: Problems lists the first 100 (Problems.LISTED) and counts all, also when merged
    Problems p = problems(1, 60);
    p.addAll(problems(61, 60));
    assertThat(p.total()).isEqualTo(120);
    assertThat(p.listed()).hasSize(100);
    assertThat(p.listed().get(99).line()).isEqualTo(100);
    IngestException e = new IngestException("t.csv", problems(200, 3).listed(), 9);
    p.addAll(e);
    assertThat(p.total()).isEqualTo(129);
    assertThat(p.listed()).hasSize(100);
    Problems q = problems(1, 99).addAll(e);
    assertThat(q.listed()).extracting(Problem::line).endsWith(99L, 200L);
    assertThat(q.listed()).hasSize(100);
    assertThat(q.total()).isEqualTo(108);
  }

  @Test
  void noProblemThrowsNothingAndOneProblemIsNamedSingular() {
    // rule: throwIfAny throws only when something was added; the message counts "1 problem"
    Problems p = new Problems();
    p.throwIfAny("t.csv");
    assertThat(p.isEmpty()).isTrue();
    p.add(at(4));
    assertThat(p.isEmpty()).isFalse();
    assertThatThrownBy(() -> p.throwIfAny("t.csv")).isInstanceOf(IngestException.class)
        .hasMessage("t.csv rejected, 1 problem; nothing was read:\n  t.csv line 4, column 1 (A): bad 4");
    IngestException one = IngestException.of(at(4));
    assertThat(one.getMessage()).isEqualTo("t.csv rejected, 1 problem; nothing was read:\n"
        + "  t.csv line 4, column 1 (A): bad 4");
    assertThat(one.source()).isEqualTo("t.csv");
    assertThat(one.total()).isEqualTo(1);
  }

  @Test
  void anIngestExceptionNeedsAProblemAndATotalOfAtLeastTheListed() {
    // rule: an exception lists at least one problem, its total is at least the number listed, and it
    // keeps at most 100 of them
    assertThatThrownBy(() -> new IngestException("t.csv", List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was 0 listed, total 0)");
    assertThatThrownBy(() -> new IngestException("t.csv", List.of(at(1), at(2)), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was 2 listed, total 1)");
    assertThat(new IngestException("t.csv", List.of(at(1), at(2)), 2).getMessage())
        .isEqualTo("t.csv rejected, 2 problems; nothing was read:\n  t.csv line 1, column 1 (A): bad 1"
            + "\n  t.csv line 2, column 1 (A): bad 2");
    List<Problem> many = new ArrayList<>();
    for (int i = 1; i <= 101; i++) {
      many.add(at(i));
    }
    IngestException e = new IngestException("t.csv", many, 101);
    assertThat(e.problems()).hasSize(100);
    assertThat(e.getMessage()).endsWith("  t.csv line 100, column 1 (A): bad 100\n  … and 1 more");
  }

  @Test
  void aProblemNamesItsHeaderInsideOrAfterThePlace() {
    // rule: the header name joins the place's parenthesis when it ends with one, else follows it in
    // its own; an empty header name is no header
    assertThat(Problem.of(new TextLocation("t.csv", 2, 3, 10), "online", "bad").toString())
        .isEqualTo("t.csv line 2, column 3 (C, online): bad");
    assertThat(Problem.of(new TextLocation("t.csv", 2, 0, 10), "online", "bad").toString())
        .isEqualTo("t.csv line 2, byte offset 10 (online): bad");
    Problem blank = Problem.of(new TextLocation("t.csv", 2, 0, 10), "", "bad");
    assertThat(blank.header()).isEmpty();
    assertThat(blank).isEqualTo(Problem.of(new TextLocation("t.csv", 2, 0, 10), "bad"));
    assertThat(blank.toString()).isEqualTo("t.csv line 2, byte offset 10: bad");
    EqualsVerifier.forClass(Problem.class).withNonnullFields("location", "reason")
        .withPrefabValues(Location.class, TextLocation.of("a", 1, 1), TextLocation.of("b", 2, 2)).verify();
  }

  @Test
  void lineAndColumnAreThoseOfTextAndCellsAndZeroForAnArchiveEntry() {
    // rule: line() is a text line, else 0; column() is a text or cell column, else 0
    Problem text = Problem.of(new TextLocation("t.csv", 7, 4, 99), "bad");
    assertThat(text.line()).isEqualTo(7);
    assertThat(text.column()).isEqualTo(4);
    Problem cell = Problem.of(CellLocation.of("b.xlsx", "手続", 12, 3), "bad");
    assertThat(cell.line()).isZero();
    assertThat(cell.column()).isEqualTo(3);
    assertThat(cell.source()).isEqualTo("b.xlsx");
    Problem entry = Problem.of(new EntryLocation("b.xlsx", "xl/workbook.xml", 5), "bad");
    assertThat(entry.line()).isZero();
    assertThat(entry.column()).isZero();
  }

  @Test
  void textLocationsAreLineFromOneColumnFromZeroAndOffsetFromMinusOne() {
    // rule: line ≥ 1, column ≥ 0 (0: the whole line), byte offset ≥ -1 (-1: unknown)
    assertThat(new TextLocation("t.csv", 1, 0, -1).toString()).isEqualTo("t.csv line 1");
    assertThat(new TextLocation("t.csv", 1, 0, 0).hasByteOffset()).isTrue();
    assertThat(new TextLocation("t.csv", 1, 0, -1).hasByteOffset()).isFalse();
    assertThat(new TextLocation("t.csv", 1, 2, 5).toString()).isEqualTo("t.csv line 1, column 2 (B)");
    assertThatThrownBy(() -> new TextLocation("t.csv", 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0:0@0'");
    assertThatThrownBy(() -> new TextLocation("t.csv", 1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1:-1@0'");
    assertThatThrownBy(() -> new TextLocation("t.csv", 1, 0, -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1:0@-2'");
    // Excel's column letters: bijective base 26
    assertThat(TextLocation.excelColumn(1)).isEqualTo("A");
    assertThat(TextLocation.excelColumn(26)).isEqualTo("Z");
    assertThat(TextLocation.excelColumn(27)).isEqualTo("AA");
    assertThat(TextLocation.excelColumn(702)).isEqualTo("ZZ");
    assertThat(TextLocation.excelColumn(703)).isEqualTo("AAA");
    assertThatThrownBy(() -> TextLocation.excelColumn(0))
        .isInstanceOf(org.municipaldx.core.InvalidValueException.class).hasMessageContaining("must be ≥ 1");
  }

  @Test
  void anArchiveEntryLocationIsTheArchiveWithoutAnEntry() {
    // rule: an empty entry is the archive as a whole, which has no byte offset
    assertThat(new EntryLocation("b.xlsx", "", -1).toString()).isEqualTo("b.xlsx the archive");
    assertThat(new EntryLocation("b.xlsx", "xl/workbook.xml", -1).toString())
        .isEqualTo("b.xlsx entry xl/workbook.xml");
    assertThat(new EntryLocation("b.xlsx", "xl/workbook.xml", 0).toString())
        .isEqualTo("b.xlsx entry xl/workbook.xml, byte offset 0");
    assertThatThrownBy(() -> new EntryLocation("b.xlsx", "", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was '@0')");
    assertThatThrownBy(() -> new EntryLocation("b.xlsx", "x", -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was 'x@-2')");
  }
}
