package org.municipaldx.iot.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.municipaldx.iot.Quantity;

/**
 * The statutory environmental standards, with the values and effective dates of their sources.
 *
 * <p>Only the history the sources below state is modelled: a limit whose start is not given is in
 * force "from before" (its {@link Limit#effectiveFrom()} is empty). Users who need earlier
 * history, or their own targets, build an {@link EnvironmentalStandard} of their own.
 */
public final class Standards {
  /** The date the 2021 amendment of the building-hygiene cabinet order took effect (令和4年4月1日). */
  public static final LocalDate BUILDING_HYGIENE_2022_AMENDMENT = LocalDate.of(2022, 4, 1);

  private static final String BUILDING_ORDER =
      "建築物における衛生的環境の確保に関する法律施行令（昭和45年政令第304号）第2条第1号イ（空気環境の調整）";
  private static final String BUILDING_ORDER_2022 = BUILDING_ORDER
      + "、令和3年政令第347号による改正（令和4年4月1日施行）";
  private static final String BUILDING_ORDER_BEFORE_2022 = BUILDING_ORDER + "、令和3年政令第347号による改正前";
  private static final String BUILDING_AVERAGE_RULE =
      "；浮遊粉じん・一酸化炭素・二酸化炭素は1日の使用時間中の平均値で判定（同法施行規則第3条の2第2号）";
  private static final String SCHOOL_NOTICE =
      "学校環境衛生基準（平成21年文部科学省告示第60号）第1 教室等の環境に係る学校環境衛生基準";

  /**
   * 建築物環境衛生管理基準 (building environmental-hygiene management standard) for air, under the Act
   * on Maintenance of Sanitation in Buildings (建築物における衛生的環境の確保に関する法律), cabinet order
   * article 2 item 1 (a):
   * <ul>
   *   <li>浮遊粉じんの量 suspended particulates ≤ 0.15 mg/m³ (daily average);</li>
   *   <li>一酸化炭素の含有率 CO ≤ 6 ppm from 2022-04-01, ≤ 10 ppm before (daily average);</li>
   *   <li>二酸化炭素の含有率 CO2 ≤ 1000 ppm (daily average);</li>
   *   <li>温度 temperature 18–28 °C from 2022-04-01, 17–28 °C before (per reading);</li>
   *   <li>相対湿度 relative humidity 40–70 % (per reading);</li>
   *   <li>気流 air velocity ≤ 0.5 m/s (per reading);</li>
   *   <li>ホルムアルデヒドの量 formaldehyde ≤ 0.1 mg/m³ (per reading).</li>
   * </ul>
   * The 2022-04-01 changes are those of the amending cabinet order 令和3年政令第347号 (promulgated
   * 2021-12-24, in force 2022-04-01). Particulates, CO and CO2 are judged on the average over the
   * day's use (施行規則 第3条の2第2号: 一日の使用時間中の平均値), the others per measurement. Not
   * modelled: the special case before the amendment for buildings where the outdoor air itself
   * exceeded 10 ppm CO (特別の事情がある建築物, 20 ppm; deleted by 令和3年厚生労働省令第199号), and
   * the non-numeric temperature rule (外気との差を著しくしないこと).
   */
  public static final EnvironmentalStandard BUILDING_HYGIENE = EnvironmentalStandard.builder()
      .id("building-hygiene")
      .japaneseName("建築物環境衛生管理基準")
      .englishName("Building environmental hygiene management standard (Act on Maintenance of Sanitation in Buildings)")
      // 浮遊粉じんの量 0.15 mg/m³以下
      .addLimits(limit(Quantity.SUSPENDED_PARTICULATES, null, "0.15", Judgement.DAILY_AVERAGE, null, null,
          BUILDING_ORDER + BUILDING_AVERAGE_RULE))
      // 一酸化炭素の含有率 100万分の10以下 (改正前) → 100万分の6以下 (令和4年4月1日から)
      .addLimits(limit(Quantity.CO, null, "10", Judgement.DAILY_AVERAGE, null, BUILDING_HYGIENE_2022_AMENDMENT,
          BUILDING_ORDER_BEFORE_2022 + BUILDING_AVERAGE_RULE))
      .addLimits(limit(Quantity.CO, null, "6", Judgement.DAILY_AVERAGE, BUILDING_HYGIENE_2022_AMENDMENT, null,
          BUILDING_ORDER_2022 + BUILDING_AVERAGE_RULE))
      // 二酸化炭素の含有率 100万分の1000以下
      .addLimits(limit(Quantity.CO2, null, "1000", Judgement.DAILY_AVERAGE, null, null,
          BUILDING_ORDER + BUILDING_AVERAGE_RULE))
      // 温度 17℃以上28℃以下 (改正前) → 18℃以上28℃以下 (令和4年4月1日から)
      .addLimits(limit(Quantity.AIR_TEMPERATURE, "17", "28", Judgement.PER_READING, null,
          BUILDING_HYGIENE_2022_AMENDMENT, BUILDING_ORDER_BEFORE_2022))
      .addLimits(limit(Quantity.AIR_TEMPERATURE, "18", "28", Judgement.PER_READING,
          BUILDING_HYGIENE_2022_AMENDMENT, null, BUILDING_ORDER_2022))
      // 相対湿度 40%以上70%以下
      .addLimits(limit(Quantity.RELATIVE_HUMIDITY, "40", "70", Judgement.PER_READING, null, null, BUILDING_ORDER))
      // 気流 0.5メートル毎秒以下
      .addLimits(limit(Quantity.AIR_VELOCITY, null, "0.5", Judgement.PER_READING, null, null, BUILDING_ORDER))
      // ホルムアルデヒドの量 0.1 mg/m³以下
      .addLimits(limit(Quantity.FORMALDEHYDE, null, "0.1", Judgement.PER_READING, null, null, BUILDING_ORDER))
      .build();

  /**
   * 学校環境衛生基準 (school environmental hygiene standard, MEXT notice 平成21年文部科学省告示第60号
   * under the School Health and Safety Act), 第1 教室等の環境: temperature 18–28 °C from 2022-04-01
   * (令和4年一部改正), 17–28 °C from 2018-04-01 to 2022-03-31 (平成30年文部科学省告示第60号; the
   * seasonal rule before 2018 is not modelled), relative humidity 30–80 %, CO2 ≤ 1500 ppm (換気の基準).
   * The notice states them as desirable values (望ましい); each reading is judged.
   */
  public static final EnvironmentalStandard SCHOOL = EnvironmentalStandard.builder()
      .id("school")
      .japaneseName("学校環境衛生基準")
      .englishName("School environmental hygiene standard (MEXT notice)")
      // 温度 17℃以上、28℃以下であることが望ましい（平成30年4月1日から令和4年3月31日まで）
      .addLimits(limit(Quantity.AIR_TEMPERATURE, "17", "28", Judgement.PER_READING, LocalDate.of(2018, 4, 1),
          LocalDate.of(2022, 4, 1), SCHOOL_NOTICE + "（平成30年文部科学省告示第60号による改正、平成30年4月1日施行）"))
      // 温度 18℃以上、28℃以下であることが望ましい（令和4年4月1日から）
      .addLimits(limit(Quantity.AIR_TEMPERATURE, "18", "28", Judgement.PER_READING, LocalDate.of(2022, 4, 1), null,
          SCHOOL_NOTICE + "（令和4年一部改正、令和4年4月1日施行）"))
      // 相対湿度 30%以上、80%以下であることが望ましい
      .addLimits(limit(Quantity.RELATIVE_HUMIDITY, "30", "80", Judgement.PER_READING, null, null, SCHOOL_NOTICE))
      // 二酸化炭素 1500ppm以下であることが望ましい
      .addLimits(limit(Quantity.CO2, null, "1500", Judgement.PER_READING, null, null, SCHOOL_NOTICE))
      .build();

  private Standards() {}

  private static Limit limit(Quantity q, String lower, String upper, Judgement j, LocalDate from, LocalDate until,
      String source) {
    Limit.Builder b = Limit.builder();
    b.quantity(q).judgement(j).source(source);
    if (lower != null) {
      b.lower(new BigDecimal(lower));
    }
    if (upper != null) {
      b.upper(new BigDecimal(upper));
    }
    if (from != null) {
      b.effectiveFrom(from);
    }
    if (until != null) {
      b.effectiveUntil(until);
    }
    return b.build();
  }
}
