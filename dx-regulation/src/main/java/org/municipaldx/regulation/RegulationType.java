package org.municipaldx.regulation;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.municipaldx.core.Labelled;

/**
 * A type (規制区分) of analog regulation.
 *
 * <p>The first seven are the Digital Agency's representative seven (アナログ規制7項目) that the
 * seed (Koriyama City DX headquarters, 2023-02-14, 資料6) adopts for its bulk review: ①目視
 * ②実地監査 ③定期検査・点検 ④常駐・専任 ⑤対面講習 ⑥書面掲示 ⑦往訪閲覧・縦覧. Sources:
 * デジタル臨時行政調査会 「デジタル原則に照らした規制の一括見直しプラン」 (2022-06-03) and
 * 「デジタル原則を踏まえたアナログ規制の見直しに係る工程表」 (2022-12-21); デジタル庁
 * 「地方公共団体におけるアナログ規制の点検・見直しマニュアル」 (2022-11, the manual the seed cites).
 * {@link #RECORDING_MEDIA} is the regulation specifying floppy disks and other recording media,
 * which the 工程表 reviews alongside the seven; {@link #OTHER} is anything else a municipality
 * lists. A provision can have several types at once: a fire-equipment inspection is 目視 +
 * 実地監査 + 定期検査・点検.
 */
public enum RegulationType implements Labelled {
  /** 目視: a person judges or observes on site by eye (検査・点検 / 調査 / 巡視・見張り). */
  VISUAL_INSPECTION("目視", "visual inspection"),
  /** 実地監査: a person goes on site to check documents or buildings against a standard. */
  ON_SITE_AUDIT("実地監査", "on-site audit"),
  /** 定期検査・点検: judging or measuring at fixed intervals. */
  PERIODIC_INSPECTION("定期検査・点検", "periodic inspection"),
  /** 常駐・専任: a person must stay at a site (常駐) or be dedicated to one post (専任). */
  RESIDENT_OR_DEDICATED("常駐・専任", "resident or dedicated staff"),
  /** 対面講習: a course or lecture that must be attended in person. */
  IN_PERSON_TRAINING("対面講習", "in-person training"),
  /** 書面掲示: a notice that must be posted on paper at a place. */
  WRITTEN_POSTING("書面掲示", "posting on paper"),
  /** 往訪閲覧・縦覧: documents that can be inspected only by visiting an office. */
  VISIT_FOR_INSPECTION("往訪閲覧・縦覧", "inspection by visit"),
  /** フロッピーディスク等の記録媒体: a provision that specifies a recording medium. */
  RECORDING_MEDIA("フロッピーディスク等の記録媒体", "recording media such as floppy disks"),
  /** その他: another analog regulation. */
  OTHER("その他", "other");

  /**
   * The national government's target for reviewing the analog regulations in laws and ordinances:
   * by June 2024 (seed, 資料6 要旨②: 「国では、2024年6月までを目途に…見直しを行う」; デジタル臨時行政調査会
   * 工程表, 2022-12-21).
   */
  public static final YearMonth NATIONAL_REVIEW_TARGET = YearMonth.of(2024, 6);

  private final String japaneseName;
  private final String englishName;

  RegulationType(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return whether this is one of the representative seven (アナログ規制7項目)} */
  public boolean isRepresentativeSeven() {
    return ordinal() <= VISIT_FOR_INSPECTION.ordinal();
  }

  /** {@return the representative seven, in the Digital Agency's order, never null} */
  public static Set<RegulationType> representativeSeven() {
    return EnumSet.range(VISUAL_INSPECTION, VISIT_FOR_INSPECTION);
  }

  /**
   * What a PHASE means for this type.
   *
   * <p>The model carries the published wording only for 目視・実地監査 and 定期検査・点検, as
   * presented to デジタル臨時行政調査会 (第3回, 2022-03-30) and taken into the Digital Agency's
   * manual for local governments (2022-11):
   * <ul>
   *   <li>目視・実地監査: PHASE1 従来の目視・実地監査規制 (conventional); PHASE2
   *       情報収集の遠隔化、人による評価 (information gathered remotely, a person judges); PHASE3
   *       判断の精緻化、自動化・無人化 (judgement refined, automated or unmanned).
   *   <li>定期検査・点検: PHASE1 従来の定期検査・点検規制 (conventional); PHASE2
   *       デジタル技術の活用による規制目的の達成 (the regulation's purpose achieved with digital
   *       technology); PHASE3 定期の検査・調査・測定の撤廃 (periodic inspection no longer needed, e.g.
   *       through continuous monitoring).
   * </ul>
   * For every other type the meaning says {@link PhaseMeaning#NO_PUBLISHED_WORDING}: the model does
   * not invent wording it has not verified.
   *
   * @param phase  the PHASE, not null
   * @return the meaning, never null
   */
  public PhaseMeaning phaseMeaning(Phase phase) {
    switch (this) {
      case VISUAL_INSPECTION:
      case ON_SITE_AUDIT:
        switch (phase) {
          case PHASE_1:
            return new PhaseMeaning(this, phase, "従来の目視・実地監査規制",
                "conventional visual inspection or on-site audit");
          case PHASE_2:
            return new PhaseMeaning(this, phase, "情報収集の遠隔化、人による評価",
                "information gathered remotely, with a person judging");
          default:
            return new PhaseMeaning(this, phase, "判断の精緻化、自動化・無人化",
                "judgement refined, and automated or unmanned");
        }
      case PERIODIC_INSPECTION:
        switch (phase) {
          case PHASE_1:
            return new PhaseMeaning(this, phase, "従来の定期検査・点検規制",
                "conventional periodic inspection");
          case PHASE_2:
            return new PhaseMeaning(this, phase, "デジタル技術の活用による規制目的の達成",
                "the regulation's purpose achieved with digital technology");
          default:
            return new PhaseMeaning(this, phase, "定期の検査・調査・測定の撤廃",
                "periodic inspection, survey or measurement no longer needed (e.g. by continuous monitoring)");
        }
      default:
        return new PhaseMeaning(this, phase, null, null);
    }
  }

  /**
   * {@return the type, never null}
   *
   * @param text  a Japanese or English label or constant name, not null
   * @throws IllegalArgumentException naming the text and the accepted labels
   */
  public static RegulationType parse(CharSequence text) {
    String s = org.municipaldx.core.internal.Text.nfkc(text).strip();
    // short forms used in spreadsheets and by the seed's own list
    switch (s) {
      case "定期検査":
      case "定期点検":
        return PERIODIC_INSPECTION;
      case "常駐":
      case "専任":
        return RESIDENT_OR_DEDICATED;
      case "往訪閲覧":
      case "縦覧":
        return VISIT_FOR_INSPECTION;
      case "記録媒体":
      case "FD等":
      case "FD等の記録媒体":
        return RECORDING_MEDIA;
      default:
        return Labelled.parse(RegulationType.class, text);
    }
  }
}
