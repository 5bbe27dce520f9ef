package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 11i replaced three regular expressions of the law parsers by hand scans: {@link LawNumber#shape} (the
 * pattern {@code LawNumber.parse} matched), {@link ProvisionPoint#isSubItem} (the sub-item pattern, still
 * {@link ProvisionPoint#SUB_ITEM}) and the era test in front of {@link ProvisionCitation#lawPrefixLength}'s
 * pattern. Each scan must decide exactly what its pattern decided: these properties compare them with the
 * patterns as they were, on generated texts built from the characters that matter and on the real survey
 * sample's distinct law numbers and provisions.
 */
class LawScanProperties {
  private static final TrialsApi API = Trials.api();

  private static final String NUM = "(?:[0-9]+|[〇一二三四五六七八九十百千]+)";
  /** {@code LawNumber.SHAPE} before issue 11i, the reference for {@link LawNumber#shape}. */
  private static final Pattern OLD_SHAPE = Pattern.compile("(?<era>明治|大正|昭和|平成|令和)(?<year>元|" + NUM + ")年"
      + "(?:(?<month>" + NUM + ")月(?<day>" + NUM + ")日)?(?<kind>[^第0-9〇一二三四五六七八九十百千]+)第(?<number>" + NUM + ")号");
  /** {@code ProvisionCitation.LAW_NUMBER}, which {@code lawPrefixLength} now tries only after an era's name. */
  private static final Pattern LAW_IN_FRONT = Pattern.compile(
      "(?:明治|大正|昭和|平成|令和)(?:元|" + NUM + ")年(?:" + NUM + "月" + NUM + "日)?[^第0-9]+?第" + NUM + "号");

  /** Pieces of law numbers and their near misses: eras and half eras, numerals of both kinds, the kinds, stray characters. */
  private static final List<String> PIECES = List.of("昭和", "平成", "令和", "明治", "大正", "昭", "和", "平", "元", "年", "月", "日",
      "第", "号", "法律", "政令", "法務省令", "内閣府・法務省令", "国家公安委員会規則", "告示", "人事院規則", "省", "令", "・", "―",
      "二十六", "十一", "〇", "千", "一", "4", "0", "12", "9999", "a", "条", "項");

  /** Sub-item candidates: the イロハ kana and others, brackets, digits 0–9, full-width and other characters. */
  private static final List<Character> SUB_ITEM_CHARS = List.of('イ', 'ロ', 'ス', 'ヰ', 'ヱ', 'ノ', 'ン', 'ヲ', 'ワ', 'い', 'ア',
      '(', ')', '0', '1', '5', '9', '１', '（', '）', 'a', '第');

  /** The old pattern's groups as the scan reports them: era index, then start and end of year, month, day, kind, number. */
  private static int[] oldGroups(String s) {
    Matcher m = OLD_SHAPE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    return new int[] {List.of("明治", "大正", "昭和", "平成", "令和").indexOf(m.group("era")),
        m.start("year"), m.end("year"), m.start("month"), m.end("month"), m.start("day"), m.end("day"),
        m.start("kind"), m.end("kind"), m.start("number"), m.end("number")};
  }

  private static int oldLawPrefixLength(String s, int from) {
    Matcher m = LAW_IN_FRONT.matcher(s);
    m.region(from, s.length());
    return m.lookingAt() ? m.end() - from : -1;
  }

  /** Rule: the law number's scan finds a law number exactly where the old pattern matched, with the same parts. */
  @Test
  void lawNumberShapeIsTheOldPatternsMatch() {
    API.integers(0, 12).flatMap(n -> API.choose(PIECES).immutableListsOfSize(n))
        .withLimits(TrialScale.trials(3000), TrialScale.limits())
        .supplyTo(pieces -> {
          String s = String.join("", pieces);
          assertThat(LawNumber.shape(s)).as("'%s'", s).isEqualTo(oldGroups(s));
        });
  }

  /** Rule: law numbers in the printed form (eras, dates, kinds) are found by both, and mangled ones by neither. */
  @Test
  void wellFormedAndMangledLawNumbersAgree() {
    for (String s : List.of("昭和二十六年法律第四号", "平成十一年法務省令第四号", "令和元年政令第1号", "昭和三十年四月十五日建設省告示第千号",
        "平成23年政令第405号", "平成二十一年人事院規則八―一二―七", "昭和年法律第四号", "昭和二十六年法律第号", "昭和二十六年第四号",
        "昭和二十六年四月法律第四号", "昭和二十六年四月十五法律第四号", "昭和二十六年法律第四号号", "昭和二十六年法律第四号a", "昭和元元年法律第一号",
        "昭和1二年法律第一号", "昭和二十六年法律第1二号", "昭", "", "明治十年太政官布告第一号", "大正十年勅令第一号",
        // the text ending inside each part, and the characters next to 0 and 9 ('/', ':') in each numeral's place
        "昭和二十六", "昭和二十六年", "昭和二十六年四", "昭和二十六年四月", "昭和二十六年四月十五", "昭和二十六年法律第", "昭和二十六年法律第四",
        "平成1年0月1日総務省告示第1号", "平成1年9月9日総務省告示第9号", "平成0年法律第0号", "平成09年法律第90号",
        "平成/年法律第1号", "平成:年法律第1号", "平成1年/月1日告示第1号", "平成1年1月:日告示第1号", "平成1年法律第:号",
        "平成1年法律第1/号", "平成1年法/律第1号", "平成1年法:律第1号",
        // 〇, the first of the kanji numerals (issue 13m: LawNumber 241, 244, 251), first in a numeral, inside one,
        // starting a date and inside the kind
        "昭和〇年法律第一号", "昭和一〇年法律第一〇号", "昭和十年〇月一日告示第一号", "昭和十年十月一〇日告示第一号",
        "昭和十年法〇律第一号", "昭和十年法律第〇号")) {
      assertThat(LawNumber.shape(s)).as("'%s'", s).isEqualTo(oldGroups(s));
    }
    assertThat(LawNumber.shape("昭和二十六年法律第四号")).isNotNull();
    assertThat(LawNumber.shape("昭和三十年四月十五日建設省告示第千号")[3]).as("the month starts after 昭和三十年").isEqualTo(5);
  }

  /** Rule: {@code isSubItem} accepts exactly what the sub-item pattern matches (one イロハ kana, or (1)–(9999)). */
  @Test
  void subItemTestIsThePattern() {
    API.integers(0, 7).flatMap(n -> API.choose(SUB_ITEM_CHARS).immutableListsOfSize(n))
        .withLimits(TrialScale.trials(3000), TrialScale.limits())
        .supplyTo(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(b::append);
          String s = b.toString();
          assertThat(ProvisionPoint.isSubItem(s)).as("'%s'", s).isEqualTo(ProvisionPoint.SUB_ITEM.matcher(s).matches());
        });
    for (String s : List.of("イ", "ス", "ン", "(1)", "(9999)", "(10000)", "(0)", "(01)", "()", "(1", "1)", "イロ", "", "(１)",
        "(10)", "(19)", "(1/)", "(1:)", "(/)", "(:)", "(90)")) {
      assertThat(ProvisionPoint.isSubItem(s)).as("'%s'", s).isEqualTo(ProvisionPoint.SUB_ITEM.matcher(s).matches());
    }
    for (char c = 0; c < 0xFFFF; c++) {
      String s = String.valueOf(c);
      assertThat(ProvisionPoint.isSubItemKana(c)).as("U+%04X", (int) c).isEqualTo(ProvisionPoint.SUB_ITEM.matcher(s).matches());
    }
  }

  /** Rule: a law in front of a citation is found only after an era's name, as the pattern starts with one; same length. */
  @Test
  void lawPrefixIsTheOldPatternsWhereItStartsWithAnEra() {
    API.integers(0, 12).flatMap(n -> API.choose(PIECES).immutableListsOfSize(n))
        .withLimits(TrialScale.trials(3000), TrialScale.limits())
        .supplyTo(pieces -> {
          String s = String.join("", pieces) + "第1条";
          int old = oldLawPrefixLength(s, 0);
          if (old >= 0) {
            assertThat(ProvisionCitation.startsWithEra(s, 0)).as("'%s'", s).isTrue();
            assertThat(ProvisionCitation.lawPrefixLength(s, 0)).as("'%s'", s).isEqualTo(old);
          }
          for (int i = 0; i < s.length(); i++) {
            assertThat(ProvisionCitation.startsWithEra(s, i)).as("'%s' at %d", s, i)
                .isEqualTo(s.startsWith("明治", i) || s.startsWith("大正", i) || s.startsWith("昭和", i)
                    || s.startsWith("平成", i) || s.startsWith("令和", i));
          }
        });
  }

  /** Rule: an era's name is two characters; one of its first characters at the end of the text starts none. */
  @Test
  void anEraNeedsBothItsCharacters() {
    for (String e : List.of("明治", "大正", "昭和", "平成", "令和")) {
      assertThat(ProvisionCitation.startsWithEra(e, 0)).as(e).isTrue();
      assertThat(ProvisionCitation.startsWithEra("第1条" + e.charAt(0), 3)).as(e).isFalse();
      assertThat(ProvisionCitation.startsWithEra(e.substring(0, 1) + "第", 0)).as(e).isFalse();
    }
    assertThat(ProvisionCitation.startsWithEra("", 0)).isFalse();
  }

  /** Rule: a number read from a list of branches is the number made from their array, and is checked the same way. */
  @Test
  void provisionNumbersFromListsAreTheNumbersFromArrays() {
    assertThat(ProvisionNumber.of(12, List.of())).isEqualTo(ProvisionNumber.of(12));
    assertThat(ProvisionNumber.of(12, List.of()).isBranch()).isFalse();
    assertThat(ProvisionNumber.of(12, List.of(2, 3))).isEqualTo(ProvisionNumber.of(12, 2, 3));
    assertThat(ProvisionNumber.of(12, List.of(2, 3)).branches()).containsExactly(2, 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvisionNumber.of(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("main");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvisionNumber.of(1, List.of(10_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branches");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvisionNumber.of(1, java.util.Arrays.asList(2, null)))
        .isInstanceOf(NullPointerException.class);
  }

  /** Rule: on the real sample's distinct law numbers and provisions the scans decide as the patterns did. */
  @Test
  void theSamplesDistinctLawNumbersAndProvisionsScanAsThePatternsMatched() throws IOException {
    assumeTrue(Files.isRegularFile(ProvisionCitationSurveySampleTest.SAMPLE),
        "the survey sample is not available at " + ProvisionCitationSurveySampleTest.SAMPLE + ": skipping");
    int found = 0;
    for (String t : ProvisionCitationSurveySampleTest.distinct("法令番号")) {
      String s = LawText.compact(t);
      assertThat(LawNumber.shape(s)).as("'%s'", t).isEqualTo(oldGroups(s));
      found += LawNumber.shape(s) == null ? 0 : 1;
    }
    assertThat(found).as("law numbers of the shape").isGreaterThan(1_000);
    for (String t : ProvisionCitationSurveySampleTest.distinctReferences()) {
      String s = LawText.compact(t);
      for (int i = 0; i < s.length(); i++) {
        int old = oldLawPrefixLength(s, i);
        if (old >= 0) {
          assertThat(ProvisionCitation.startsWithEra(s, i)).as("'%s' at %d", t, i).isTrue();
        }
        String one = s.substring(i, i + 1);
        assertThat(ProvisionPoint.isSubItem(one)).isEqualTo(ProvisionPoint.SUB_ITEM.matcher(one).matches());
      }
    }
  }
}
