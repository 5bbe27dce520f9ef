package org.municipaldx.regulation.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review history of one item: every step since it was identified, in order. The current state
 * is what the steps lead to (an item with no steps is {@link ReviewState#IDENTIFIED}), so replaying
 * a history always reproduces its state; a history whose steps do not follow the
 * {@link ReviewWorkflow} cannot be built. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewHistory.class)
@JsonDeserialize(as = ImmutableReviewHistory.class)
public abstract class ReviewHistory {
  ReviewHistory() {}

  /** {@return the date the item was identified (洗い出し), if recorded} */
  public abstract Optional<LocalDate> identifiedOn();

  /** {@return the steps, oldest first, never null} */
  public abstract List<@Valid ReviewStep> steps();

  /** {@return the current state} */
  @JsonIgnore
  public ReviewState state() {
    return steps().isEmpty() ? ReviewState.IDENTIFIED : steps().get(steps().size() - 1).to();
  }

  /** {@return the latest verdict of 該非判断, if assessed} */
  @JsonIgnore
  public Optional<AssessmentVerdict> verdict() {
    for (int i = steps().size() - 1; i >= 0; i--) {
      if (steps().get(i).verdict().isPresent()) {
        return steps().get(i).verdict();
      }
    }
    return Optional.empty();
  }

  /** {@return the latest review policy, if decided} */
  @JsonIgnore
  public Optional<ReviewPolicy> policy() {
    for (int i = steps().size() - 1; i >= 0; i--) {
      if (steps().get(i).policy().isPresent()) {
        return steps().get(i).policy();
      }
    }
    return Optional.empty();
  }

  /** {@return the date of the latest step, or the identification date, if any} */
  @JsonIgnore
  public Optional<LocalDate> lastDate() {
    return steps().isEmpty() ? identifiedOn() : Optional.of(steps().get(steps().size() - 1).on());
  }

  /** {@return whether no step may leave the current state} */
  @JsonIgnore
  public boolean isClosed() {
    return ReviewWorkflow.allowedTargets(this).isEmpty();
  }

  /**
   * {@return a history with the step appended, never null}
   *
   * @param step  the next step, not null
   * @throws IllegalTransitionException if the step may not follow (this history is unchanged)
   */
  public ReviewHistory then(ReviewStep step) {
    ReviewWorkflow.check(state(), verdict().orElse(null), policy().orElse(null), lastDate().orElse(null), step, "");
    return builder().identifiedOn(identifiedOn()).addAllSteps(steps()).addSteps(step).build();
  }

  /**
   * The history as it stood at the end of a day.
   *
   * @param date  the day, not null
   * @return the history of the steps on or before the date, or empty if the item was identified later
   */
  public Optional<ReviewHistory> asOf(LocalDate date) {
    if (identifiedOn().isPresent() && identifiedOn().get().isAfter(date)) {
      return Optional.empty();
    }
    Builder b = builder().identifiedOn(identifiedOn());
    for (ReviewStep s : steps()) {
      if (s.on().isAfter(date)) {
        break;
      }
      b.addSteps(s);
    }
    return Optional.of(b.build());
  }

  /**
   * Replays steps from the start.
   *
   * @param identifiedOn  the identification date, or null if unknown
   * @param steps  the steps, oldest first, not null
   * @return the history, never null
   * @throws IllegalTransitionException naming the first step that does not follow, with its index
   */
  public static ReviewHistory replay(LocalDate identifiedOn, List<ReviewStep> steps) {
    return builder().identifiedOn(Optional.ofNullable(identifiedOn)).addAllSteps(steps).build();
  }

  /**
   * {@return a history of an item just identified, with no steps}
   *
   * @param on  the identification date, or null if unknown
   */
  public static ReviewHistory identified(LocalDate on) {
    return builder().identifiedOn(Optional.ofNullable(on)).build();
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
    ReviewState state = ReviewState.IDENTIFIED;
    AssessmentVerdict verdict = null;
    ReviewPolicy policy = null;
    LocalDate last = identifiedOn().orElse(null);
    for (int i = 0; i < steps().size(); i++) {
      ReviewStep step = steps().get(i);
      ReviewWorkflow.check(state, verdict, policy, last, step, "ReviewHistory.steps[" + i + "]: ");
      state = step.to();
      verdict = step.verdict().orElse(verdict);
      policy = step.policy().orElse(policy);
      last = step.on();
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code ReviewHistory}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewHistory}. */
  public static class Builder extends ImmutableReviewHistory.Builder {}
}
