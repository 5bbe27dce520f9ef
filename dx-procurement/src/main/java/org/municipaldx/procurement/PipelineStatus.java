package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * The digital state of each of the seven pipeline stages (設計▶積算▶起工▶契約▶監督▶完了検査▶支払)
 * for one subject: a municipality, a department or a single project.
 *
 * <p>The seed's goal is 一気通貫のデジタル化 (end-to-end digitalisation) by removing the bottleneck;
 * {@link #bottleneck()} is the first stage in pipeline order that is not fully digital.
 * Every stage must have a state. Immutable and thread-safe; build with {@link #builder()} or
 * {@link #of}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineStatus.class)
@JsonDeserialize(as = ImmutablePipelineStatus.class)
public abstract class PipelineStatus {
  /**
   * The number of {@link PipelineStage}s, for the constraint on {@link #states()} (an annotation takes a constant):
   * a map with this many keys, all stages, is total, which the JSON Schema states too ({@code minProperties} with
   * the stages' names as the only keys). Checked against the enum when the class is loaded.
   */
  private static final int STAGES = 7;

  static {
    if (PipelineStage.values().length != STAGES) {
      throw new AssertionError("PipelineStatus.STAGES is " + STAGES + ", PipelineStage has " + PipelineStage.values().length);
    }
  }

  PipelineStatus() {}

  /** {@return what the states describe, e.g. 郡山市 or a project name; not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String subject();

  /** {@return the date the states were assessed, if stated} */
  public abstract Optional<LocalDate> asOf();

  /** {@return the state of every stage, all seven present, never null} */
  @NotNull
  @Size(min = STAGES, max = STAGES, message = "{org.municipaldx.Stages.message}")
  public abstract Map<PipelineStage, DigitalState> states();

  /**
   * {@return its digital state, never null}
   *
   * @param stage  the stage, not null
   */
  public DigitalState state(PipelineStage stage) {
    return states().get(stage);
  }

  /** {@return the first stage in pipeline order that is not {@link DigitalState#DIGITAL}, or empty when all are} */
  public Optional<PipelineStage> bottleneck() {
    for (PipelineStage s : PipelineStage.values()) {
      if (states().get(s) != DigitalState.DIGITAL) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** {@return whether every stage is digital (一気通貫のデジタル化)} */
  public boolean endToEndDigital() {
    return bottleneck().isEmpty();
  }

  /** {@return the stages in order with their states, e.g. {@code 設計（デジタル）▶積算（紙）▶…}} */
  public String render() {
    StringJoiner j = new StringJoiner(PipelineStage.SEPARATOR);
    for (PipelineStage s : PipelineStage.values()) {
      j.add(s.japaneseName() + "（" + states().get(s).japaneseName() + "）");
    }
    return j.toString();
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(subject(), "PipelineStatus", "subject");
    for (PipelineStage s : PipelineStage.values()) {
      Checks.check(states().containsKey(s), "PipelineStatus", "states", states().keySet(),
          "must give a state for every stage; missing " + s + " (" + s.japaneseName() + ")");
    }
  }

  /**
   * {@return the status, never null}
   *
   * @param subject  what the states describe, not blank
   * @param states  the seven states in pipeline order (設計 first, 支払 last), not null
   * @throws IllegalArgumentException if there are not exactly seven states
   */
  public static PipelineStatus of(String subject, DigitalState... states) {
    PipelineStage[] stages = PipelineStage.values();
    Checks.check(states.length == stages.length, "PipelineStatus", "states", states.length,
        "must give exactly " + stages.length + " states in pipeline order");
    Map<PipelineStage, DigitalState> m = new EnumMap<>(PipelineStage.class);
    for (int i = 0; i < stages.length; i++) {
      m.put(stages[i], states[i]);
    }
    return builder().subject(subject).putAllStates(m).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code PipelineStatus}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PipelineStatus}. */
  public static class Builder extends ImmutablePipelineStatus.Builder {}
}
