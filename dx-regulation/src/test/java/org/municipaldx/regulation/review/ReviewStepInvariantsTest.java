package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * Each rule of {@link ReviewStep}'s check: what each target state needs and nothing else may be
 * given, texts not blank; each error names the field and states the rule (issue 13 part 4).
 */
class ReviewStepInvariantsTest {
  private static final LocalDate D = LocalDate.of(2023, 4, 10);

  private static ReviewStep.Builder step(ReviewState from, ReviewState to) {
    return ReviewStep.builder().from(from).to(to).on(D).by("x");
  }

  private static InvalidValueException rejected(ReviewStep.Builder b) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.type()).isEqualTo("ReviewStep");
    return e;
  }

  @Test
  void onlyAStepToAssessedHasAVerdict() {
    InvalidValueException e = rejected(step(ReviewState.ASSESSED, ReviewState.CLASSIFIED)
        .verdict(AssessmentVerdict.ANALOG_REGULATION));
    assertThat(e.field()).isEqualTo("verdict");
    assertThat(e.rule()).isEqualTo("only a step to ASSESSED has a verdict (this one is to CLASSIFIED)");
    assertThat(step(ReviewState.IDENTIFIED, ReviewState.ASSESSED).verdict(AssessmentVerdict.ANALOG_REGULATION).build()
        .verdict()).contains(AssessmentVerdict.ANALOG_REGULATION);
  }

  @Test
  void aStepToPolicyDecidedNeedsAPolicyAndNoOtherStepHasOne() {
    InvalidValueException needs = rejected(step(ReviewState.CLASSIFIED, ReviewState.POLICY_DECIDED));
    assertThat(needs.field()).isEqualTo("policy");
    assertThat(needs.rule()).isEqualTo("a step to POLICY_DECIDED needs a policy");
    InvalidValueException only = rejected(step(ReviewState.REVISED, ReviewState.FOLLOWED_UP).policy(ReviewPolicy.REVISE));
    assertThat(only.field()).isEqualTo("policy");
    assertThat(only.rule()).isEqualTo("only a step to POLICY_DECIDED has a policy (this one is to FOLLOWED_UP)");
  }

  @Test
  void onlyNoRevisionNeededHasAReasonAndItIsNotBlank() {
    InvalidValueException only = rejected(step(ReviewState.CLASSIFIED, ReviewState.POLICY_DECIDED)
        .policy(ReviewPolicy.REVISE).reason("because"));
    assertThat(only.field()).isEqualTo("reason");
    assertThat(only.rule()).isEqualTo("only a policy of NO_REVISION_NEEDED has a reason");
    InvalidValueException blank = rejected(step(ReviewState.CLASSIFIED, ReviewState.POLICY_DECIDED)
        .policy(ReviewPolicy.NO_REVISION_NEEDED).reason(" "));
    assertThat(blank.field()).isEqualTo("reason");
    assertThat(blank.rule()).isEqualTo("must not be blank");
    assertThat(step(ReviewState.CLASSIFIED, ReviewState.POLICY_DECIDED).policy(ReviewPolicy.NO_REVISION_NEEDED)
        .reason("法令で義務付け").build().reason()).contains("法令で義務付け");
  }

  @Test
  void aStepToRevisedNeedsTheAmendingInstrumentAndOnlyItHasOne() {
    InvalidValueException needs = rejected(step(ReviewState.POLICY_DECIDED, ReviewState.REVISED).effectiveDate(D));
    assertThat(needs.field()).isEqualTo("amendingInstrument");
    assertThat(needs.rule()).isEqualTo("a step to REVISED needs the amending instrument");
    InvalidValueException only = rejected(step(ReviewState.REVISED, ReviewState.FOLLOWED_UP).amendingInstrument("改正条例"));
    assertThat(only.field()).isEqualTo("amendingInstrument");
    assertThat(only.rule()).isEqualTo("only a step to REVISED has an amending instrument");
    InvalidValueException blank = rejected(step(ReviewState.POLICY_DECIDED, ReviewState.REVISED)
        .amendingInstrument("\u3000").effectiveDate(D));
    assertThat(blank.field()).isEqualTo("amendingInstrument");
    assertThat(blank.rule()).isEqualTo("must not be blank");
  }

  @Test
  void onlyAStepToRevisedHasAnEffectiveDate() {
    InvalidValueException only = rejected(step(ReviewState.REVISED, ReviewState.FOLLOWED_UP).effectiveDate(D));
    assertThat(only.field()).isEqualTo("effectiveDate");
    assertThat(only.rule()).isEqualTo("only a step to REVISED has an effective date");
  }

  @Test
  void aNoteIsNotBlankWhenPresent() {
    InvalidValueException e = rejected(step(ReviewState.ASSESSED, ReviewState.CLASSIFIED).note(" "));
    assertThat(e.field()).isEqualTo("note");
    assertThat(e.rule()).isEqualTo("must not be blank");
    assertThat(step(ReviewState.ASSESSED, ReviewState.CLASSIFIED).note("n").build().note()).contains("n");
  }
}
