package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.IngestException;

/**
 * The reader on the real 4,108-row sample in {@code ../shared/data/procedures-survey/} (skipped
 * with a reason when it is absent), checked against sums computed here from the raw CSV cells with
 * a plain CSV parser, not through the reader.
 */
class SurveySampleTest {
  static final Path SAMPLE = Path.of(System.getProperty("shared.dir", "../../shared"))
      .resolve("data/procedures-survey/procedures-survey-sample.csv");

  static List<List<String>> raw;
  static List<String> header;

  @BeforeAll
  static void readRaw() throws IOException {
    assumeTrue(Files.isRegularFile(SAMPLE), "the survey sample is not available at " + SAMPLE + ": skipping");
    raw = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8);
        MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class).readValues(in)) {
      while (it.hasNext()) {
        raw.add(it.next());
      }
    }
    header = raw.get(1);
    raw = raw.subList(2, raw.size());
  }

  static String cell(List<String> row, String column) {
    return row.get(header.indexOf(column));
  }

  @Test
  void surveyModeKeepsEveryRowAndMatchesTheRawSums() {
    SurveyResult r = SurveyReader.survey().read(SAMPLE);
    assertThat(raw).hasSize(4108);
    assertThat(r.procedures()).hasSize(4108);

    Map<String, long[]> expected = new HashMap<>();
    for (List<String> row : raw) {
      long[] sums = expected.computeIfAbsent(cell(row, "所管府省庁"), k -> new long[2]);
      sums[0] += Long.parseLong(cell(row, "総手続件数"));
      sums[1] += Long.parseLong(cell(row, "オンライン手続件数"));
    }
    Map<Ministry, ApproximateTakeUp> byMinistry = SurveyAnalytics.takeUpBy(r.procedures(), Dimension.MINISTRY);
    assertThat(byMinistry).hasSize(expected.size());
    byMinistry.forEach((m, t) -> {
      assertThat(t.cases().approximately()).as(m.japaneseName()).isEqualTo(expected.get(m.japaneseName())[0]);
      assertThat(t.onlineCases().approximately()).as(m.japaneseName()).isEqualTo(expected.get(m.japaneseName())[1]);
    });

    long rowsOnlineAboveTotal = raw.stream()
        .filter(row -> Long.parseLong(cell(row, "オンライン手続件数")) > Long.parseLong(cell(row, "総手続件数"))).count();
    long problemsOnlineAboveTotal = r.problems().stream().filter(p -> p.reason().contains("exceed the total")).count();
    assertThat(problemsOnlineAboveTotal).isEqualTo(rowsOnlineAboveTotal);
    long zeroTotals = raw.stream().filter(row -> cell(row, "総手続件数").equals("0")).count();
    assertThat(r.problems().stream().filter(p -> p.reason().startsWith("the total is 0")).count()).isEqualTo(zeroTotals);
    // every problem row is named by its 手続ID and a line of the file
    assertThat(r.problems()).allSatisfy(p -> {
      assertThat(p.line()).isGreaterThan(2);
      assertThat(p.procedureId()).isNotEmpty();
    });
    long local = raw.stream().filter(row -> cell(row, "手続主体").contains("地方等") || cell(row, "手続の受け手").contains("地方等")
        || cell(row, "手続主体").startsWith("3 ") || cell(row, "手続の受け手").startsWith("3 ")).count();
    assertThat(r.procedures().stream().filter(SurveyProcedure::involvesLocalGovernment).count()).isEqualTo(local);
    System.out.printf("sample: %d procedures, %d problems (%d online above total, %d totals of 0)%n",
        r.procedures().size(), r.problems().size(), problemsOnlineAboveTotal, zeroTotals);
  }

  @Test
  void everyCodedCellOfTheSampleIsInItsList() {
    SurveyResult r = SurveyReader.survey().read(SAMPLE);
    List<UnrecognisedValue> unknown = r.procedures().stream().flatMap(p -> p.unrecognised().stream()).toList();
    // the only value outside a list in the sample: a 経由機関 cell holding free text instead of a code
    assertThat(unknown).extracting(UnrecognisedValue::column).containsOnly(SurveyColumn.VIA);
    assertThat(unknown).hasSize(1);
  }

  @Test
  void strictModeRejectsTheSampleListingEveryProblem() {
    try {
      SurveyReader.strict().read(SAMPLE);
      throw new AssertionError("the sample has flaws: strict mode must reject it");
    } catch (IngestException e) {
      assertThat(e.total()).isEqualTo(SurveyReader.survey().read(SAMPLE).problems().size());
      assertThat(e.problems()).hasSize(100);
    }
  }
}
