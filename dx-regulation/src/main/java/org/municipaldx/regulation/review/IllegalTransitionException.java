package org.municipaldx.regulation.review;

import java.util.Objects;

/**
 * Thrown when a review step does not follow from the state it starts in: the message names both
 * states and the rule.
 */
public class IllegalTransitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ReviewState from;
  private final ReviewState to;

  /**
   * @param from  the state the item is in, not null
   * @param to  the state the step asked for, not null
   * @param why  the rule the step breaks, not null
   */
  public IllegalTransitionException(ReviewState from, ReviewState to, String why) {
    super("Illegal review transition from " + Objects.requireNonNull(from, "from").name() + " (" + from.japaneseName()
        + ") to " + Objects.requireNonNull(to, "to").name() + " (" + to.japaneseName() + "): " + why);
    this.from = from;
    this.to = to;
  }

  /** @return the state the item was in, never null */
  public ReviewState from() {
    return from;
  }

  /** @return the state the step asked for, never null */
  public ReviewState to() {
    return to;
  }
}
