package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.FiscalYearRange;
import org.municipaldx.core.plan.PlanValue;
import org.municipaldx.core.plan.Vision;
import org.municipaldx.core.roadmap.Milestone;

/**
 * Invariants of procedures, tags, the DX plan and roadmap milestones that mutation testing (issue 13,
 * part 4) found unchecked: each test names the rule, a value that is accepted and one that is rejected
 * with its exact field and rule.
 */
class PlanAndRoadmapInvariantsTest {

  @Test
  @DisplayName("a procedure's id and department id match the id pattern; it is online from its onlineSince date on")
  void procedureIdsAndOnlineDates() {
    Procedure p = Procedure.builder().id("juminhyo").name("住民票の写しの交付").departmentId("shimin")
        .onlineSince(LocalDate.of(2023, 4, 1)).build();
    assertThat(p.isOnlineOn(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(p.isOnlineOn(LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(p.isOnlineOn(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(Procedure.builder().id("x").name("窓口のみ").build().isOnlineOn(LocalDate.of(2023, 4, 1))).isFalse();
    InvalidValueException id = catchThrowableOfType(() -> Procedure.builder().id("Juminhyo").name("n").build(),
        InvalidValueException.class);
    assertThat(id.field()).isEqualTo("id");
    assertThat(id.rule()).isEqualTo("must match " + Ids.MODEL_ID_PATTERN);
    InvalidValueException dept = catchThrowableOfType(
        () -> Procedure.builder().id("x").name("n").departmentId("市民部").build(), InvalidValueException.class);
    assertThat(dept.field()).isEqualTo("departmentId");
    assertThat(dept.value()).isEqualTo("市民部");
    assertThat(dept.rule()).isEqualTo("must match " + Ids.MODEL_ID_PATTERN);
  }

  @Test
  @DisplayName("the first five tags are the five-less categories, bit for bit; the other tags have none")
  void tagsAndTheirFiveLessBits() {
    for (FiveLess f : FiveLess.values()) {
      assertThat(f.tag().fiveLess()).contains(f);
      assertThat(DxTag.fiveLessMask(EnumSet.of(f.tag()))).isEqualTo(f.bit());
    }
    assertThat(DxTag.AI_UTILISATION.fiveLess()).isEmpty();
    assertThat(DxTag.LOW_CODE.fiveLess()).isEmpty();
    assertThat(DxTag.fiveLessMask(EnumSet.allOf(DxTag.class))).isEqualTo(0b11111);
    assertThat(DxTag.fiveLessMask(EnumSet.of(DxTag.AI_UTILISATION, DxTag.IOT))).isZero();
    assertThat(DxTag.IOT.englishName()).isEqualTo("IoT");
    assertThat(DxTag.parse("スマホ活用")).isEqualTo(DxTag.SMARTPHONE_USE);
  }

  private static DxPlan.Builder plan() {
    return DxPlan.builder().name("郡山市DX推進計画").mission("市民の幸せ").period(FiscalYearRange.of(2022, 2025));
  }

  @Test
  @DisplayName("a plan's name and mission are not blank and its visions and values are numbered uniquely")
  void planNumbersAreUnique() {
    Vision v1 = Vision.builder().number(1).title("誰一人取り残さない").build();
    Vision v2 = Vision.builder().number(2).title("行政サービスの質の向上").build();
    PlanValue value1 = PlanValue.builder().number(1).title("市民目線").build();
    DxPlan ok = plan().addVisions(v1, v2).addValues(value1).build();
    assertThat(ok.vision(2)).contains(v2);
    assertThat(ok.vision(3)).isEmpty();
    InvalidValueException visions = catchThrowableOfType(() -> plan().addVisions(v1, v1).build(), InvalidValueException.class);
    assertThat(visions.field()).isEqualTo("visions.number");
    assertThat(visions.rule()).isEqualTo("must be unique");
    InvalidValueException values = catchThrowableOfType(() -> plan().addValues(value1, value1).build(),
        InvalidValueException.class);
    assertThat(values.field()).isEqualTo("values.number");
    assertThat(values.rule()).isEqualTo("must be unique");
    // the same number may serve a vision and a value
    assertThat(plan().addVisions(v1).addValues(value1).build().values()).containsExactly(value1);
    InvalidValueException mission = catchThrowableOfType(
        () -> DxPlan.builder().name("計画").mission(" ").period(FiscalYearRange.of(2022, 2025)).build(),
        InvalidValueException.class);
    assertThat(mission.field()).isEqualTo("mission");
    assertThat(mission.rule()).isEqualTo("must not be blank");
  }

  @Test
  @DisplayName("a fiscal-year range holds its ends and the years between: FY2022～FY2025 is four years")
  void fiscalYearRangesAreInclusive() {
    FiscalYearRange r = FiscalYearRange.of(2022, 2025);
    assertThat(r.length()).isEqualTo(4);
    assertThat(FiscalYearRange.of(2023, 2023).length()).isEqualTo(1);
    assertThat(r.contains(FiscalYear.of(2022))).isTrue();
    assertThat(r.contains(FiscalYear.of(2025))).isTrue();
    assertThat(r.contains(FiscalYear.of(2021))).isFalse();
    assertThat(r.contains(FiscalYear.of(2026))).isFalse();
    assertThat(r.stream().map(FiscalYear::year).collect(Collectors.toList())).containsExactly(2022, 2023, 2024, 2025);
    assertThat(r).hasToString(FiscalYear.of(2022) + "～" + FiscalYear.of(2025));
  }

  @Test
  @DisplayName("a milestone needs a fiscal year or a date, and a date given with a fiscal year falls in it")
  void milestonesAreDated() {
    Milestone byDate = Milestone.builder().description("電子契約の開始").date(LocalDate.of(2024, 2, 1)).build();
    assertThat(byDate.effectiveFiscalYear()).isEqualTo(FiscalYear.of(2023));
    Milestone byYear = Milestone.builder().description("電子入札の全件実施").fiscalYear(FiscalYear.of(2025)).build();
    assertThat(byYear.effectiveFiscalYear()).isEqualTo(FiscalYear.of(2025));
    assertThat(Milestone.builder().description("d").fiscalYear(FiscalYear.of(2023)).date(LocalDate.of(2024, 3, 31)).build()
        .date()).contains(LocalDate.of(2024, 3, 31));
    InvalidValueException undated = catchThrowableOfType(() -> Milestone.builder().description("いつか").build(),
        InvalidValueException.class);
    assertThat(undated.field()).isEqualTo("fiscalYear/date");
    assertThat(undated.rule()).isEqualTo("a milestone needs a fiscal year or a date");
    InvalidValueException outside = catchThrowableOfType(() -> Milestone.builder().description("d")
        .fiscalYear(FiscalYear.of(2023)).date(LocalDate.of(2024, 4, 1)).build(), InvalidValueException.class);
    assertThat(outside.field()).isEqualTo("date");
    assertThat(outside.rule()).isEqualTo("must fall in fiscal year " + FiscalYear.of(2023));
  }
}
