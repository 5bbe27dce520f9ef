package org.municipaldx.regulation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a PHASE means for a regulation type, in the Digital Agency's published wording where this
 * model carries it, or the explicit statement that it does not ({@link #NO_PUBLISHED_WORDING}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhaseMeaning {
  /** What {@link #describe()} says where the model carries no published wording. */
  public static final String NO_PUBLISHED_WORDING = "no published wording in this model";

  private final RegulationType type;
  private final Phase phase;
  private final String japanese;
  private final String english;

  PhaseMeaning(RegulationType type, Phase phase, String japanese, String english) {
    this.type = Objects.requireNonNull(type, "type");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.japanese = japanese;
    this.english = english;
  }

  /** {@return the regulation type, never null} */
  public RegulationType type() {
    return type;
  }

  /** {@return the PHASE, never null} */
  public Phase phase() {
    return phase;
  }

  /** {@return whether the model carries published wording for this type and PHASE} */
  public boolean isPublished() {
    return japanese != null;
  }

  /** {@return the published wording in Japanese, if the model carries it} */
  public Optional<String> japaneseWording() {
    return Optional.ofNullable(japanese);
  }

  /** {@return an English rendering of the published wording, if the model carries it} */
  public Optional<String> englishWording() {
    return Optional.ofNullable(english);
  }

  /** {@return the English wording, or {@link #NO_PUBLISHED_WORDING}} */
  public String describe() {
    return english != null ? english : NO_PUBLISHED_WORDING;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PhaseMeaning)) {
      return false;
    }
    PhaseMeaning m = (PhaseMeaning) o;
    return type == m.type && phase == m.phase && Objects.equals(japanese, m.japanese) && Objects.equals(english, m.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, phase, japanese, english);
  }

  /** {@return e.g. {@code 目視 PHASE2: 情報収集の遠隔化、人による評価}} */
  @Override
  public String toString() {
    return type.japaneseName() + " " + phase.japaneseName() + ": " + (japanese != null ? japanese : NO_PUBLISHED_WORDING);
  }
}
