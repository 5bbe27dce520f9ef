package org.municipaldx.core;

import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * The 47 prefectures with their two-digit codes (JIS X 0401, the first two digits of every
 * 全国地方公共団体コード) and Japanese and English names.
 */
public enum Prefecture {
  /** 北海道 (Hokkaido), code 01. */
  HOKKAIDO(1, "北海道", "Hokkaido"),
  /** 青森県 (Aomori), code 02. */
  AOMORI(2, "青森県", "Aomori"),
  /** 岩手県 (Iwate), code 03. */
  IWATE(3, "岩手県", "Iwate"),
  /** 宮城県 (Miyagi), code 04. */
  MIYAGI(4, "宮城県", "Miyagi"),
  /** 秋田県 (Akita), code 05. */
  AKITA(5, "秋田県", "Akita"),
  /** 山形県 (Yamagata), code 06. */
  YAMAGATA(6, "山形県", "Yamagata"),
  /** 福島県 (Fukushima), code 07. */
  FUKUSHIMA(7, "福島県", "Fukushima"),
  /** 茨城県 (Ibaraki), code 08. */
  IBARAKI(8, "茨城県", "Ibaraki"),
  /** 栃木県 (Tochigi), code 09. */
  TOCHIGI(9, "栃木県", "Tochigi"),
  /** 群馬県 (Gunma), code 10. */
  GUNMA(10, "群馬県", "Gunma"),
  /** 埼玉県 (Saitama), code 11. */
  SAITAMA(11, "埼玉県", "Saitama"),
  /** 千葉県 (Chiba), code 12. */
  CHIBA(12, "千葉県", "Chiba"),
  /** 東京都 (Tokyo), code 13. */
  TOKYO(13, "東京都", "Tokyo"),
  /** 神奈川県 (Kanagawa), code 14. */
  KANAGAWA(14, "神奈川県", "Kanagawa"),
  /** 新潟県 (Niigata), code 15. */
  NIIGATA(15, "新潟県", "Niigata"),
  /** 富山県 (Toyama), code 16. */
  TOYAMA(16, "富山県", "Toyama"),
  /** 石川県 (Ishikawa), code 17. */
  ISHIKAWA(17, "石川県", "Ishikawa"),
  /** 福井県 (Fukui), code 18. */
  FUKUI(18, "福井県", "Fukui"),
  /** 山梨県 (Yamanashi), code 19. */
  YAMANASHI(19, "山梨県", "Yamanashi"),
  /** 長野県 (Nagano), code 20. */
  NAGANO(20, "長野県", "Nagano"),
  /** 岐阜県 (Gifu), code 21. */
  GIFU(21, "岐阜県", "Gifu"),
  /** 静岡県 (Shizuoka), code 22. */
  SHIZUOKA(22, "静岡県", "Shizuoka"),
  /** 愛知県 (Aichi), code 23. */
  AICHI(23, "愛知県", "Aichi"),
  /** 三重県 (Mie), code 24. */
  MIE(24, "三重県", "Mie"),
  /** 滋賀県 (Shiga), code 25. */
  SHIGA(25, "滋賀県", "Shiga"),
  /** 京都府 (Kyoto), code 26. */
  KYOTO(26, "京都府", "Kyoto"),
  /** 大阪府 (Osaka), code 27. */
  OSAKA(27, "大阪府", "Osaka"),
  /** 兵庫県 (Hyogo), code 28. */
  HYOGO(28, "兵庫県", "Hyogo"),
  /** 奈良県 (Nara), code 29. */
  NARA(29, "奈良県", "Nara"),
  /** 和歌山県 (Wakayama), code 30. */
  WAKAYAMA(30, "和歌山県", "Wakayama"),
  /** 鳥取県 (Tottori), code 31. */
  TOTTORI(31, "鳥取県", "Tottori"),
  /** 島根県 (Shimane), code 32. */
  SHIMANE(32, "島根県", "Shimane"),
  /** 岡山県 (Okayama), code 33. */
  OKAYAMA(33, "岡山県", "Okayama"),
  /** 広島県 (Hiroshima), code 34. */
  HIROSHIMA(34, "広島県", "Hiroshima"),
  /** 山口県 (Yamaguchi), code 35. */
  YAMAGUCHI(35, "山口県", "Yamaguchi"),
  /** 徳島県 (Tokushima), code 36. */
  TOKUSHIMA(36, "徳島県", "Tokushima"),
  /** 香川県 (Kagawa), code 37. */
  KAGAWA(37, "香川県", "Kagawa"),
  /** 愛媛県 (Ehime), code 38. */
  EHIME(38, "愛媛県", "Ehime"),
  /** 高知県 (Kochi), code 39. */
  KOCHI(39, "高知県", "Kochi"),
  /** 福岡県 (Fukuoka), code 40. */
  FUKUOKA(40, "福岡県", "Fukuoka"),
  /** 佐賀県 (Saga), code 41. */
  SAGA(41, "佐賀県", "Saga"),
  /** 長崎県 (Nagasaki), code 42. */
  NAGASAKI(42, "長崎県", "Nagasaki"),
  /** 熊本県 (Kumamoto), code 43. */
  KUMAMOTO(43, "熊本県", "Kumamoto"),
  /** 大分県 (Oita), code 44. */
  OITA(44, "大分県", "Oita"),
  /** 宮崎県 (Miyazaki), code 45. */
  MIYAZAKI(45, "宮崎県", "Miyazaki"),
  /** 鹿児島県 (Kagoshima), code 46. */
  KAGOSHIMA(46, "鹿児島県", "Kagoshima"),
  /** 沖縄県 (Okinawa), code 47. */
  OKINAWA(47, "沖縄県", "Okinawa");

  private final int code;
  private final String japaneseName;
  private final String englishName;

  Prefecture(int code, String japaneseName, String englishName) {
    this.code = code;
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /** {@return the JIS X 0401 code, 1 (北海道) to 47 (沖縄県)} */
  public int code() {
    return code;
  }

  /** {@return the name in Japanese, e.g. 福島県} */
  public String japaneseName() {
    return japaneseName;
  }

  /** {@return the name in English, e.g. Fukushima} */
  public String englishName() {
    return englishName;
  }

  /**
   * {@return the prefecture, never null}
   *
   * @param code  the JIS X 0401 code, 1 to 47
   * @throws IllegalArgumentException if no prefecture has that code
   */
  public static Prefecture ofCode(int code) {
    if (code < 1 || code > 47) {
      throw Checks.invalid("Prefecture", "code", code, "must be from 1 to 47");
    }
    return values()[code - 1];
  }

  /**
   * Parses a prefecture from its Japanese name (with or without 都/道/府/県), English name or
   * constant name.
   *
   * @param text  the name, not null
   * @return the prefecture, never null
   * @throws IllegalArgumentException if the text names no prefecture
   */
  public static Prefecture parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    for (Prefecture p : values()) {
      String shortJa = p == HOKKAIDO ? p.japaneseName : p.japaneseName.substring(0, p.japaneseName.length() - 1);
      if (p.japaneseName.equals(s) || shortJa.equals(s) || p.englishName.equalsIgnoreCase(s) || p.name().equalsIgnoreCase(s)) {
        return p;
      }
    }
    throw Checks.invalid("Prefecture", "", text, "unknown, expected a prefecture's name (福島県, 福島, Fukushima)");
  }
}
