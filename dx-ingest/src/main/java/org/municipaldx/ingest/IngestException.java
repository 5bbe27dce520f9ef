package org.municipaldx.ingest;

import java.util.List;
import java.util.Objects;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * Office data was rejected: the one exception of every reader built on this toolkit. It carries
 * the first {@value Problems#LISTED} problems in file order ({@link #problems()}), each located by
 * file, line, column and header (or sheet and cell, or byte offset), and how many there were in
 * all ({@link #total()}). A reader that throws it has returned and applied nothing.
 *
 * <p>An {@link InputException}: {@link #where()} and {@link #why()} are the first problem's location (with its
 * header as the field) and reason.
 */
public class IngestException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The problems, a serialisable immutable list. */
  private final List<Problem> problems;
  /** How many problems there were in all, at least as many as are listed. */
  private final long total;
  /** What was read, e.g. a file name. */
  private final String source;

  /**
   * Creates the error of a rejected file from its listed problems and their total count.
   *
   * @param source  what was read, e.g. a file name, not null
   * @param problems  the listed problems, not null, not empty, at most {@value Problems#LISTED}
   * @param total  how many problems there were, at least {@code problems.size()}
   * @throws IllegalArgumentException if the list is empty or the total smaller than it
   */
  public IngestException(String source, List<Problem> problems, long total) {
    super(message(source, problems, total), where(source, problems), why(problems), null);
    if (problems.isEmpty() || total < problems.size()) {
      throw new IllegalArgumentException("IngestException: needs at least one problem and a total"
          + " ≥ the problems listed (was " + problems.size() + " listed, total " + total + ")");
    }
    this.source = Objects.requireNonNull(source, "source");
    this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), Problems.LISTED)));
    this.total = total;
  }

  /**
   * {@return an exception with that problem, its source taken from the location, never null}
   *
   * @param problem  the one problem, not null
   */
  public static IngestException of(Problem problem) {
    return new IngestException(problem.source(), List.of(problem), 1);
  }

  private static InputLocation where(String source, List<Problem> problems) {
    if (problems.isEmpty()) {
      return InputLocation.of(source); // rejected below
    }
    Problem first = problems.get(0);
    InputLocation at = first.location().inputLocation();
    return first.header().map(at::atField).orElse(at);
  }

  private static String why(List<Problem> problems) {
    return problems.isEmpty() ? "" : problems.get(0).reason();
  }

  private static String message(String source, List<Problem> problems, long total) {
    StringBuilder sb = new StringBuilder().append(source).append(" rejected, ").append(total)
        .append(total == 1 ? " problem" : " problems").append("; nothing was read:");
    problems.stream().limit(Problems.LISTED).forEach(p -> sb.append("\n  ").append(p));
    long shown = Math.min(problems.size(), Problems.LISTED);
    if (total > shown) {
      sb.append("\n  … and ").append(total - shown).append(" more");
    }
    return sb.toString();
  }

  /** {@return what was read, e.g. the file name; never null} */
  public String source() {
    return source;
  }

  /** {@return the first {@value Problems#LISTED} problems in file order; never null or empty} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return how many problems there were in all (more than listed when over the limit)} */
  public long total() {
    return total;
  }
}
