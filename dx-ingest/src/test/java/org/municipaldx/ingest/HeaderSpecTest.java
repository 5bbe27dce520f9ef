package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/** The rules of a layout's {@link HeaderSpec} that mutation testing showed untested (issue 13). */
class HeaderSpecTest {
  enum Col { DEPT, ONLINE, NOTE }

  private static HeaderSpec.Builder<Col> base() {
    return HeaderSpec.<Col>builder()
        .column(Col.DEPT, true, "部局", "department")
        .column(Col.ONLINE, true, List.of("オンライン件数", "online_cases", "online"))
        .column(Col.NOTE, false, "備考");
  }

  private static List<Problem> read(HeaderSpec<Col> spec, String csv) {
    Problems problems = new Problems();
    try (TableReader<Col> t = TableReader.of(CsvSource.of(new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), "t.csv", Optional.empty()), spec, problems)) {
      while (t.next()) {
        assertThat(t.row().get(Col.DEPT)).isEqualTo("d1");
      }
    }
    return problems.listed();
  }

  @Test
  void namesMatchIgnoringWidthCaseSpacesHyphensAndUnderscores() {
    // rule: a header name is folded (NFKC, trimmed, lower case, no white space, '_' or '-') before
    // it is matched
    HeaderSpec<Col> spec = base().build();
    assertThat(HeaderSpec.fold(" Online_Cases ")).isEqualTo("onlinecases");
    assertThat(HeaderSpec.fold("ＯＮＬＩＮＥ－ｃａｓｅｓ")).isEqualTo("onlinecases");
    assertThat(HeaderSpec.fold("1件 あたり\u3000分")).isEqualTo("1件あたり分");
    assertThat(spec.match("ONLINE cases")).contains(Col.ONLINE);
    assertThat(spec.match("De-part_ment")).contains(Col.DEPT);
    assertThat(spec.match("部 局")).contains(Col.DEPT);
    assertThat(spec.match("departments")).isEmpty();
  }

  @Test
  void theLayoutListsItsColumnsRequiredOnesAndLabels() {
    // rule: a column's label is its first name, or its first two joined by '/'; labels are in the
    // order the columns were given
    HeaderSpec<Col> spec = base().missingHint(Col.ONLINE, "hint").build();
    assertThat(spec.columns()).containsExactly(Col.DEPT, Col.ONLINE, Col.NOTE);
    assertThat(spec.required()).containsExactly(Col.DEPT, Col.ONLINE);
    assertThat(spec.label(Col.NOTE)).isEqualTo("備考");
    assertThat(spec.label(Col.ONLINE)).isEqualTo("オンライン件数/online_cases");
    assertThat(spec.labels()).isEqualTo("部局/department, オンライン件数/online_cases, 備考");
    assertThat(spec.names(Col.ONLINE)).containsExactly("オンライン件数", "online_cases", "online");
    assertThat(spec.missingHint(Col.ONLINE)).contains("hint");
    assertThat(spec.missingHint(Col.DEPT)).isEmpty();
    assertThat(spec.ignoresUnknown()).isFalse();
    assertThat(spec.toString())
        .isEqualTo("HeaderSpec{DEPT=[部局, department], ONLINE=[オンライン件数, online_cases, online], NOTE=[備考]}");
  }

  @Test
  void aColumnNeedsANameIsGivenOnceAndNoNameBelongsToTwoColumns() {
    // rule: the layout is checked when it is built: a column without a name, a column given twice,
    // a name (after folding) given to two columns, and a column not in the layout are errors
    assertThatThrownBy(() -> HeaderSpec.<Col>builder().column(Col.DEPT, true))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a name and must be new");
    assertThatThrownBy(() -> HeaderSpec.<Col>builder().column(Col.DEPT, true, "a").column(Col.DEPT, true, "b"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a name and must be new");
    assertThatThrownBy(() -> HeaderSpec.<Col>builder().column(Col.DEPT, true, "部局")
        .column(Col.NOTE, false, "部 局").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HeaderSpec: the name '部 局' is given to DEPT and NOTE");
    // the same name twice for one column is no clash
    assertThat(HeaderSpec.<Col>builder().column(Col.DEPT, true, "部局", "部 局").build().match("部局"))
        .contains(Col.DEPT);
    HeaderSpec<Col> onlyDept = HeaderSpec.<Col>builder().column(Col.DEPT, true, "部局").build();
    assertThatThrownBy(() -> onlyDept.names(Col.NOTE)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not in this layout");
  }

  @Test
  void aStrictLayoutReportsUnknownEmptyAndRepeatedColumnsAtTheirCells() {
    // rule: without ignoreUnknown, an unknown name and an empty header cell before the last named one
    // are errors at their cells; a column named twice is an error at its second cell
    assertThat(read(base().build(), "部局,extra,,online,department\nd1,x,,1,d1\n"))
        .extracting(Problem::toString).containsExactly(
            "t.csv line 1, column 2 (B, extra): unknown column 'extra'; expected one of"
                + " 部局/department, オンライン件数/online_cases, 備考",
            "t.csv line 1, column 3 (C): empty header; expected one of"
                + " 部局/department, オンライン件数/online_cases, 備考",
            "t.csv line 1, column 5 (E, department): column 部局/department appears twice (also column 1)");
  }

  @Test
  void aLayoutThatIgnoresUnknownColumnsSkipsThemAndEmptyOnes() {
    // rule: with ignoreUnknown, unknown names and empty header cells are passed over, not reported
    HeaderSpec<Col> spec = base().ignoreUnknown().build();
    assertThat(spec.ignoresUnknown()).isTrue();
    assertThat(read(spec, "部局,extra,,online\nd1,x,,1\n")).isEmpty();
  }
}
