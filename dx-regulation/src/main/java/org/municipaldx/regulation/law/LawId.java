package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * The e-Gov law ID of a national law (法令ID), e.g. {@code 322AC0000000067} for 地方自治法
 * (昭和二十二年法律第六十七号).
 *
 * <p>Shape, per e-Gov's 「法令ID命名規約」 (https://laws.e-gov.go.jp/file/LawIdNamingConvention.pdf;
 * see {@link LawIdType} for the sources): one era digit (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和), two
 * digits of the era year (01 for 元年), then by type
 * <ul>
 *   <li>{@code CONSTITUTION};
 *   <li>{@code AC}, {@code CO}, {@code IO}, {@code DF}, {@code DT} or {@code DH}, seven category
 *       digits and a three-digit number ({@code 322AC0000000067});
 *   <li>{@code M} (府省令) or {@code R} (規則), eight hexadecimal digits naming the issuing bodies and a
 *       three-digit number ({@code 427M60001080001});
 *   <li>{@code RJNJ} and eight digits (人事院規則 nine-twenty-four: {@code 333RJNJ09024000});
 *   <li>{@code RPMD}, four hexadecimal digits (month and day) and four digits.
 * </ul>
 * Only the shape is checked: whether such a law exists is for e-Gov to say. Letters are folded to
 * upper case and full-width characters to half-width. {@link #toString()} and {@link #parse} are a
 * round trip; JSON is the ID string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LawId implements Comparable<LawId>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final String HEAD = "(?<era>[1-5])(?<year>\\d{2})";
  private static final Map<LawIdType, Pattern> SHAPES = new LinkedHashMap<>();

  static {
    SHAPES.put(LawIdType.CONSTITUTION, Pattern.compile(HEAD + "CONSTITUTION"));
    SHAPES.put(LawIdType.ACT, Pattern.compile(HEAD + "AC\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.CABINET_ORDER, Pattern.compile(HEAD + "CO\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.IMPERIAL_ORDER, Pattern.compile(HEAD + "IO\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.DAJOKAN_FUKOKU, Pattern.compile(HEAD + "DF\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.DAJOKAN_TASSHI, Pattern.compile(HEAD + "DT\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.DAJOKAN_FUTATSU, Pattern.compile(HEAD + "DH\\d{7}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.MINISTERIAL_ORDINANCE, Pattern.compile(HEAD + "M[0-9A-F]{8}(?<num>\\d{3})"));
    SHAPES.put(LawIdType.NATIONAL_PERSONNEL_AUTHORITY_RULE, Pattern.compile(HEAD + "RJNJ\\d{8}"));
    SHAPES.put(LawIdType.PRIME_MINISTER_DECISION, Pattern.compile(HEAD + "RPMD[0-9A-F]{4}\\d{4}"));
    SHAPES.put(LawIdType.RULE, Pattern.compile(HEAD + "R[0-9A-F]{8}(?<num>\\d{3})"));
  }

  private static final String[] ERAS = {"", "明治", "大正", "昭和", "平成", "令和"};

  /** The law ID as e-Gov writes it ({@link #toString()}). */
  private final String id;

  private LawId(String id) {
    this.id = id;
  }

  /**
   * Parses an e-Gov law ID.
   *
   * @param text  the ID, not null
   * @return the law ID, never null
   * @throws IllegalArgumentException naming the text and the expected shape
   */
  @JsonCreator
  public static LawId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip().toUpperCase(Locale.ROOT);
    for (Map.Entry<LawIdType, Pattern> e : SHAPES.entrySet()) {
      Matcher m = e.getValue().matcher(s);
      if (m.matches()) {
        if (Integer.parseInt(m.group("year")) < 1) {
          throw Checks.invalid("LawId", "", text,
              "the era year (characters 2-3) must be 01 or more (was '" + m.group("year") + "')");
        }
        return new LawId(s);
      }
    }
    throw Checks.invalid("LawId", "", text, "is not an e-Gov law ID: expected an era digit 1-5,"
        + " a two-digit era year and a type code with its digits, e.g. 322AC0000000067 (法律),"
        + " 415CO0000000263 (政令), 427M60001080001 (府省令)");
  }

  /**
   * {@return whether {@link #parse} accepts it}
   *
   * @param text  a candidate ID, not null
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Issuer flags of the {@code M6} period (from 2001-01-06) that are commissions, not ministries:
   * flags 18 to 26 (特定個人情報保護委員会 (now 個人情報保護委員会), 運輸安全委員会, 原子力規制委員会,
   * 中央労働委員会, 公正取引委員会, 国家公安委員会, 公害等調整委員会, 公安審査委員会, カジノ管理委員会). Source: e-Gov
   * 「法令ID命名規約」 p. 9 (https://laws.e-gov.go.jp/file/LawIdNamingConvention.pdf): the seven
   * hexadecimal digits after {@code M6} are a bit set, flag n being bit n-1.
   */
  private static final int M6_COMMISSION_FLAGS = (1 << 26) - (1 << 17);

  /**
   * The kind of law. An {@code M} ID of the {@code M6} period whose issuers are all commissions is a
   * {@link LawIdType#COMMISSION_RULE} ({@code 428M60020000006}, 個人情報保護委員会規則); any other
   * {@code M} ID is a {@link LawIdType#MINISTERIAL_ORDINANCE}.
   *
   * @return the kind of law, never null
   */
  public LawIdType type() {
    for (Map.Entry<LawIdType, Pattern> e : SHAPES.entrySet()) {
      if (e.getValue().matcher(id).matches()) {
        if (e.getKey() == LawIdType.MINISTERIAL_ORDINANCE && id.charAt(4) == '6') {
          int flags = Integer.parseInt(id.substring(5, 12), 16);
          if (flags != 0 && (flags & ~M6_COMMISSION_FLAGS) == 0) {
            return LawIdType.COMMISSION_RULE;
          }
        }
        return e.getKey();
      }
    }
    throw new IllegalStateException("LawId '" + id + "' matches no shape");
  }

  /** {@return the era's Japanese name, e.g. 昭和} */
  public String eraJapaneseName() {
    return ERAS[id.charAt(0) - '0'];
  }

  /** {@return the era year, e.g. 22 for {@code 322AC0000000067}} */
  public int eraYear() {
    return Integer.parseInt(id.substring(1, 3));
  }

  /** {@return the law's number within its year and type (第六十七号 is 67), or 0 where the type has none} */
  public int number() {
    LawIdType t = type();
    Matcher m = SHAPES.get(t == LawIdType.COMMISSION_RULE ? LawIdType.MINISTERIAL_ORDINANCE : t).matcher(id);
    if (!m.matches() || t == LawIdType.CONSTITUTION || t == LawIdType.NATIONAL_PERSONNEL_AUTHORITY_RULE
        || t == LawIdType.PRIME_MINISTER_DECISION) {
      return 0;
    }
    return Integer.parseInt(m.group("num"));
  }

  @Override
  public int compareTo(LawId o) {
    return id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LawId && ((LawId) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@return the ID, e.g. {@code 322AC0000000067}} */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * an id of no known shape is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> parse(id));
  }
}
