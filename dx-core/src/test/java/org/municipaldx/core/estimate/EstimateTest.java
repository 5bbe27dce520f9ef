package org.municipaldx.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ReportingPeriod;

class EstimateTest {

  @Test
  void remoteSiteInspectionIs68000Minutes() {
    // seed: 40分×2（往復）×1人×5回×170件=68,000分 (40·2·1·5·170 = 68,000)
    FormulaEstimate f = FormulaEstimate.of(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"),
        Factor.of(5, "回"), Factor.of(170, "件"));
    assertThat(f.exactMinutes()).isEqualTo(68_000L);
    assertThat(f.minutes()).hasValue(68_000L);
    assertThat(f.kind()).isEqualTo(EstimateKind.FORMULA);
    assertThat(f.duration().unit()).isEqualTo("分");
    assertThat(f.counts()).hasSize(4);
  }

  @Test
  void hourDurationsAreConvertedExactly() {
    // seed: 30時間×6回（定例会4回、追加提案臨時会等2回）=180時間 → 30·60·6 = 10,800 minutes
    FormulaEstimate f = FormulaEstimate.of(Factor.of(30, "時間"), Factor.of(6, "回", "定例会4回、追加提案臨時会等2回"));
    assertThat(f.exactMinutes()).isEqualTo(10_800L);
  }

  @Test
  void overflowIsRejectedNamingTheFactors() {
    assertThatThrownBy(() -> FormulaEstimate.of(Factor.of(Long.MAX_VALUE / 2, "分"), Factor.of(3, "件")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FormulaEstimate.factors")
        .hasMessageContaining("overflows")
        .hasMessageContaining("×3件");
  }

  @Test
  void aZeroFactorGivesZeroEvenWhenTheOthersWouldOverflow() {
    // seed: 30分×0件=0分=0時間 (a department with no online applications)
    assertThat(FormulaEstimate.of(Factor.of(30, "分"), Factor.of(0, "件")).exactMinutes()).isZero();
    assertThat(FormulaEstimate.of(Factor.of(Long.MAX_VALUE, "時間"), Factor.of(Long.MAX_VALUE, "件"), Factor.of(0, "回"))
        .exactMinutes()).isZero();
  }

  @Test
  void theFirstFactorMustBeADurationAndOnlyTheFirst() {
    assertThatThrownBy(() -> FormulaEstimate.of(Factor.of(5, "件"), Factor.of(3, "回")))
        .hasMessageContaining("factors[0].unit").hasMessageContaining("件");
    assertThatThrownBy(() -> FormulaEstimate.of(Factor.of(5, "分"), Factor.of(3, "時間")))
        .hasMessageContaining("factors[1].unit");
    assertThatThrownBy(() -> FormulaEstimate.builder().build()).hasMessageContaining("factors");
  }

  @Test
  void factorsRejectNegativeValuesAndDigitsInUnits() {
    assertThatThrownBy(() -> Factor.of(-1, "件")).hasMessageContaining("Factor.value").hasMessageContaining("-1");
    assertThatThrownBy(() -> Factor.of(1, "2件")).hasMessageContaining("Factor.unit");
    assertThat(Factor.builder().prefix("役員").value(10).unit("名").build()).hasToString("役員10名");
  }

  @Test
  void aPrefixWithDigitsIsRejectedBecauseTheyWouldReadAsPartOfTheNumber() {
    // 第2 before 10件 prints as 第210件, which reads back as 210件
    assertThatThrownBy(() -> Factor.builder().prefix("第2").value(10).unit("件").build())
        .hasMessageContaining("Factor.prefix").hasMessageContaining("第2");
    assertThatThrownBy(() -> Factor.builder().prefix("第２").value(10).unit("件").build())
        .hasMessageContaining("Factor.prefix");
  }

  @Test
  void lumpSumsAreWholeMinutesAndKeepTheirParts() {
    // seed: 申請書確認、情報照会業務1,200時間＋選考業務1,300時間=2,500時間
    LumpSumEstimate sum = LumpSumEstimate.builder().hours(new BigDecimal("2500"))
        .addParts(LumpSumEstimate.Part.of("申請書確認、情報照会業務", new BigDecimal("1200")),
            LumpSumEstimate.Part.of("選考業務", new BigDecimal("1300")))
        .build();
    assertThat(sum.minutes()).hasValue(150_000L);
    assertThat(sum.partsMinutes()).hasValue(150_000L);
    // seed: 約2,000時間（別途積算）
    LumpSumEstimate approx = LumpSumEstimate.builder().hours(new BigDecimal("2000")).approximate(true).basis("別途積算").build();
    assertThat(approx.minutes()).hasValue(120_000L);
    assertThatThrownBy(() -> LumpSumEstimate.of(new BigDecimal("0.001"), "別途積算"))
        .hasMessageContaining("whole number of minutes");
    assertThatThrownBy(() -> LumpSumEstimate.of(new BigDecimal("-1"), "別途積算")).hasMessageContaining("zero or more");
  }

  @Test
  void measuredSavingsMustAgreeWithBeforeAndAfter() {
    // seed: 320時間（2020年と2022年の比較）
    MeasuredEstimate m = MeasuredEstimate.builder().savedHours(new BigDecimal("320"))
        .baselinePeriod(ReportingPeriod.calendarYear(2020)).comparisonPeriod(ReportingPeriod.calendarYear(2022)).build();
    assertThat(m.minutes()).hasValue(19_200L);
    assertThatThrownBy(() -> MeasuredEstimate.builder().savedHours(new BigDecimal("10"))
            .beforeHours(new BigDecimal("100")).afterHours(new BigDecimal("80")).build())
        .hasMessageContaining("must equal beforeHours − afterHours = 20");
    assertThatThrownBy(() -> MeasuredEstimate.builder().savedHours(BigDecimal.ONE)
            .baselinePeriod(ReportingPeriod.calendarYear(2022)).comparisonPeriod(ReportingPeriod.calendarYear(2020)).build())
        .hasMessageContaining("must come after baselinePeriod");
  }

  @Test
  void pendingAndNoneHaveNoFigure() {
    assertThat(PendingEstimate.builder().reason("タイムパフォーマンスは検証中").build().minutes()).isEmpty();
    assertThat(NotEstimated.of().hasFigure()).isFalse();
    assertThat(NotEstimated.of().kind()).isEqualTo(EstimateKind.NONE);
  }
}
