package org.municipaldx.regulation.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.regulation.Fixtures;
import org.municipaldx.regulation.Phase;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationSubType;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.TechnologySubstitute;
import org.municipaldx.ingest.TextEncoding;
import org.municipaldx.regulation.law.ProvisionReference;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewPolicy;
import org.municipaldx.regulation.review.ReviewState;

class RegulationCsvTest {

  private static final String HEADER =
      "id,instrument_kind,instrument_title,provision,quoted_text,types,sub_types,current_phase,target_phase,department,substitutes\r\n";

  private static List<RegulationItem> inventory() {
    RegulationItem fire = Fixtures.fireEquipmentInspection()
        .then(Fixtures.assess(LocalDate.of(2023, 4, 20), AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(LocalDate.of(2023, 6, 1)))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, LocalDate.of(2023, 7, 1), ReviewPolicy.REVISE))
        .then(Fixtures.revise(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 1)));
    RegulationItem notice = Fixtures.noticeBoard()
        .then(Fixtures.assess(LocalDate.of(2023, 4, 20), AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(LocalDate.of(2023, 6, 1)))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, LocalDate.of(2023, 7, 1), ReviewPolicy.NO_REVISION_NEEDED));
    return List.of(fire, notice);
  }

  @Test
  void roundTripOfItemsAndHistory() {
    List<RegulationItem> items = inventory();
    byte[] itemsCsv = RegulationCsv.writeItems(items);
    byte[] historyCsv = RegulationCsv.writeHistory(items);
    List<RegulationItem> back = RegulationCsv.read(itemsCsv, historyCsv);
    assertThat(back).isEqualTo(items);
    assertThat(back.get(0).state()).isEqualTo(ReviewState.REVISED);
    assertThat(back.get(0).types()).hasSize(3);
  }

  @Test
  void outputIsUtf8WithBomAndCrlfForExcel() {
    byte[] bytes = RegulationCsv.writeItems(inventory());
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("id,instrument_kind,instrument_title,").contains("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    // multi-valued columns are joined with |
    assertThat(text).contains("目視|実地監査|定期検査・点検").contains("第44条第1項").contains("改正済");
  }

  @Test
  void cellsThatLookLikeFormulasArePrefixedAndReadBack() {
    RegulationItem item = RegulationItem.builder()
        .id("x-1")
        .provision(org.municipaldx.regulation.Provision.of(org.municipaldx.regulation.law.LegalInstrumentKind.OTHER,
            "=HYPERLINK(\"http://evil\")", "第1条"))
        .quotedText("+1 人の常駐")
        .addTypes(RegulationType.RESIDENT_OR_DEDICATED)
        .departmentId("d")
        .build();
    byte[] bytes = RegulationCsv.writeItems(List.of(item));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'+1 人の常駐");
    assertThat(RegulationCsv.read(bytes, null)).containsExactly(item);
  }

  @Test
  void anApostropheIsAddedAndRemovedOnlyInFrontOfAFormulaCharacter() {
    // the rule of dx-metrics' ExcelCsvWriter: text starting with an apostrophe but no formula
    // character is written and read as it is
    RegulationItem item = RegulationItem.builder()
        .id("x-2")
        .provision(org.municipaldx.regulation.Provision.of(org.municipaldx.regulation.law.LegalInstrumentKind.OTHER,
            "'90年代の要綱", "第1条"))
        .quotedText("'-'の記号で示す")
        .addTypes(RegulationType.RESIDENT_OR_DEDICATED)
        .departmentId("d")
        .build();
    byte[] bytes = RegulationCsv.writeItems(List.of(item));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains(",\"'90年代の要綱\",").contains(",\"''-'の記号で示す\",");
    assertThat(RegulationCsv.read(bytes, null)).containsExactly(item);
    String typed = HEADER + "a-1,条例,'条例A,第1条,'本文,目視,,,,d,\r\n";
    RegulationItem read = RegulationCsv.read(typed, null).get(0);
    assertThat(read.provision().instrument().title()).isEqualTo("'条例A");
    assertThat(read.quotedText()).isEqualTo("'本文");
  }

  @Test
  void readsUtf8WithoutBomAndWindows31j() {
    String csv = HEADER + "a-1,条例,火災予防条例,第十二条の二,消防用設備等を点検する。,目視;実地監査;定期検査,目視:検査・点検,1,2,fire-department,ドローン|カメラ・映像\r\n";
    List<RegulationItem> utf8 = RegulationCsv.read(csv.getBytes(StandardCharsets.UTF_8), null);
    List<RegulationItem> sjis = RegulationCsv.read(csv.getBytes(TextEncoding.WINDOWS_31J), null);
    assertThat(sjis).isEqualTo(utf8);
    RegulationItem i = utf8.get(0);
    assertThat(i.types()).containsExactly(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT,
        RegulationType.PERIODIC_INSPECTION);
    assertThat(i.subTypes()).containsExactly(RegulationSubType.VISUAL_INSPECTION_CHECK);
    assertThat(i.provision().reference()).isEqualTo(ProvisionReference.parse("第12条の2"));
    assertThat(i.targetPhase()).contains(Phase.PHASE_2);
    assertThat(i.substitutes()).containsExactly(TechnologySubstitute.DRONE, TechnologySubstitute.CAMERA_VIDEO);
    assertThat(i.state()).isEqualTo(ReviewState.IDENTIFIED);
  }

  @Test
  void emptyLinesAreSkippedAndLaterLinesKeepTheirNumbers() {
    String row = "a-1,条例,火災予防条例,第十二条,消防用設備等を点検する。,目視,,,,fire-department,\r\n";
    // a blank line after the header, and the blank line a hand-edited file often ends with
    List<RegulationItem> read = RegulationCsv.read(HEADER + "\r\n" + row + "\r\n", null);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).id()).isEqualTo("a-1");

    IngestException e = assertThrows(IngestException.class,
        () -> RegulationCsv.read(HEADER + "\n" + row + "\n" + row.replace("a-1", "a-2").replace("目視", "押印"), null));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isEqualTo(5);
    assertThat(e.problems().get(0).column()).isEqualTo(6);
  }

  @Test
  void everyErrorIsReportedWithLineAndColumnAndNothingIsRead() {
    String csv = HEADER
        + "ok-1,条例,条例A,第1条,本文,目視,,,,d,\r\n"
        + "bad-2,条令,条例B,第1条,本文,目視,,,,d,\r\n"          // line 3: unknown instrument kind (column 2)
        + "bad-3,規則,規則C,第十十条,本文,押印,,,,d,\r\n"       // line 4: provision (4) and type (6)
        + "\"bad-4\",要綱,要綱D,第2条,\"二行の\r\n本文\",目視,常駐・専任:常駐,,,d,\r\n" // line 5-6: sub-type not of its types
        + "ok-1,条例,条例A,第2条,本文,目視,,,,d,\r\n"          // line 7: duplicate id
        + "bad-6,告示,告示E,第3条,本文,目視,,3,1,d,\r\n";       // line 8: target below current
    IngestException e = assertThrows(IngestException.class,
        () -> RegulationCsv.read(csv.getBytes(StandardCharsets.UTF_8), null));
    assertThat(e.problems()).extracting(Problem::line, Problem::column, p -> p.header().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, 2, "instrument_kind"),
            org.assertj.core.groups.Tuple.tuple(4L, 4, "provision"),
            org.assertj.core.groups.Tuple.tuple(4L, 6, "types"),
            org.assertj.core.groups.Tuple.tuple(6L, 7, "sub_types"), // the field is on line 6, after the quoted line break
            org.assertj.core.groups.Tuple.tuple(7L, 1, "id"),
            org.assertj.core.groups.Tuple.tuple(8L, 9, "target_phase"));
    assertThat(e.getMessage()).startsWith("items.csv rejected, 6 problems; nothing was read:")
        .contains("items.csv line 3, column 2 (B, instrument_kind): LegalInstrumentKind '条令': unknown")
        .contains("items.csv line 4, column 6 (F, types): RegulationType '押印': unknown")
        .contains("items.csv line 7, column 1 (A, id): duplicate id 'ok-1' (first on line 2)");
  }

  @Test
  void aModelCheckIsReportedAtTheColumnOfItsFieldFromTheExceptionsFields() {
    // RegulationItem.departmentId's rule is the model's (InvalidValueException type and field), not the reader's:
    // the column comes from those fields (issue 12), here column 10 of HEADER, the department
    String csv = HEADER + "a-1,条例,条例A,第1条,本文,目視,,,,Fire Department,\r\n"
        + "a-2,条例,条例A,第2条,本文,目視,,2,1,d,\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(csv, null));
    assertThat(e.problems()).extracting(Problem::line, Problem::column, p -> p.header().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 10, "department"),
            org.assertj.core.groups.Tuple.tuple(3L, 9, "target_phase"));
    assertThat(e.problems().get(0).reason()).startsWith("RegulationItem.departmentId: must match");
    assertThat(e.where().line()).hasValue(2);
    assertThat(e.where().column()).hasValue(10);
    assertThat(e.where().field()).hasValue("department");
  }

  @Test
  void headerProblemsAreReported() {
    String csv = "id,instrument_kind,provision,colour\r\nx,条例,第1条,red\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(csv, null));
    assertThat(e.problems()).extracting(Problem::toString).contains(
        "items.csv line 1, column 4 (D, colour): unknown column 'colour'; expected one of "
            + String.join(", ", RegulationCsv.ITEM_COLUMNS),
        "items.csv line 1, byte offset 0: missing column types");
  }

  @Test
  void historyErrorsNameTheLineOfTheStep() {
    String items = HEADER + "a-1,条例,条例A,第1条,本文,目視,,,,d,\r\n";
    String history = "item_id,from,to,on,by,verdict,policy,reason\r\n"
        + "a-1,洗い出し,該非判断,2023-04-01,担当,該当,,\r\n"
        + "a-1,該非判断,改正済,2023/5/1,担当,,,\r\n"           // line 3: REVISED needs the amending instrument
        + "a-1,該非判断,類型分類,2023-13-01,担当,,,\r\n"        // line 4: bad date
        + "zz-9,洗い出し,該非判断,2023-04-01,担当,該当,,\r\n";  // line 5: unknown item
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).extracting(Problem::source, Problem::line, p -> p.header().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("history.csv", 3L, "amending_instrument"),
            org.assertj.core.groups.Tuple.tuple("history.csv", 4L, "on"),
            org.assertj.core.groups.Tuple.tuple("history.csv", 5L, "item_id"));
    assertThat(e.problems().get(0).reason()).contains("ReviewStep.amendingInstrument");
  }

  @Test
  void anIllegalTransitionInTheHistoryIsReportedAtItsLine() {
    String items = HEADER + "a-1,条例,条例A,第1条,本文,目視,,,,d,\r\n";
    String history = "item_id,from,to,on,by,verdict\r\n"
        + "a-1,洗い出し,該非判断,2023-04-01,担当,非該当\r\n"
        + "a-1,該非判断,類型分類,2023-05-01,担当,\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .startsWith("history.csv line 3, column 3 (C, to): Illegal review transition from ASSESSED (該非判断) to CLASSIFIED (類型分類)");
  }

  @Test
  void theStateColumnMustAgreeWithTheHistory() {
    String items = "id,instrument_kind,instrument_title,provision,quoted_text,types,department,state\r\n"
        + "a-1,条例,条例A,第1条,本文,目視,d,改正済\r\n";
    assertThatThrownBy(() -> RegulationCsv.read(items, null))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("items.csv line 2, column 8 (H, state): the state says 改正済 (REVISED) but the history leads to 洗い出し (IDENTIFIED)");
  }

  @Test
  void malformedCsvAndBadEncodingAreLocated() {
    String unclosed = HEADER + "a-1,条例,\"条例A,第1条\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(unclosed, null));
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("items.csv", 2, 3, HEADER.getBytes(StandardCharsets.UTF_8).length + 11));
    assertThat(e.problems().get(0).reason()).contains("never closed");

    byte[] bytes = (HEADER + "a-1,条例,X,第1条,本文,目視,,,,d,\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    broken[bytes.length] = (byte) 0x81; // a lone Shift_JIS lead byte: neither valid UTF-8 nor Windows-31J
    broken[bytes.length + 1] = (byte) 0x0A;
    IngestException enc = assertThrows(IngestException.class, () -> RegulationCsv.read(broken, null));
    assertThat(enc.problems().get(0).line()).isEqualTo(3);
    assertThat(((TextLocation) enc.problems().get(0).location()).byteOffset()).isEqualTo(bytes.length);
  }

  @Test
  void recordsOfEmptyCellsThatExcelLeavesAfterDeletedRowsAreSkipped() {
    // Excel saves a row whose contents were deleted as separators only, as dx-metrics' reader expects
    String row = "a-1,条例,火災予防条例,第十二条,消防用設備等を点検する。,目視,,,,fire-department,\r\n";
    String csv = HEADER + row + ",,,,,,,,,,\r\n" + row.replace("a-1", "a-2") + ",,,,,,,,,,\r\n";
    assertThat(RegulationCsv.read(csv, null)).extracting(RegulationItem::id).containsExactly("a-1", "a-2");
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheRecordItOpensNotAtTheEndOfTheFile() {
    // the quote opened on line 3 swallows every later line; the parser only notices at the end (line 6)
    String csv = HEADER
        + "ok-1,条例,条例A,第1条,本文,目視,,,,d,\r\n"
        + "a-2,条例,\"条例B,第2条,本文,目視,,,,d,\r\n"
        + "ok-3,条例,条例C,第3条,本文,目視,,,,d,\r\n"
        + "ok-4,条例,条例D,第4条,本文,目視,,,,d,\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(csv, null));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.reason()).contains("never closed");
    });
  }

  @Test
  void aHeaderEndingInExcelsEmptyCellsIsAccepted() {
    // the drift of issue 10: the regulation reader rejected "unknown column ''" where the procedure reader did not
    String row = "a-1,条例,火災予防条例,第十二条,消防用設備等を点検する。,目視,,,,fire-department,\r\n";
    String header = HEADER.replace("\r\n", ",,\r\n");
    assertThat(RegulationCsv.read(header + row, null)).extracting(RegulationItem::id).containsExactly("a-1");
  }
}
