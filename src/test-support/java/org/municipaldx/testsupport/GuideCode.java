package org.municipaldx.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps a module guide's Java examples runnable: every {@code ```java} block of a Markdown file must
 * appear, line for line, as a contiguous run in a test's source, which runs it and asserts what the
 * guide's comments say. Lines are compared trimmed, without end-of-line {@code //} comments and
 * without blank lines, so the test may indent the code and comment it differently. A guide whose
 * example is edited without its test (or the reverse) fails the build, naming the block.
 */
public final class GuideCode {
  private GuideCode() {}

  /**
   * @param markdown  the guide, e.g. {@code README.md} of the module
   * @return the normalised lines of each {@code ```java} block, in order, never null
   */
  public static List<List<String>> javaBlocks(Path markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : read(markdown)) {
      String t = line.strip();
      if (current == null && t.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && t.equals("```")) {
        blocks.add(Collections.unmodifiableList(current));
        current = null;
      } else if (current != null) {
        String n = normalise(line);
        if (!n.isEmpty()) {
          current.add(n);
        }
      }
    }
    return Collections.unmodifiableList(blocks);
  }

  /**
   * Fails unless every Java block of the guide appears in the test source.
   *
   * @param markdown  the guide
   * @param testSource  the test's {@code .java} file
   * @param expectedBlocks  how many Java blocks the guide has (so a guide that lost its examples fails)
   * @throws AssertionError naming the first block, and its first line, not found in the test
   */
  public static void assertEveryBlockIsIn(Path markdown, Path testSource, int expectedBlocks) {
    List<List<String>> blocks = javaBlocks(markdown);
    if (blocks.size() != expectedBlocks) {
      throw new AssertionError(markdown + ": expected " + expectedBlocks + " ```java blocks, found " + blocks.size());
    }
    List<String> test = new ArrayList<>();
    for (String line : read(testSource)) {
      String n = normalise(line);
      if (!n.isEmpty()) {
        test.add(n);
      }
    }
    for (int b = 0; b < blocks.size(); b++) {
      List<String> block = blocks.get(b);
      if (Collections.indexOfSubList(test, block) < 0) {
        String missing = block.stream().filter(l -> !test.contains(l)).findFirst().orElse("(lines out of order)");
        throw new AssertionError(markdown + ": java block " + (b + 1) + " is not in " + testSource.getFileName()
            + " as written; first line missing: " + missing);
      }
    }
  }

  /** Trims a line and drops an end-of-line {@code //} comment (one preceded by white space). */
  static String normalise(String line) {
    String s = line.strip();
    if (s.startsWith("//")) {
      return "";
    }
    int i = s.indexOf(" //");
    return (i >= 0 ? s.substring(0, i) : s).strip();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
