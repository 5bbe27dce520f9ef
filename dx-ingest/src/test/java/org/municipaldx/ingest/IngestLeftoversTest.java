package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of the small classes ({@link Fields}, {@link Row}) that PIT's survivors and uncovered mutants of the
 * whole-module run of commit ade8b7d showed unchecked by dx-ingest's own tests (issue 13 part 4, issue 13v).
 */
class IngestLeftoversTest {
  @Test
  void wholeReadsDigitsGroupedDigitsAndFullWidthDigits() {
    // rule (Fields.whole): a whole number ≥ 0 is digits, or digits grouped by commas in threes, after NFKC and
    // stripping; 0 is a whole number; more than Long.MAX_VALUE is too large
    assertThat(Fields.whole("0")).isZero();
    assertThat(Fields.whole("1303")).isEqualTo(1303);
    assertThat(Fields.whole("1,303")).isEqualTo(1303);
    assertThat(Fields.whole(" １，３０３ ")).isEqualTo(1303);
    assertThat(Fields.whole("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Fields.whole("9223372036854775808")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'9223372036854775808' is too large (at most 9223372036854775807)");
    assertThatThrownBy(() -> Fields.whole(" \u3000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value is empty; expected a whole number ≥ 0");
    for (String bad : new String[] {"1,30", "-1", "1.5", "12,3456", ",123"}) {
      assertThatThrownBy(() -> Fields.whole(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("'" + bad + "' is not a whole number ≥ 0");
    }
  }

  @Test
  void asciiCopiesATextOfAsciiCharactersThatFits() {
    // rule (Fields.ascii, Record.ascii): the text is copied when it fits (exactly included) and every character
    // is below 0x80 (0x7F included); -1 otherwise
    byte[] three = new byte[3];
    assertThat(Fields.ascii("a\u007Fz", three)).isEqualTo(3);
    assertThat(three).containsExactly('a', 0x7F, 'z');
    assertThat(Fields.ascii("abcd", new byte[3])).isEqualTo(-1);
    assertThat(Fields.ascii("a\u0080", new byte[3])).isEqualTo(-1);
    assertThat(Fields.ascii("", new byte[0])).isZero();
  }

  @Test
  void aRowGivesItsHeaderRecordLocationsAndLocatedProblems() {
    // rule (Row): the row's header and record are the reader's; a field's location is its column's in the
    // record, the row's the record's; a problem with a field is located there and names its header as the file wrote it, a
    // problem with the row is located at the row
    HeaderSpec<String> spec = HeaderSpec.<String>builder().column("dept", true, "部局", "department")
        .column("online", true, "オンライン件数", "online").build();
    Problems problems = new Problems();
    byte[] csv = "online,部局\n12,市民課\n".getBytes(StandardCharsets.UTF_8);
    try (TableReader<String> t = TableReader.of(CsvSource.of(new ByteArrayInputStream(csv), "t.csv", Optional.empty()),
        spec, problems)) {
      assertThat(t.next()).isTrue();
      Row<String> row = t.row();
      assertThat(row.header()).isSameAs(t.header().orElseThrow());
      assertThat(row.record().get(1)).isEqualTo("市民課");
      assertThat(row.location("dept")).isEqualTo(new TextLocation("t.csv", 2, 2, 17));
      assertThat(row.location()).isEqualTo(new TextLocation("t.csv", 2, 0, 14));
      row.problem("online", "too many");
      row.problem("the row is odd");
    }
    assertThat(problems.listed()).containsExactly(
        Problem.of(new TextLocation("t.csv", 2, 1, 14), "online", "too many"),
        Problem.of(new TextLocation("t.csv", 2, 0, 14), "the row is odd"));
  }
}
