package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * The rules of dx-survey's values that mutation testing left unchecked (issue 13 part 4): approximate
 * counts and take-ups (the weaker basis wins, zero is allowed, a negative is not), the caller's
 * minutes per case, a time saving's figures, a processing period's equality and lead-time gain, a
 * parsed cell and a located problem.
 */
class SurveyValueRulesTest {
  private static final ApproximateCount.Basis ROUNDED = ApproximateCount.Basis.ROUNDED_REPORT;
  private static final ApproximateCount.Basis SAMPLED = ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES;

  @Test
  void anApproximateCountIsZeroOrMoreAndASumIsAsWeakAsItsWeakerPart() {
    assertThat(ApproximateCount.of(0, ROUNDED)).isEqualTo(ApproximateCount.ZERO);
    assertThatThrownBy(() -> ApproximateCount.of(-1, ROUNDED)).isInstanceOf(InvalidValueException.class)
        .hasMessage("ApproximateCount.value: must be zero or more (was '-1')");
    assertThatThrownBy(() -> ApproximateCount.of(1, null)).isInstanceOf(NullPointerException.class).hasMessage("basis");
    ApproximateCount a = ApproximateCount.of(1_200, ROUNDED);
    ApproximateCount b = ApproximateCount.of(30, SAMPLED);
    assertThat(a.plus(a)).isEqualTo(ApproximateCount.of(2_400, ROUNDED));
    assertThat(a.plus(b)).isEqualTo(ApproximateCount.of(1_230, SAMPLED));
    assertThat(b.plus(a)).isEqualTo(ApproximateCount.of(1_230, SAMPLED));
    assertThat(b.plus(b).basis()).isEqualTo(SAMPLED);
    assertThatThrownBy(() -> ApproximateCount.of(Long.MAX_VALUE, ROUNDED).plus(a)).isInstanceOf(ArithmeticException.class);
    assertThat(a).hasToString("約1,200")
        .isNotEqualTo(ApproximateCount.of(1_200, SAMPLED))
        .isNotEqualTo(ApproximateCount.of(1_201, ROUNDED))
        .isNotEqualTo("約1,200")
        .hasSameHashCodeAs(ApproximateCount.of(1_200, ROUNDED));
    assertThat(a.compareTo(b)).isPositive();
    assertThat(b.compareTo(a)).isNegative();
    assertThat(a.compareTo(ApproximateCount.of(1_200, SAMPLED))).isZero();
  }

  @Test
  void anApproximateTakeUpAddsProceduresAndCountsAndItsShareIsUndefinedWithoutCases() {
    ApproximateCount cases = ApproximateCount.of(3, ROUNDED);
    ApproximateCount online = ApproximateCount.of(1, SAMPLED);
    ApproximateTakeUp t = ApproximateTakeUp.of(2, cases, online);
    assertThat(t.procedures()).isEqualTo(2);
    assertThat(t.rate()).isEqualTo(Rate.of(1, 3));
    assertThat(t.percent(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH))).contains(new BigDecimal("33.3"));
    assertThat(t).hasToString("約33.3% (約1 / 約3, 2 procedures)");
    assertThat(ApproximateTakeUp.NONE).hasToString("undefined (約0 / 約0, 0 procedures)");
    assertThat(ApproximateTakeUp.NONE.percent(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH))).isEmpty();
    ApproximateTakeUp twice = t.plus(t);
    assertThat(twice).isEqualTo(ApproximateTakeUp.of(4, ApproximateCount.of(6, ROUNDED), ApproximateCount.of(2, SAMPLED)));
    assertThat(ApproximateTakeUp.NONE.plus(t)).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(t).isNotEqualTo(ApproximateTakeUp.of(3, cases, online))
        .isNotEqualTo(ApproximateTakeUp.of(2, online, online))
        .isNotEqualTo(ApproximateTakeUp.of(2, cases, cases))
        .isNotEqualTo(cases);
    assertThat(ApproximateTakeUp.of(0, ApproximateCount.ZERO, ApproximateCount.ZERO)).isEqualTo(ApproximateTakeUp.NONE);
    assertThatThrownBy(() -> ApproximateTakeUp.of(-1, cases, online)).isInstanceOf(InvalidValueException.class)
        .hasMessage("ApproximateTakeUp.procedures: must be zero or more (was '-1')");
    assertThatThrownBy(() -> ApproximateTakeUp.of(Long.MAX_VALUE, cases, online).plus(t))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void minutesPerCaseAreZeroOrMoreWithASource() {
    assertThat(MinutesPerCase.uniform(0, "s").source()).isEqualTo("s");
    assertThat(MinutesPerCase.uniform(30, "the source")).hasToString("30分/件 (the source)");
    assertThatThrownBy(() -> MinutesPerCase.uniform(-1, "s")).isInstanceOf(InvalidValueException.class)
        .hasMessage("MinutesPerCase.minutes: must be zero or more (was '-1')");
    assertThatThrownBy(() -> MinutesPerCase.uniform(1, " ")).isInstanceOf(InvalidValueException.class)
        .hasMessage("MinutesPerCase.source: must say where the minutes come from (was ' ')");
    assertThatThrownBy(() -> MinutesPerCase.uniform(1, null)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("MinutesPerCase.source: must say where the minutes come from");
    Map<ProcedureType, Long> m = new EnumMap<>(ProcedureType.class);
    m.put(ProcedureType.values()[0], 0L);
    assertThat(MinutesPerCase.byType(m, "s")).hasToString(m + " (s)");
    m.put(ProcedureType.values()[1], -5L);
    assertThatThrownBy(() -> MinutesPerCase.byType(m, "s")).isInstanceOf(InvalidValueException.class)
        .hasMessage("MinutesPerCase.minutes of " + ProcedureType.values()[1].code() + ": must be zero or more (was '-5')");
  }

  @Test
  void aMinutesFileListsEveryBadRowAndAFileWithoutMinutesIsAnError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.csv");
    Files.writeString(f, "手続類型,分/件\n1,30\n9,10\n3,x\n1,40\n", StandardCharsets.UTF_8);
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> MinutesPerCase.read(f));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(3L, 4L, 5L);
    assertThat(e.problems().get(0).reason()).isEqualTo("'9' is not a procedure type (1, 2-1, 2-2, 2-3, 3, 4)");
    assertThat(e.problems().get(2).reason()).isEqualTo("procedure type 1 is given twice");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "手続類型,分/件\n", StandardCharsets.UTF_8);
    IngestException none = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> MinutesPerCase.read(empty));
    assertThat(none.problems()).extracting(Problem::reason).containsExactly("no minutes in the file");
    assertThat(none.problems().get(0).line()).isEqualTo(1);
    Path ok = dir.resolve("ok.csv");
    Files.writeString(ok, "type,minutes\n2-1 届出,7\n", StandardCharsets.UTF_8);
    assertThat(MinutesPerCase.read(ok)).hasToString("{" + ProcedureType.values()[1] + "=7} (minutes per case by procedure type from ok.csv)");
  }

  @Test
  void aTimeSavingIsOfflineCasesTimesMinutesWithAProvenance() {
    ApproximateCount cases = ApproximateCount.of(500, ROUNDED);
    TimeSaving s = new TimeSaving("F1", "name", "法務省", cases, 30, 15_000, "p");
    assertThat(s).hasToString("手続ID F1 name: 約500件 × 30分 = 約15,000分");
    assertThat(new TimeSaving("F1", "", "", cases, 0, 0, "p").approximateMinutes()).isZero();
    assertThatThrownBy(() -> new TimeSaving("F1", "n", "m", cases, 30, 15_001, "p")).isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeSaving.approximateMinutes: must be offlineCases × minutesPerCase = 15000 (was '15001')");
    assertThatThrownBy(() -> new TimeSaving(" ", "n", "m", cases, 30, 15_000, "p")).isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeSaving.procedureId: must not be blank (was ' ')");
    assertThatThrownBy(() -> new TimeSaving("F1", "n", "m", cases, -1, -500, "p")).isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeSaving.minutesPerCase: must be zero or more (was '-1')");
    assertThatThrownBy(() -> new TimeSaving("F1", "n", "m", cases, 30, 15_000, "")).isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeSaving.provenance: must not be blank (was '')");
    assertThatThrownBy(() -> new TimeSaving("F1", "n", "m", ApproximateCount.of(Long.MAX_VALUE, ROUNDED), 2, 0, "p"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void processingPeriodsEqualByTheirLengthsAndUnknownOnesByTheirText() {
    ProcessingPeriod range = ProcessingPeriod.parse("1日～2週");
    assertThat(range).hasToString("1日～2週").isEqualTo(ProcessingPeriod.parse("1日-2週間"))
        .hasSameHashCodeAs(ProcessingPeriod.parse("1日 ~ 2週"))
        .isNotEqualTo(ProcessingPeriod.parse("2日～2週"))
        .isNotEqualTo(ProcessingPeriod.parse("1日～3週"))
        .isNotEqualTo(ProcessingPeriod.parse("1週～2週"))
        .isNotEqualTo(ProcessingPeriod.parse("1日～2月"))
        .isNotEqualTo("1日～2週");
    assertThat(range.isKnown()).isTrue();
    assertThat(range.exactDays()).isEmpty();
    assertThat(ProcessingPeriod.parse("30日")).isEqualTo(ProcessingPeriod.parse("３０日")).isNotEqualTo(range);
    assertThat(ProcessingPeriod.parse("30日").exactDays()).contains(30L);
    assertThat(ProcessingPeriod.parse("不明")).isEqualTo(ProcessingPeriod.parse("不明"))
        .hasSameHashCodeAs(ProcessingPeriod.parse("不明")).isNotEqualTo(ProcessingPeriod.parse("なし"));
    assertThat(ProcessingPeriod.parse("")).hasToString("").isNotEqualTo(ProcessingPeriod.parse("不明"));
    assertThat(ProcessingPeriod.parse("").isKnown()).isFalse();
    assertThat(ProcessingPeriod.parse("").longest()).isEmpty();
    assertThatThrownBy(() -> new ProcessingPeriod.Length(-1, PeriodUnit.DAYS)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Length.amount: must be zero or more (was '-1')");
    assertThat(new ProcessingPeriod.Length(0, PeriodUnit.WEEKS)).hasToString("0週");
  }

  @Test
  void aLeadTimeGainNeedsTwoStatedLengthsInComparableUnits() {
    ProcessingPeriod month = ProcessingPeriod.parse("1月");
    ProcessingPeriod days = ProcessingPeriod.parse("30日");
    assertThat(ProcessingPeriod.leadTimeGain(days, ProcessingPeriod.parse("10日")).orElseThrow().factor()).contains(Rational.of(3));
    assertThat(ProcessingPeriod.leadTimeGain(days, ProcessingPeriod.parse("1日～2日"))).isEmpty();
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("1日～2日"), days)).isEmpty();
    assertThat(ProcessingPeriod.leadTimeGain(days, month)).isEmpty();
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("不明"), days)).isEmpty();
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("3月"), month).orElseThrow().factor()).contains(Rational.of(3));
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("3月"), ProcessingPeriod.parse("1週"))).isEmpty();
  }

  @Test
  void aParsedCellKeepsItsTextAndSaysWhetherItWasBlankOrRejected() {
    Parsed<Integer> v = Parsed.of(3, "３");
    assertThat(v.value()).contains(3);
    assertThat(v.isBlank()).isFalse();
    assertThat(v).hasToString("3").isEqualTo(Parsed.of(3, "３")).hasSameHashCodeAs(Parsed.of(3, "３"))
        .isNotEqualTo(Parsed.of(3, "3")).isNotEqualTo(Parsed.of(4, "３")).isNotEqualTo(3);
    Parsed<Integer> r = Parsed.rejected("x", "not a number");
    assertThat(r.value()).isEmpty();
    assertThat(r.reason()).contains("not a number");
    assertThat(r.isBlank()).isFalse();
    assertThat(r).hasToString("x").isNotEqualTo(Parsed.rejected("x", "other"));
    Parsed<Integer> b = Parsed.blank(" ");
    assertThat(b.isBlank()).isTrue();
    assertThat(b.reason()).isEmpty();
    assertThat(b.text()).isEqualTo(" ");
    assertThat(b).isNotEqualTo(r);
  }

  @Test
  void aSurveyProblemNamesItsProcedureWhenItHasOne() {
    Problem p = Problem.of(TextLocation.of("s.csv", 7, 3), "bad");
    SurveyProblem named = new SurveyProblem(p, "F0001", SurveyColumn.values()[0]);
    assertThat(named).hasToString("手続ID F0001 at " + p);
    assertThat(named.line()).isEqualTo(7);
    assertThat(named.reason()).isEqualTo("bad");
    assertThat(named.location()).isEqualTo(p.location());
    assertThat(named.surveyColumn()).contains(SurveyColumn.values()[0]);
    SurveyProblem unnamed = new SurveyProblem(p, "", null);
    assertThat(unnamed).hasToString(p.toString());
    assertThat(unnamed.surveyColumn()).isEmpty();
  }
}
