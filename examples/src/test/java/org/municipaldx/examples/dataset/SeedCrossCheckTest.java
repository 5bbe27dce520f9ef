package org.municipaldx.examples.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.FormulaEstimate;

/**
 * Reads the seed itself (when {@code shared.dir} holds it) and checks that the bundled dataset transcribes its
 * take-up sentences and printed formula results exactly, in source order where the seed has one.
 */
class SeedCrossCheckTest {
  private static final Pattern PROCEDURES = Pattern.compile("◆([\\d,]+)手続き中([\\d,]+)手続き");
  private static final Pattern APPLICATIONS = Pattern.compile("◆([\\d,]+)件中([\\d,]+)件がオンライン");
  private static final Pattern PRINTED_MINUTES = Pattern.compile("\\d+(?:時間|分)[^=◆]*?=\\s*([\\d,]+)分");
  private static final Pattern PRINTED_HOURS = Pattern.compile("分\\s*=\\s*([\\d,.]+)時間");

  private static String seed() throws IOException {
    String dir = System.getProperty("shared.dir", "/work/shared");
    Path seed = Path.of(dir, "seeds", "000_51fc7b12d6f603a3.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed is not available at " + seed);
    return Files.readString(seed, StandardCharsets.UTF_8);
  }

  @Test
  void takeUpSentencesAreTranscribedInSourceOrder() throws IOException {
    String seed = seed();
    Dataset data = DatasetLoader.loadBundled();
    List<String> printedProcedures = pairs(PROCEDURES, seed);
    List<String> printedApplications = pairs(APPLICATIONS, seed);
    assertThat(printedProcedures).hasSize(17);
    assertThat(data.takeUps()).extracting(t -> t.takeUp().procedures() + "/" + t.takeUp().onlineProcedures())
        .containsExactlyElementsOf(printedProcedures);
    assertThat(data.takeUps()).extracting(t -> t.takeUp().applications() + "/" + t.takeUp().onlineApplications())
        .containsExactlyElementsOf(printedApplications);
  }

  @Test
  void everyPrintedFormulaResultIsInTheData() throws IOException {
    String seed = seed();
    List<FormulaEstimate> formulas = DatasetLoader.loadBundled().initiatives().stream()
        .flatMap(i -> i.initiative().estimates().stream()).filter(e -> e instanceof FormulaEstimate)
        .map(e -> (FormulaEstimate) e).collect(Collectors.toList());
    List<Long> printedMinutes = numbers(PRINTED_MINUTES, seed).stream().map(BigDecimal::longValueExact).sorted()
        .collect(Collectors.toList());
    List<BigDecimal> printedHours = numbers(PRINTED_HOURS, seed).stream().sorted().collect(Collectors.toList());
    assertThat(printedMinutes).hasSize(45);
    assertThat(formulas.stream().filter(f -> f.statedMinutes().isPresent()).map(f -> f.statedMinutes().getAsLong())
        .sorted()).containsExactlyElementsOf(printedMinutes);
    assertThat(formulas.stream().filter(f -> f.statedMinutes().isPresent()).map(f -> f.statedHours().orElseThrow())
        .sorted()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(printedHours);
  }

  private static List<String> pairs(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1).replace(",", "") + "/" + m.group(2).replace(",", ""));
    }
    return out;
  }

  private static List<BigDecimal> numbers(Pattern p, String text) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new BigDecimal(m.group(1).replace(",", "")));
    }
    return out;
  }
}
