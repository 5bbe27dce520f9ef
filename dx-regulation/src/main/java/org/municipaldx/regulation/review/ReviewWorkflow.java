package org.municipaldx.regulation.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of the review workflow, after the Digital Agency's manual (洗い出し → 該非判断 →
 * 類型分類 → 見直し方針の決定 → 改正 → フォローアップ):
 * <pre>
 * IDENTIFIED      → ASSESSED        (with a verdict)
 * ASSESSED        → CLASSIFIED      only if the verdict is ANALOG_REGULATION (該当)
 * CLASSIFIED      → POLICY_DECIDED  (with a policy)
 * POLICY_DECIDED  → POLICY_DECIDED  only from UNDER_CONSIDERATION (検討中): the later decision replaces it
 * POLICY_DECIDED  → REVISED         only if the policy is REVISE (見直し)
 * REVISED         → FOLLOWED_UP
 * </pre>
 * An item assessed as not an analog regulation (非該当), or decided as needing no revision
 * (見直し不要), or followed up, is closed: no step leaves it. Stateless and thread-safe.
 */
public final class ReviewWorkflow {
  private ReviewWorkflow() {}

  /**
   * {@return the states a next step may go to, never null (empty when the item is closed)}
   *
   * @param history  the history so far, not null
   */
  public static Set<ReviewState> allowedTargets(ReviewHistory history) {
    return allowed(history.state(), history.verdict().orElse(null), history.policy().orElse(null));
  }

  static Set<ReviewState> allowed(ReviewState state, AssessmentVerdict verdict, ReviewPolicy policy) {
    switch (state) {
      case IDENTIFIED:
        return EnumSet.of(ReviewState.ASSESSED);
      case ASSESSED:
        return verdict == AssessmentVerdict.ANALOG_REGULATION ? EnumSet.of(ReviewState.CLASSIFIED) : EnumSet.noneOf(ReviewState.class);
      case CLASSIFIED:
        return EnumSet.of(ReviewState.POLICY_DECIDED);
      case POLICY_DECIDED:
        if (policy == ReviewPolicy.UNDER_CONSIDERATION) {
          return EnumSet.of(ReviewState.POLICY_DECIDED);
        }
        return policy == ReviewPolicy.REVISE ? EnumSet.of(ReviewState.REVISED) : EnumSet.noneOf(ReviewState.class);
      case REVISED:
        return EnumSet.of(ReviewState.FOLLOWED_UP);
      default:
        return EnumSet.noneOf(ReviewState.class);
    }
  }

  /**
   * Checks that a step may follow a history.
   *
   * @param history  the history so far, not null
   * @param step  the next step, not null
   * @throws IllegalTransitionException naming from, to and the rule, if it may not
   */
  public static void check(ReviewHistory history, ReviewStep step) {
    check(history.state(), history.verdict().orElse(null), history.policy().orElse(null),
        history.lastDate().orElse(null), step, "");
  }

  static void check(ReviewState state, AssessmentVerdict verdict, ReviewPolicy policy, LocalDate last,
      ReviewStep step, String where) {
    if (step.from() != state) {
      throw new IllegalTransitionException(state, step.to(),
          where + "the step says it starts from " + step.from().name() + " but the item is in " + state.name());
    }
    Set<ReviewState> allowed = allowed(state, verdict, policy);
    if (!allowed.contains(step.to())) {
      String why = allowed.isEmpty()
          ? "the item is closed (" + closedReason(state) + ")"
          : "allowed next states are " + allowed;
      throw new IllegalTransitionException(state, step.to(), where + why);
    }
    if (last != null && step.on().isBefore(last)) {
      throw new IllegalTransitionException(state, step.to(),
          where + "the step's date " + step.on() + " is before the previous date " + last);
    }
  }

  private static String closedReason(ReviewState state) {
    switch (state) {
      case ASSESSED:
        return "assessed as not an analog regulation (非該当)";
      case POLICY_DECIDED:
        return "decided as needing no revision (見直し不要)";
      default:
        return "followed up";
    }
  }
}
