package org.municipaldx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The fuzz targets' shared rules (issue 13): one input may take at most a second. Time is checked
 * while fuzzing ({@code JAZZER_FUZZ} set: a warm JVM); replaying the corpus in {@code mvn verify} runs
 * each reader cold, in a JVM that loads and instruments the classes it meets first, so it is not timed.
 */
public final class FuzzBudget {
  /** The most one input may take (issue 13: "no input slower than 1 s"). */
  public static final long MAX_NANOS = 1_000_000_000L;
  /** Whether Jazzer is fuzzing (as opposed to replaying the corpus). */
  public static final boolean FUZZING =
      System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

  private FuzzBudget() {}

  /**
   * Runs a reader, failing while fuzzing if it takes longer than {@link #MAX_NANOS} on an input, twice.
   * The first inputs of a fuzzing run meet a cold JVM (classes loaded and instrumented, nothing
   * compiled yet; CI found a JSON read of 1.5 s that way on a loaded machine), so an input over the
   * budget is read once more and only the second time counts: an input that is slow because of its
   * content (the quadratic cases of issue 13) is slow again.
   */
  public static <T> T timed(Supplier<T> reader) {
    long start = System.nanoTime();
    try {
      return reader.get();
    } finally {
      long took = System.nanoTime() - start;
      if (FUZZING && took >= MAX_NANOS) {
        long again = System.nanoTime();
        try {
          reader.get();
        } catch (RuntimeException documentedOrNot) {
          // the first read's outcome is what the target checks; only the time is measured here
        }
        long retook = System.nanoTime() - again;
        assertThat(retook).as("a reader took %d ms on one input, then %d ms on it again", took / 1_000_000,
            retook / 1_000_000).isLessThan(MAX_NANOS);
      }
    }
  }

  /** The fuzzer's bytes as UTF-8 text (malformed bytes become U+FFFD, as readers of text see them). */
  public static String utf8(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
