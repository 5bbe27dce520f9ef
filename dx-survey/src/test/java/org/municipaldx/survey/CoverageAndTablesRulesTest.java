package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;

/**
 * The rules of a municipality's coverage gaps, the take-up table and its dimensions, and the
 * analytics that mutation testing left unchecked (issue 13 part 4). The survey rows come from the
 * fictional fixture through the reader's public API.
 */
class CoverageAndTablesRulesTest {
  private static final Path FIXTURE = Path.of("src/test/resources/survey/fictional-survey.csv");
  private static final ApproximateCount.Basis ROUNDED = ApproximateCount.Basis.ROUNDED_REPORT;
  private static final ApproximateCount.Basis SAMPLED = ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES;

  @TempDir
  Path dir;

  private List<Coverage.InventoryEntry> inventory(String csv) throws Exception {
    Path f = dir.resolve("inventory.csv");
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return Coverage.readInventory(f);
  }

  @Test
  void anInventorysOnlineCellIsOneOfTheListedYesOrNoWords() throws Exception {
    // rule: ○ 済 true 1 yes 実施済 are online; × 未 false 0 no 未実施 and blank are not (any case, any width)
    List<Coverage.InventoryEntry> e = inventory("手続ID,オンライン,備考\n"
        + "A1,○,x\nA2,済,\nA3,TRUE,\nA4,１,\nA5,Yes,\nA6,実施済,\n"
        + "B1,×,\nB2,未,\nB3,False,\nB4,0,\nB5,no,\nB6,,\nB7,未実施,\n");
    assertThat(e).extracting(Coverage.InventoryEntry::nationalId, Coverage.InventoryEntry::online).containsExactly(
        tuple("A1", true), tuple("A2", true), tuple("A3", true), tuple("A4", true), tuple("A5", true), tuple("A6", true),
        tuple("B1", false), tuple("B2", false), tuple("B3", false), tuple("B4", false), tuple("B5", false),
        tuple("B6", false), tuple("B7", false));
    // without a name column the name is empty
    assertThat(e).extracting(Coverage.InventoryEntry::name).containsOnly("");
  }

  @Test
  void anInventoryRowWithABlankIdOrAnotherOnlineWordIsAProblemAtItsLine() throws Exception {
    IngestException x = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> inventory("手続ID,手続名,オンライン\nF1,a,○\n ,b,○\nF3,c,△\n"));
    assertThat(x.problems()).extracting(Problem::line).containsExactly(3L, 4L);
    assertThat(x.problems()).extracting(Problem::reason).containsExactly("the national procedure id is blank",
        "'△' is not ○/× (済/未, true/false, 1/0)");
    assertThatThrownBy(() -> new Coverage.InventoryEntry(" ", "n", true)).isInstanceOf(InvalidValueException.class)
        .hasMessage("InventoryEntry.nationalId: must not be blank (was ' ')");
    assertThatThrownBy(() -> new Coverage.InventoryEntry(null, "n", true)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Coverage.InventoryEntry("F1", null, true)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void anIdListedTwiceIsOnlineIfEitherEntryIsAndGapsWithoutMinutesSortByCases() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    // F0001 twice: online in one entry, in either order, is no gap
    for (boolean onlineFirst : new boolean[] {true, false}) {
      Coverage.InventoryEntry on = new Coverage.InventoryEntry("F0001", "住所変更届", true);
      Coverage.InventoryEntry off = new Coverage.InventoryEntry("F0001", "住所変更届(旧)", false);
      List<Coverage.Gap> gaps = Coverage.gaps(ps, onlineFirst ? List.of(on, off) : List.of(off, on), null);
      assertThat(gaps).extracting(g -> g.procedure().id()).as("online first: %s", onlineFirst).containsExactly("F0003");
    }
    List<Coverage.Gap> gaps = Coverage.gaps(ps, List.of(new Coverage.InventoryEntry("F0003", "市の名前", false)), null);
    // no minutes: nothing computed, the larger national total first (F0001 1,000 cases)
    assertThat(gaps).extracting(g -> g.procedure().id(), Coverage.Gap::cityStatus, Coverage.Gap::cityName).containsExactly(
        tuple("F0001", Coverage.CityStatus.NOT_IN_INVENTORY, ""),
        tuple("F0003", Coverage.CityStatus.NOT_ONLINE, "市の名前"));
    assertThat(gaps).allSatisfy(g -> {
      assertThat(g.minutesPerCase()).isEmpty();
      assertThat(g.approximateMinutes()).isEmpty();
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Coverage.writeCsv(gaps, out);
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("1,F0001,").endsWith(",台帳になし,,,");
    assertThat(lines.get(2)).startsWith("2,F0003,").endsWith(",オンライン未実施,市の名前,,");
    assertThatThrownBy(() -> new Coverage.Gap(ps.get(0), null, "", OptionalLong.empty(), OptionalLong.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("cityStatus");
  }

  @Test
  void aGapsMinutesAreTheNationalTotalCasesTimesTheMinutesPerCase() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    List<Coverage.Gap> gaps = Coverage.gaps(ps, List.of(), MinutesPerCase.uniform(7, "test"));
    // F0001: 1,000 cases × 7; F0003: 100 cases × 7 (all cases, online ones included: the city's whole workload)
    assertThat(gaps).extracting(g -> g.procedure().id(), g -> g.approximateMinutes().orElseThrow(),
        g -> g.minutesPerCase().orElseThrow()).containsExactly(tuple("F0001", 7_000L, 7L), tuple("F0003", 700L, 7L));
  }

  @Test
  void aTakeUpTableCountsEachProcedureOnceInTheTotalAndOncePerKey() {
    TakeUpTable<String> t = TakeUpTable.by(Dimension.OFFICE);
    t.add(List.of("a", "b"), false, 100, 40, false);
    t.add(List.of("b"), true, 10, 5, true);
    t.add(List.of(), false, 7, 7, false);
    assertThat(t.ungrouped()).isEqualTo(1);
    assertThat(t.total()).isEqualTo(ApproximateTakeUp.of(3, ApproximateCount.of(117, SAMPLED), ApproximateCount.of(52, SAMPLED)));
    assertThat(t.groups()).containsExactly(
        Map.entry("b", ApproximateTakeUp.of(2, ApproximateCount.of(110, SAMPLED), ApproximateCount.of(45, SAMPLED))),
        Map.entry("a", ApproximateTakeUp.of(1, ApproximateCount.of(100, ROUNDED), ApproximateCount.of(40, ROUNDED))));
    assertThat(t.dimension()).isSameAs(Dimension.OFFICE);
    // the local view leaves out the procedures not involving local governments
    TakeUpTable<String> local = TakeUpTable.localBy(Dimension.OFFICE);
    local.add(List.of("a"), false, 100, 40, false);
    local.add(List.of("c"), true, 10, 5, false);
    assertThat(local.total()).isEqualTo(ApproximateTakeUp.of(1, ApproximateCount.of(10, ROUNDED), ApproximateCount.of(5, ROUNDED)));
    assertThat(local.groups()).containsOnlyKeys("c");
    assertThat(local.ungrouped()).isZero();
  }

  @Test
  void groupsOfEqualCasesAreInKeyOrderAndMergingAddsEverything() {
    TakeUpTable<String> a = TakeUpTable.by(Dimension.OFFICE);
    a.add(List.of("y"), false, 5, 1, false);
    a.add(List.of("x"), false, 5, 2, false);
    a.add(List.of(), false, 1, 0, false);
    assertThat(a.groups().keySet()).containsExactly("x", "y");
    TakeUpTable<String> b = TakeUpTable.by(Dimension.OFFICE);
    b.add(List.of("z"), false, 3, 3, true);
    b.add(List.of("x"), false, 1, 1, false);
    b.add(List.of(), false, 2, 0, false);
    b.add(List.of(), false, 2, 0, false);
    assertThat(a.merge(b)).isSameAs(a);
    assertThat(a.ungrouped()).isEqualTo(3);
    assertThat(a.groups()).containsExactly(
        Map.entry("x", ApproximateTakeUp.of(2, ApproximateCount.of(6, ROUNDED), ApproximateCount.of(3, ROUNDED))),
        Map.entry("y", ApproximateTakeUp.of(1, ApproximateCount.of(5, ROUNDED), ApproximateCount.of(1, ROUNDED))),
        Map.entry("z", ApproximateTakeUp.of(1, ApproximateCount.of(3, SAMPLED), ApproximateCount.of(3, SAMPLED))));
    assertThat(a.total()).isEqualTo(ApproximateTakeUp.of(7, ApproximateCount.of(19, SAMPLED), ApproximateCount.of(7, SAMPLED)));
    // b is unchanged
    assertThat(b.total().procedures()).isEqualTo(4);
  }

  @Test
  void aDimensionIsNamedByItsOptionName() {
    assertThat(Dimension.all()).extracting(Dimension::name)
        .containsExactly("ministry", "type", "actor", "receiver", "local-work", "status", "office");
    for (Dimension<?> d : Dimension.all()) {
      assertThat(Dimension.parse(d.name())).isSameAs(d);
      assertThat(d).hasToString(d.name());
    }
    assertThat(Dimension.LOCAL_WORK_KIND.japaneseName()).isEqualTo("事務区分");
    assertThatThrownBy(() -> Dimension.parse("Ministry")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown, expected one of ministry, type, actor, receiver, local-work, status, office")
        .hasMessageContaining("'Ministry'");
    assertThatThrownBy(() -> Dimension.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void theTimeSavingPotentialLeavesOutProceduresWithoutOfflineCasesOrMinutes() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    assertThatThrownBy(() -> SurveyAnalytics.timeSavingPotential(ps, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("minutes");
    List<TimeSaving> all = SurveyAnalytics.timeSavingPotential(ps, MinutesPerCase.uniform(0, "zero"));
    // every procedure with offline cases is listed, even at 0 minutes; none without
    assertThat(all).extracting(TimeSaving::procedureId).containsExactlyInAnyOrderElementsOf(
        ps.stream().filter(p -> p.offlineCases().approximately() > 0).map(SurveyProcedure::id).toList());
    assertThat(ps.stream().filter(p -> p.offlineCases().approximately() == 0)).isNotEmpty();
    // equal minutes (all 0): in id order
    assertThat(all).extracting(TimeSaving::procedureId).isSorted();
    Map<ProcedureType, ApproximateTakeUp> byType = SurveyAnalytics.takeUpBy(ps, Dimension.TYPE);
    TakeUpTable<ProcedureType> t = TakeUpTable.by(Dimension.TYPE);
    ps.forEach(t);
    assertThat(byType).isEqualTo(t.groups());
    assertThat(byType).isNotEmpty();
  }
}
