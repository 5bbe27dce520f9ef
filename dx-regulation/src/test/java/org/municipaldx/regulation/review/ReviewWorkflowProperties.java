package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.regulation.RegulationTrials.API;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationTrials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.municipaldx.testsupport.TrialScale;

/**
 * Random walks over the workflow: candidate steps with random from/to states and data are offered
 * one after another; the history accepts some and rejects the rest.
 */
class ReviewWorkflowProperties {

  /**
   * The legal transitions, written out independently of {@link ReviewWorkflow}: "from→to" with the
   * condition on the latest verdict or policy.
   */
  private static boolean legal(ReviewState from, ReviewState to, AssessmentVerdict verdict, ReviewPolicy policy) {
    String t = from + "->" + to;
    switch (t) {
      case "IDENTIFIED->ASSESSED":
      case "CLASSIFIED->POLICY_DECIDED":
      case "REVISED->FOLLOWED_UP":
        return true;
      case "ASSESSED->CLASSIFIED":
        return verdict == AssessmentVerdict.ANALOG_REGULATION;
      case "POLICY_DECIDED->POLICY_DECIDED":
        return policy == ReviewPolicy.UNDER_CONSIDERATION;
      case "POLICY_DECIDED->REVISED":
        return policy == ReviewPolicy.REVISE;
      default:
        return false;
    }
  }

  /** A candidate step, made concrete against the current history by {@link #step}. */
  static final class Candidate {
    final ReviewState to;
    final ReviewState otherFrom;
    final boolean fromCurrent;
    final int dayDelta;
    final AssessmentVerdict verdict;
    final ReviewPolicy policy;

    final boolean followAllowed;

    Candidate(ReviewState to, ReviewState otherFrom, boolean fromCurrent, int dayDelta, AssessmentVerdict verdict,
        ReviewPolicy policy, boolean followAllowed) {
      this.followAllowed = followAllowed;
      this.to = to;
      this.otherFrom = otherFrom;
      this.fromCurrent = fromCurrent;
      this.dayDelta = dayDelta;
      this.verdict = verdict;
      this.policy = policy;
    }

    @Override
    public String toString() {
      return (fromCurrent ? "current" : otherFrom) + "->" + to + " +" + dayDelta + "d " + verdict + " " + policy;
    }
  }

  /** Most candidates start from the current state and move forward in time; some do not. */
  static Trials<List<Candidate>> walks() {
    Trials<AssessmentVerdict> verdicts = API.chooseWithWeights(
        new java.util.AbstractMap.SimpleImmutableEntry<>(4, AssessmentVerdict.ANALOG_REGULATION),
        new java.util.AbstractMap.SimpleImmutableEntry<>(1, AssessmentVerdict.NOT_ANALOG_REGULATION));
    Trials<Candidate> c = API.choose(ReviewState.values()).flatMap(to -> API.choose(ReviewState.values()).flatMap(other ->
        API.integers(0, 9).map(i -> i < 8).flatMap(fromCurrent -> API.integers(-5, 60).flatMap(delta ->
            verdicts.flatMap(verdict -> API.choose(ReviewPolicy.values()).flatMap(policy ->
                API.integers(0, 9).map(i -> i < 7).map(follow ->
                    new Candidate(to, other, fromCurrent, delta, verdict, policy, follow))))))));
    return RegulationTrials.lists(c, 1, 60);
  }

  static ReviewStep step(ReviewHistory h, Candidate c) {
    LocalDate on = h.lastDate().orElseThrow().plusDays(c.dayDelta);
    List<ReviewState> allowed = new ArrayList<>(ReviewWorkflow.allowedTargets(h));
    // most candidates aim at a next state the workflow offers, the rest at any state
    ReviewState to = c.followAllowed && !allowed.isEmpty() ? allowed.get(c.to.ordinal() % allowed.size()) : c.to;
    ReviewStep.Builder b = ReviewStep.builder().from(c.fromCurrent ? h.state() : c.otherFrom).to(to).on(on).by("担当");
    if (to == ReviewState.ASSESSED) {
      b.verdict(c.verdict);
    }
    if (to == ReviewState.POLICY_DECIDED) {
      b.policy(c.policy);
      if (c.policy == ReviewPolicy.NO_REVISION_NEEDED) {
        b.reason("理由");
      }
    }
    if (to == ReviewState.REVISED) {
      b.amendingInstrument("改正条例").effectiveDate(on.plusDays(30));
    }
    return b.build();
  }

  @Test
  void randomWalksNeverReachAStateIllegally() {
    java.util.Map<ReviewState, Integer> finalStates = new java.util.EnumMap<>(ReviewState.class);
    walks().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(walk -> finalStates.merge(randomWalkNeverReachesAStateIllegally(walk), 1, Integer::sum));
    // the walks must reach the end of the workflow now and then, or the property proves little
    assertThat(finalStates.getOrDefault(ReviewState.FOLLOWED_UP, 0)).as("final states %s", finalStates).isPositive();
  }

  private static ReviewState randomWalkNeverReachesAStateIllegally(List<Candidate> walk) {
    ReviewHistory h = ReviewHistory.identified(LocalDate.of(2023, 1, 1));
    for (Candidate c : walk) {
      ReviewStep step = step(h, c);
      ReviewState before = h.state();
      AssessmentVerdict verdict = h.verdict().orElse(null);
      ReviewPolicy policy = h.policy().orElse(null);
      LocalDate last = h.lastDate().orElseThrow();
      boolean expected = step.from() == before && legal(before, step.to(), verdict, policy) && !step.on().isBefore(last);
      try {
        ReviewHistory next = h.then(step);
        assertThat(expected).as("accepted %s -> %s", before, step.to()).isTrue();
        assertThat(next.state()).isEqualTo(step.to());
        assertThat(next.steps()).hasSize(h.steps().size() + 1);
        h = next;
      } catch (IllegalTransitionException e) {
        assertThat(expected).as("rejected %s -> %s: %s", before, step.to(), e.getMessage()).isFalse();
        assertThat(e.from()).isEqualTo(before);
        assertThat(e.to()).isEqualTo(step.to());
        assertThat(e.getMessage()).contains(before.name()).contains(step.to().name());
        assertThat(h.state()).isEqualTo(before);
      }
    }
    // every consecutive pair in the kept history is a legal transition
    AssessmentVerdict verdict = null;
    ReviewPolicy policy = null;
    ReviewState state = ReviewState.IDENTIFIED;
    for (ReviewStep s : h.steps()) {
      assertThat(legal(state, s.to(), verdict, policy)).isTrue();
      state = s.to();
      verdict = s.verdict().orElse(verdict);
      policy = s.policy().orElse(policy);
    }
    assertThat(state).isEqualTo(h.state());
    return h.state();
  }

  @Test
  void replayingTheHistoryReproducesTheState() {
    walks().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(ReviewWorkflowProperties::replayingReproducesTheState);
  }

  private static void replayingReproducesTheState(List<Candidate> walk) {
    ReviewHistory h = ReviewHistory.identified(LocalDate.of(2023, 1, 1));
    List<ReviewStep> accepted = new ArrayList<>();
    for (Candidate c : walk) {
      ReviewStep step = step(h, c);
      try {
        h = h.then(step);
        accepted.add(step);
      } catch (IllegalTransitionException rejected) {
        // rejected steps leave the history as it was
      }
    }
    ReviewHistory replayed = ReviewHistory.replay(LocalDate.of(2023, 1, 1), accepted);
    assertThat(replayed).isEqualTo(h);
    assertThat(replayed.state()).isEqualTo(h.state());
    assertThat(replayed.verdict()).isEqualTo(h.verdict());
    assertThat(replayed.policy()).isEqualTo(h.policy());
    // and the state as of the last date is the final state
    Optional<LocalDate> last = h.lastDate();
    assertThat(h.asOf(last.orElseThrow()).orElseThrow().state()).isEqualTo(h.state());
    assertThat(ReviewWorkflow.allowedTargets(h).isEmpty()).isEqualTo(h.isClosed());
    assertThat(Set.of(ReviewState.values())).containsAll(ReviewWorkflow.allowedTargets(h));
  }
}
