package org.municipaldx.regulation.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.review.ReviewState;

/**
 * Rules of the regulation CSV reader found unchecked by mutation testing (issue 13 part 4): the order
 * problems are listed in, what a failed item's history rows report, required lists, reading streams.
 */
class RegulationCsvRulesTest {
  private static final String HEADER = "id,instrument_kind,instrument_title,provision,quoted_text,types,department\r\n";
  private static final String HISTORY_HEADER = "item_id,from,to,on,by,verdict\r\n";

  @Test
  void problemsAreListedItemsFileFirstThenByLineThenColumn() {
    // rule: problems are sorted by document (items.csv before history.csv), line, column — not in the order found
    String items = "types,id,instrument_kind,instrument_title,provision,quoted_text,department\r\n"
        + "目視,a-1,条例,条例A,第1条,本文,d\r\n"
        + "押印,,条例,条例B,第2条,本文,d\r\n";       // line 3: id (column 2) is read before types (column 1)
    String history = HISTORY_HEADER + "a-1,洗い出し,該非判断,2023-13-01,担当,該当\r\n"; // line 2: bad date
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).extracting(Problem::source, Problem::line, Problem::column, p -> p.header().orElse(""))
        .containsExactly(
            tuple("items.csv", 3L, 1, "types"),
            tuple("items.csv", 3L, 2, "id"),
            tuple("history.csv", 2L, 4, "on"));
    assertThat(e.problems().get(1).reason()).isEqualTo("must not be empty");
  }

  @Test
  void historyRowsOfAnItemThatFailedAreNotReportedAsUnknown() {
    // rule: "no item with id" only when no row of items.csv has the id; a row that failed still names it
    String items = HEADER + "a-1,条例,条例A,第1条,本文,押印,d\r\n";
    String history = HISTORY_HEADER + "a-1,洗い出し,該非判断,2023-04-01,担当,該当\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).extracting(Problem::source, Problem::line, p -> p.header().orElse(""))
        .containsExactly(tuple("items.csv", 2L, "types"));
  }

  @Test
  void afterABadStepTheItemsLaterStepsAreNotReplayed() {
    // rule: a history row that cannot be read stops its item's replay: the next row is not reported as an
    // illegal transition from the state before the bad row
    String items = HEADER + "a-1,条例,条例A,第1条,本文,目視,d\r\n";
    String history = HISTORY_HEADER
        + "a-1,洗い出し,該非判断,2023-13-01,担当,該当\r\n"
        + "a-1,該非判断,類型分類,2023-05-01,担当,\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).extracting(Problem::source, Problem::line, p -> p.header().orElse(""))
        .containsExactly(tuple("history.csv", 2L, "on"));
  }

  @Test
  void aRequiredListOfSeparatorsOnlyHasNoValue() {
    // rule: types is required and needs at least one value; "|" and ";" alone give none
    String items = HEADER + "a-1,条例,条例A,第1条,本文,|,d\r\n" + "a-2,条例,条例A,第2条,本文,；,d\r\n";
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, null));
    assertThat(e.problems()).extracting(Problem::line, Problem::column, Problem::reason)
        .containsExactly(tuple(2L, 6, "must have at least one value"), tuple(3L, 6, "must have at least one value"));
  }

  @Test
  void streamsAreReadWithOrWithoutAHistory() {
    byte[] items = (HEADER + "a-1,条例,条例A,第1条,本文,目視,d\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] history = (HISTORY_HEADER + "a-1,洗い出し,該非判断,2023-04-01,担当,該当\r\n").getBytes(StandardCharsets.UTF_8);
    List<RegulationItem> alone = RegulationCsv.read(new ByteArrayInputStream(items), null);
    assertThat(alone).extracting(RegulationItem::id, RegulationItem::state).containsExactly(tuple("a-1", ReviewState.IDENTIFIED));
    List<RegulationItem> reviewed = RegulationCsv.read(new ByteArrayInputStream(items), new ByteArrayInputStream(history));
    assertThat(reviewed).extracting(RegulationItem::id, RegulationItem::state).containsExactly(tuple("a-1", ReviewState.ASSESSED));
  }
}
