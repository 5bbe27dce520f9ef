package org.municipaldx.regulation;

import java.time.LocalDate;
import org.municipaldx.regulation.law.LawId;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.law.NationalLawReference;
import org.municipaldx.regulation.law.ProvisionReference;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewPolicy;
import org.municipaldx.regulation.review.ReviewState;
import org.municipaldx.regulation.review.ReviewStep;

/** Example items shared by the tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A fire-equipment inspection provision: 目視 + 実地監査 + 定期検査・点検 at once (the issue's own
   * example), mirroring 消防法 (323AC0000000186) 第十七条の三の三.
   */
  public static RegulationItem fireEquipmentInspection() {
    return RegulationItem.builder()
        .id("fire-044-1")
        .provision(Provision.of(LegalInstrumentKind.ORDINANCE, "火災予防条例", "第44条第1項"))
        .quotedText("　消防用設備等は、定期に点検し、その結果を消防長に報告しなければならない。")
        .addTypes(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT, RegulationType.PERIODIC_INSPECTION)
        .addSubTypes(RegulationSubType.VISUAL_INSPECTION_CHECK, RegulationSubType.PERIODIC_INSPECTION_JUDGEMENT)
        .targetPhase(Phase.PHASE_2)
        .departmentId("fire-department")
        .addSubstitutes(TechnologySubstitute.SENSOR_IOT_MONITORING, TechnologySubstitute.CAMERA_VIDEO)
        .addNationalLaws(NationalLawReference.of(LawId.parse("323AC0000000186"), ProvisionReference.parse("第十七条の三の三")))
        .targetDate(LocalDate.of(2024, 6, 30))
        .build();
  }

  /** A notice-board provision: 書面掲示 only. */
  public static RegulationItem noticeBoard() {
    return RegulationItem.builder()
        .id("notice-003")
        .provision(Provision.of(LegalInstrumentKind.RULE, "公告式規則", "第三条"))
        .quotedText("公告は、掲示場に掲示して行う。")
        .addTypes(RegulationType.WRITTEN_POSTING)
        .departmentId("general-affairs")
        .addSubstitutes(TechnologySubstitute.WEB_PUBLICATION)
        .build();
  }

  public static ReviewStep assess(LocalDate on, AssessmentVerdict verdict) {
    return ReviewStep.builder().from(ReviewState.IDENTIFIED).to(ReviewState.ASSESSED).on(on).by("行政マネジメント課")
        .verdict(verdict).build();
  }

  public static ReviewStep classify(LocalDate on) {
    return ReviewStep.builder().from(ReviewState.ASSESSED).to(ReviewState.CLASSIFIED).on(on).by("行政マネジメント課").build();
  }

  public static ReviewStep decide(ReviewState from, LocalDate on, ReviewPolicy policy) {
    ReviewStep.Builder b = ReviewStep.builder().from(from).to(ReviewState.POLICY_DECIDED).on(on).by("所管課").policy(policy);
    if (policy == ReviewPolicy.NO_REVISION_NEEDED) {
      b.reason("法令で目視が義務付けられている");
    }
    return b.build();
  }

  public static ReviewStep revise(LocalDate on, LocalDate effective) {
    return ReviewStep.builder().from(ReviewState.POLICY_DECIDED).to(ReviewState.REVISED).on(on).by("法制担当")
        .amendingInstrument("火災予防条例の一部を改正する条例").effectiveDate(effective).build();
  }

  public static ReviewStep followUp(LocalDate on) {
    return ReviewStep.builder().from(ReviewState.REVISED).to(ReviewState.FOLLOWED_UP).on(on).by("行政マネジメント課")
        .note("センサーによる常時監視へ移行済み").build();
  }
}
