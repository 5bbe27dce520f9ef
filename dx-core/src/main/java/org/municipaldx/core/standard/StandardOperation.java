package org.municipaldx.core.standard;

import java.util.List;
import java.util.Objects;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Text;

/**
 * The 20 core business operations whose systems local governments must move to the national
 * standard specifications, with their official Japanese labels.
 *
 * <p>Source: 地方公共団体情報システムの標準化に関する法律 (令和3年法律第40号) 第2条第1項 and its
 * 政令 (令和4年政令第1号) naming the 20 operations; labels as used by the Digital Agency
 * (デジタル庁 「地方公共団体情報システム標準化基本方針」). Parsing also accepts common variants seen
 * in municipal documents (e.g. 印鑑登録事務, 戸籍附票).
 */
public enum StandardOperation implements Labelled {
  /** 住民基本台帳 (resident registry). */
  RESIDENT_REGISTRY("住民基本台帳", "resident registry"),
  /** 戸籍の附票 (family register annex). */
  FAMILY_REGISTER_ANNEX("戸籍の附票", "family register annex", "戸籍附票"),
  /** 印鑑登録 (seal registration). */
  SEAL_REGISTRATION("印鑑登録", "seal registration", "印鑑登録事務"),
  /** 選挙人名簿管理 (electoral roll management). */
  ELECTORAL_ROLL("選挙人名簿管理", "electoral roll management"),
  /** 固定資産税 (fixed asset tax). */
  FIXED_ASSET_TAX("固定資産税", "fixed asset tax"),
  /** 個人住民税 (individual resident tax). */
  INDIVIDUAL_RESIDENT_TAX("個人住民税", "individual resident tax"),
  /** 法人住民税 (corporate resident tax). */
  CORPORATE_RESIDENT_TAX("法人住民税", "corporate resident tax"),
  /** 軽自動車税 (light vehicle tax). */
  LIGHT_VEHICLE_TAX("軽自動車税", "light vehicle tax"),
  /** 戸籍 (family register). */
  FAMILY_REGISTER("戸籍", "family register"),
  /** 就学 (school enrolment). */
  SCHOOL_ENROLMENT("就学", "school enrolment"),
  /** 健康管理 (health management). */
  HEALTH_MANAGEMENT("健康管理", "health management"),
  /** 児童扶養手当 (child support allowance). */
  CHILD_SUPPORT_ALLOWANCE("児童扶養手当", "child support allowance"),
  /** 生活保護 (public assistance). */
  PUBLIC_ASSISTANCE("生活保護", "public assistance"),
  /** 障害者福祉 (disability welfare). */
  DISABILITY_WELFARE("障害者福祉", "disability welfare"),
  /** 介護保険 (long-term care insurance). */
  LONG_TERM_CARE_INSURANCE("介護保険", "long-term care insurance"),
  /** 国民健康保険 (national health insurance). */
  NATIONAL_HEALTH_INSURANCE("国民健康保険", "national health insurance"),
  /** 後期高齢者医療 (late-stage elderly medical care). */
  LATE_STAGE_ELDERLY_MEDICAL_CARE("後期高齢者医療", "late-stage elderly medical care"),
  /** 国民年金 (national pension). */
  NATIONAL_PENSION("国民年金", "national pension"),
  /** 子ども・子育て支援 (child and childcare support). */
  CHILD_AND_CHILDCARE_SUPPORT("子ども・子育て支援", "child and childcare support"),
  /** 児童手当 (child allowance). */
  CHILD_ALLOWANCE("児童手当", "child allowance");

  private final String japaneseName;
  private final String englishName;
  private final List<String> variants;

  StandardOperation(String japaneseName, String englishName, String... variants) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.variants = List.of(variants);
  }

  /** {@return the official Japanese label, e.g. 戸籍の附票} */
  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return other Japanese spellings accepted by {@link #parse}} */
  public List<String> variants() {
    return variants;
  }

  /**
   * Parses an operation from its official label, a known variant, its English label or name.
   *
   * @param text  the text, not null
   * @return the operation, never null
   * @throws IllegalArgumentException if the text names none of the 20
   */
  public static StandardOperation parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    for (StandardOperation op : values()) {
      for (String v : op.variants) {
        if (Text.nfkc(v).equals(s)) {
          return op;
        }
      }
    }
    return Labelled.parse(StandardOperation.class, text);
  }
}
