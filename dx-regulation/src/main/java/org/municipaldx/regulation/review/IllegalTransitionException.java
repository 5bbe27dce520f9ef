package org.municipaldx.regulation.review;

import java.util.Objects;

/**
 * Thrown when a review step does not follow from the state it starts in: the message names both
 * states and the rule.
 *
 * <p>Deliberately not an {@link org.municipaldx.core.InputException}: it is a rule of the review workflow that
 * the calling code breaks ({@code ReviewHistory.then}, {@code RegulationItem.then}), like an {@link IllegalStateException}, and has no
 * place in any input. A reader that takes review steps from a file catches it and reports an input error
 * located at the step's line and column ({@code RegulationCsv}: the {@code to} column of {@code history.csv}).
 */
public class IllegalTransitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #from()}. */
  private final ReviewState from;
  /** The value of {@link #to()}. */
  private final ReviewState to;

  /**
   * Creates the error of a review step the workflow does not allow.
   *
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

  /** {@return the state the item was in, never null} */
  public ReviewState from() {
    return from;
  }

  /** {@return the state the step asked for, never null} */
  public ReviewState to() {
    return to;
  }
}
