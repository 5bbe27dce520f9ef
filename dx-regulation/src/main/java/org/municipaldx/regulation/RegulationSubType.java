package org.municipaldx.regulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * A sub-type (類型) of a regulation type: the purpose of the regulation within its type.
 *
 * <p>The constants are the 類型 the Digital Agency's 「地方公共団体におけるアナログ規制の
 * 点検・見直しマニュアル」 (2022-11) defines, as municipalities relay them (e.g. 宇土市,
 * https://www.city.uto.lg.jp/article/view/1139/11670.html): 目視 — 検査・点検 (judging against a
 * standard), 調査 (clarifying facts and trends), 巡視・見張り (watching over a period); 定期検査・点検 —
 * 第三者検査・自主検査 (judging at intervals), 調査・測定 (surveying and measuring at intervals);
 * 常駐・専任 — 常駐, 専任. The set is open: {@link #of(RegulationType, String)} makes any other.
 *
 * <p>{@link #toString()} prints {@code 目視:調査} and {@link #parse} reads it back (the type in any
 * form {@link RegulationType#parse} accepts). This class is immutable and thread-safe.
 */
public final class RegulationSubType implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 目視 — 検査・点検. */
  public static final RegulationSubType VISUAL_INSPECTION_CHECK = new RegulationSubType(RegulationType.VISUAL_INSPECTION, "検査・点検");
  /** 目視 — 調査. */
  public static final RegulationSubType VISUAL_INSPECTION_SURVEY = new RegulationSubType(RegulationType.VISUAL_INSPECTION, "調査");
  /** 目視 — 巡視・見張り. */
  public static final RegulationSubType VISUAL_INSPECTION_PATROL = new RegulationSubType(RegulationType.VISUAL_INSPECTION, "巡視・見張り");
  /** 定期検査・点検 — 第三者検査・自主検査 (judgement by inspection). */
  public static final RegulationSubType PERIODIC_INSPECTION_JUDGEMENT = new RegulationSubType(RegulationType.PERIODIC_INSPECTION, "第三者検査・自主検査");
  /** 定期検査・点検 — 調査・測定 (survey and measurement). */
  public static final RegulationSubType PERIODIC_INSPECTION_MEASUREMENT = new RegulationSubType(RegulationType.PERIODIC_INSPECTION, "調査・測定");
  /** 常駐・専任 — 常駐. */
  public static final RegulationSubType RESIDENT = new RegulationSubType(RegulationType.RESIDENT_OR_DEDICATED, "常駐");
  /** 常駐・専任 — 専任. */
  public static final RegulationSubType DEDICATED = new RegulationSubType(RegulationType.RESIDENT_OR_DEDICATED, "専任");

  private static final List<RegulationSubType> DEFINED = List.of(
      VISUAL_INSPECTION_CHECK, VISUAL_INSPECTION_SURVEY, VISUAL_INSPECTION_PATROL,
      PERIODIC_INSPECTION_JUDGEMENT, PERIODIC_INSPECTION_MEASUREMENT, RESIDENT, DEDICATED);

  /** The value of {@link #type()}. */
  private final RegulationType type;
  /** The value of {@link #name()}. */
  private final String name;

  private RegulationSubType(RegulationType type, String name) {
    this.type = type;
    this.name = name;
  }

  /**
   * {@return the sub-type (the defined constant if the name is one of the type's), never null}
   *
   * @param type  the type, not null
   * @param name  the sub-type's name, not blank, without {@code :}
   * @throws IllegalArgumentException if the name is blank or contains {@code :}
   */
  public static RegulationSubType of(RegulationType type, String name) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    String n = Text.nfkc(name).strip();
    if (n.isEmpty() || n.contains(":") || n.contains("|") || n.contains(";")) {
      throw Checks.invalid("RegulationSubType", "name", name, "must not be blank nor contain ':', '|' or ';'");
    }
    for (RegulationSubType d : DEFINED) {
      if (d.type == type && Text.nfkc(d.name).equals(n)) {
        return d;
      }
    }
    return new RegulationSubType(type, n);
  }

  /**
   * {@return the sub-type, never null}
   *
   * @param text  {@code <type>:<name>}, e.g. {@code 目視:調査}, not null
   * @throws IllegalArgumentException naming the text and the rule
   */
  @JsonCreator
  public static RegulationSubType parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw Checks.invalid("RegulationSubType", "", text, "expected <type>:<name>, e.g. 目視:調査");
    }
    try {
      return of(RegulationType.parse(s.substring(0, colon)), s.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("RegulationSubType", "", text, e.getMessage(), e);
    }
  }

  /**
   * {@return the sub-types the manual defines for that type (empty where it defines none), never
   * null}
   *
   * @param type  the type, not null
   */
  public static List<RegulationSubType> defined(RegulationType type) {
    return DEFINED.stream().filter(d -> d.type == type).collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether this is one of the sub-types the manual defines} */
  public boolean isDefined() {
    return DEFINED.contains(this);
  }

  /** {@return the type this is a sub-type of, never null} */
  public RegulationType type() {
    return type;
  }

  /** {@return the name, e.g. 調査, never null} */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegulationSubType && ((RegulationSubType) o).type == type && ((RegulationSubType) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + name.hashCode();
  }

  /** {@return e.g. {@code 目視:調査}} */
  @JsonValue
  @Override
  public String toString() {
    return type.japaneseName() + ":" + name;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a blank name or a missing type (and resolves to the defined constant) is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(type, name));
  }
}
