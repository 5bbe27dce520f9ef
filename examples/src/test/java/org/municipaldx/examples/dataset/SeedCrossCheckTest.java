package org.municipaldx.examples.dataset;

import org.municipaldx.dataset.*;
import org.municipaldx.examples.cli.BundledDataset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.FormulaEstimate;

/**
 * Reads the seed itself (when {@code shared.dir} holds it) and checks that the bundled dataset transcribes its
 * take-up sentences and printed formula results exactly, in source order where the seed has one, and that it
 * copies no sentence of the seed: only the names, titles and labels below are kept as printed.
 */
class SeedCrossCheckTest {
  /** A value sharing this many characters in a row (whitespace ignored) with the seed counts as copied. */
  private static final int COPIED_RUN = 20;
  /**
   * Names, titles, section headings and labels kept as printed although they are {@value #COPIED_RUN} characters or
   * longer (DATASET.md, "Text and the source"); every other text of the dataset is its own summary.
   */
  private static final List<String> NAMES_AS_PRINTED = List.of(
      "市民サービスの向上（待たせない市役所・来庁不要な市役所）",
      "郡山市 2022年度（令和4年度）第2回DX関連6法活用推進本部 本部会 資料（2023年2月14日）",
      "郡山市デジタル原則に照らしたアナログ規制の一括点検・見直し方針",
      "地方公共団体におけるアナログ規制の点検・見直しマニュアル",
      "5レス進捗 > オンライン行政手続き（カウンターレス） > オンライン手続きの実績(2022年1月～2022年12月)",
      "1 市民サービスの向上に関する施策 > タイムパフォーマンスの向上（1年間で達成が期待できるタイムパフォーマンス）",
      "「KaaS - Koriyama as a Service -」の提供",
      "誰もがデジタルの恩恵を受ける「こおりやま」の実現",
      "保護者－保育所間のコミュニケーションのオンライン化",
      "保護者と保育所職員間のコミュニケーション",
      "介護認定業務(徹底したDXによる認定期間の短縮)",
      "庁舎内湿温度等管理(庁舎管理のスマート化)",
      "POSデータの活用（キャッシュレス決済）",
      "POSデータの活用 (キャッシュレス決済)",
      "保育所入所申込に関するAI・OCRの活用",
      "個人番号カード交付申請兼電子証明書発行/更新申請",
      "サービス付き高齢者向け住宅事業登録申請、変更申請",
      "セーフティネット住宅事業登録申請、変更申請",
      "新型コロナウイルス感染症緊急支援給付金申請",
      "公民館各部屋整備 (City Wi-Fi延伸)",
      "【第1グループ】仕様書(案)によるFit&Gapの実施",
      "【第2グループ】仕様書(案)によるFit&Gapの実施",
      "「経済財政運営と改革の基本方針2020」",
      "KDDI Location Analyzer");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
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
    Dataset data = BundledDataset.load();
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
    List<FormulaEstimate> formulas = BundledDataset.load().initiatives().stream()
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

  @Test
  void noTextOfTheDatasetCopiesASentenceOfTheSeed() throws IOException, URISyntaxException {
    String seed = WHITESPACE.matcher(seed()).replaceAll("");
    Path dir = Path.of(DatasetLoader.class.getResource("/org/municipaldx/examples/data/koriyama-fy2023/dataset.json")
        .toURI()).getParent();
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json")) {
          strings(new ObjectMapper().readTree(f.toFile()), name, texts);
        } else if (name.endsWith(".csv")) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int n = 0; n < lines.size(); n++) {
            texts.put(name + " line " + (n + 1), lines.get(n));
          }
        }
      }
    }
    List<String> names = NAMES_AS_PRINTED.stream().map(n -> WHITESPACE.matcher(n).replaceAll(""))
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toList());
    List<String> copied = new ArrayList<>();
    texts.forEach((where, text) -> {
      String rest = WHITESPACE.matcher(text).replaceAll("");
      for (String n : names) {
        rest = rest.replace(n, "\u0000");
      }
      int run = longestRunIn(seed, rest);
      if (run >= COPIED_RUN) {
        copied.add(where + " (" + run + " characters): " + text);
      }
    });
    assertThat(texts).hasSizeGreaterThan(1000);
    assertThat(copied).isEmpty();
    // each name kept as printed is still used, so the list names no more than the data keeps
    assertThat(NAMES_AS_PRINTED).allSatisfy(n -> assertThat(texts.values()).anyMatch(t -> t.contains(n)));
    assertThat(NAMES_AS_PRINTED).allSatisfy(n ->
        assertThat(longestRunIn(seed, WHITESPACE.matcher(n).replaceAll(""))).isGreaterThanOrEqualTo(COPIED_RUN));
  }

  private static void strings(JsonNode node, String where, Map<String, String> out) {
    if (node.isTextual()) {
      out.put(where, node.asText());
    } else if (node.isObject()) {
      node.properties().forEach(e -> strings(e.getValue(), where + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), where + "/" + i, out);
      }
    }
  }

  /** The length of the longest substring of {@code text} that occurs in {@code seed}. */
  private static int longestRunIn(String seed, String text) {
    int best = 0;
    for (int i = 0; i + best < text.length(); i++) {
      int lo = best + 1;
      int hi = text.length() - i;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (seed.contains(text.substring(i, i + mid))) {
          best = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
    }
    return best;
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
