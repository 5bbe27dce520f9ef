package org.municipaldx.regulation.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * One transition of the review workflow, as recorded: from which state to which, on which date, by
 * whom, with a note, and the data the target state needs.
 *
 * <p>What each target state needs (and nothing else may be given):
 * <ul>
 *   <li>{@link ReviewState#ASSESSED}: a {@link #verdict()};
 *   <li>{@link ReviewState#POLICY_DECIDED}: a {@link #policy()}, and a {@link #reason()} when the
 *       policy is {@link ReviewPolicy#NO_REVISION_NEEDED};
 *   <li>{@link ReviewState#REVISED}: the {@link #amendingInstrument()} and its
 *       {@link #effectiveDate()};
 *   <li>the others: none of these.
 * </ul>
 * A step is checked on its own when built; whether it may follow the steps before it is checked by
 * {@link ReviewHistory}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewStep.class)
@JsonDeserialize(as = ImmutableReviewStep.class)
public abstract class ReviewStep {
  ReviewStep() {}

  /** {@return the state before the step, never null} */
  @NotNull
  public abstract ReviewState from();

  /** {@return the state after the step, never null} */
  @NotNull
  public abstract ReviewState to();

  /** {@return the date of the step, never null} */
  @NotNull
  public abstract LocalDate on();

  /** {@return who made the step (a person or a section), never blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String by();

  /** {@return a free-text note, if any} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> note();

  /** {@return the verdict of 該非判断, for a step to {@link ReviewState#ASSESSED}} */
  public abstract Optional<AssessmentVerdict> verdict();

  /** {@return the policy, for a step to {@link ReviewState#POLICY_DECIDED}} */
  public abstract Optional<ReviewPolicy> policy();

  /** {@return why no revision is needed, for {@link ReviewPolicy#NO_REVISION_NEEDED}} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> reason();

  /** {@return the amending instrument, e.g. 郡山市火災予防条例の一部を改正する条例, for {@link ReviewState#REVISED}} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> amendingInstrument();

  /** {@return the date the amendment takes effect, for {@link ReviewState#REVISED}} */
  public abstract Optional<LocalDate> effectiveDate();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    String t = "ReviewStep";
    Checks.notBlank(by(), t, "by");
    note().ifPresent(n -> Checks.notBlank(n, t, "note"));
    ReviewState to = to();
    Checks.check(verdict().isPresent() == (to == ReviewState.ASSESSED), t, "verdict", verdict().orElse(null),
        to == ReviewState.ASSESSED ? "a step to " + to + " needs a verdict" : "only a step to ASSESSED has a verdict (this one is to " + to + ")");
    Checks.check(policy().isPresent() == (to == ReviewState.POLICY_DECIDED), t, "policy", policy().orElse(null),
        to == ReviewState.POLICY_DECIDED ? "a step to " + to + " needs a policy" : "only a step to POLICY_DECIDED has a policy (this one is to " + to + ")");
    boolean needsReason = policy().orElse(null) == ReviewPolicy.NO_REVISION_NEEDED;
    reason().ifPresent(r -> Checks.notBlank(r, t, "reason"));
    Checks.check(reason().isPresent() == needsReason, t, "reason", reason().orElse(null),
        needsReason ? "a policy of NO_REVISION_NEEDED (見直し不要) needs a reason" : "only a policy of NO_REVISION_NEEDED has a reason");
    boolean revised = to == ReviewState.REVISED;
    amendingInstrument().ifPresent(a -> Checks.notBlank(a, t, "amendingInstrument"));
    Checks.check(amendingInstrument().isPresent() == revised, t, "amendingInstrument", amendingInstrument().orElse(null),
        revised ? "a step to REVISED needs the amending instrument" : "only a step to REVISED has an amending instrument");
    Checks.check(effectiveDate().isPresent() == revised, t, "effectiveDate", effectiveDate().orElse(null),
        revised ? "a step to REVISED needs the effective date" : "only a step to REVISED has an effective date");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code ReviewStep}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewStep}. */
  public static class Builder extends ImmutableReviewStep.Builder {}
}
