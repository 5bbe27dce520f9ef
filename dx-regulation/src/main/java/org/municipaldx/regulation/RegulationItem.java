package org.municipaldx.regulation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.Ids;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;
import org.municipaldx.regulation.law.NationalLawReference;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.regulation.review.ReviewState;
import org.municipaldx.regulation.review.ReviewStep;

/**
 * One analog regulation under review: a provision, its quoted text, its types (one or more: a
 * fire-equipment inspection is 目視 + 実地監査 + 定期検査・点検), sub-types, current and target
 * PHASE, the responsible department, the technologies that could substitute, optional links to an
 * IoT monitoring setup (by id, as dx-iot names it) or a savings estimate, and its review history.
 *
 * <p>Rules checked when built: at least one type; every sub-type belongs to one of the types; the
 * target PHASE is not below the current one; ids follow {@link Ids#RECORD_ID_PATTERN} and
 * {@link Ids#MODEL_ID_PATTERN}. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegulationItem.class)
@JsonDeserialize(as = ImmutableRegulationItem.class)
public abstract class RegulationItem {
  RegulationItem() {}

  /** {@return the item's stable id within the inventory, e.g. {@code fire-044-1}} */
  @NotNull
  @Pattern(regexp = Ids.RECORD_ID_PATTERN, message = "{org.municipaldx.RecordId.message}")
  public abstract String id();

  /** {@return the provision, never null} */
  @NotNull
  @Valid
  public abstract Provision provision();

  /** {@return the provision's text as quoted in the inventory, never blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String quotedText();

  /** {@return the regulation types, at least one, in declaration order} */
  @NotEmpty
  public abstract Set<RegulationType> types();

  /** {@return the sub-types (類型), each of one of {@link #types()}} */
  public abstract Set<RegulationSubType> subTypes();

  /** {@return the current PHASE, {@link Phase#PHASE_1} unless stated} */
  @Value.Default
  public Phase currentPhase() {
    return Phase.PHASE_1;
  }

  /** {@return the PHASE the review aims at, if set} */
  public abstract Optional<Phase> targetPhase();

  /** {@return the id of the responsible department ({@link Department#id()}), never null} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String departmentId();

  /** {@return the technologies that could substitute for the analog method} */
  public abstract Set<TechnologySubstitute> substitutes();

  /** {@return national laws the provision implements or mirrors} */
  public abstract List<@Valid NationalLawReference> nationalLaws();

  /** {@return the id of a dx-iot monitoring setup that substitutes for the regulation, if any} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> iotMonitoringSetupId();

  /** {@return the expected saving of revising the regulation, if estimated} */
  public abstract Optional<SavingsEstimate> savingsEstimate();

  /** {@return the date by which the review should be complete, if set} */
  public abstract Optional<LocalDate> targetDate();

  /** {@return the review history, never null (no steps: just identified)} */
  @Value.Default
  @Valid
  public ReviewHistory review() {
    return ReviewHistory.identified(null);
  }

  /** {@return the current review state} */
  @JsonIgnore
  public ReviewState state() {
    return review().state();
  }

  /**
   * {@return a copy of this item with the step appended to its history, never null}
   *
   * @param step  the next review step, not null
   * @throws org.municipaldx.regulation.review.IllegalTransitionException if the step may not follow
   */
  public RegulationItem then(ReviewStep step) {
    return withReview(review().then(step));
  }

  /**
   * {@return a copy of this item with that history, never null}
   *
   * @param review  the new review history, not null
   */
  public RegulationItem withReview(ReviewHistory review) {
    return builder()
        .id(id())
        .provision(provision())
        .quotedText(quotedText())
        .addAllTypes(types())
        .addAllSubTypes(subTypes())
        .currentPhase(currentPhase())
        .targetPhase(targetPhase())
        .departmentId(departmentId())
        .addAllSubstitutes(substitutes())
        .addAllNationalLaws(nationalLaws())
        .iotMonitoringSetupId(iotMonitoringSetupId())
        .savingsEstimate(savingsEstimate())
        .targetDate(targetDate())
        .review(review)
        .build();
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
    String t = "RegulationItem";
    Checks.check(Ids.isRecordId(id()), t, "id", id(), "must match " + Ids.RECORD_ID_PATTERN);
    Checks.notBlank(quotedText(), t, "quotedText");
    Checks.check(!types().isEmpty(), t, "types", types(), "must have at least one type");
    for (RegulationSubType s : subTypes()) {
      Checks.check(types().contains(s.type()), t, "subTypes", s,
          "a sub-type must belong to one of the item's types " + types());
    }
    targetPhase().ifPresent(p -> Checks.check(p.compareTo(currentPhase()) >= 0, t, "targetPhase", p,
        "must not be below the current PHASE " + currentPhase()));
    Checks.check(Ids.isModelId(departmentId()), t, "departmentId", departmentId(),
        "must match " + Ids.MODEL_ID_PATTERN);
    iotMonitoringSetupId().ifPresent(s -> Checks.notBlank(s, t, "iotMonitoringSetupId"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code RegulationItem}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegulationItem}. */
  public static class Builder extends ImmutableRegulationItem.Builder {}
}
