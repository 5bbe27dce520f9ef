package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/** Laws of {@link ProvisionCitation}: printing round trips, spellings the survey uses, any text fails cleanly. */
class ProvisionCitationProperties {
  private static final TrialsApi API = Trials.api();

  static Trials<ProvisionNumber> numbers() {
    return API.integers(1, 9999).flatMap(main -> API.integers(0, 2)
        .flatMap(k -> API.integers(1, 99).immutableListsOfSize(k)).map(br -> ProvisionNumber.of(main, br)));
  }

  static <T> Trials<T> maybe(Trials<T> t) {
    return API.alternate(API.only((T) null), t);
  }

  /** A point with a random shape, in or out of tables; every generated combination is valid by construction. */
  static Trials<ProvisionPoint> points() {
    return API.alternateWithWeights(List.of(java.util.Map.entry(3, plainPoints()), java.util.Map.entry(1, tablePoints())));
  }

  /**
   * Points inside a table: the table of an article (with a paragraph or not), or a division of an
   * appended table; then an item or a row (not both), sub-items, a note and a sentence part.
   */
  static Trials<ProvisionPoint> tablePoints() {
    return API.booleans().flatMap(inArticle -> numbers().flatMap(first -> maybe(numbers()).flatMap(paragraph ->
        maybe(numbers()).flatMap(item -> maybe(numbers()).flatMap(row -> API.choose("イ", "ロ", "(1)", "(12)")
            .immutableLists().flatMap(subs -> maybe(numbers()).flatMap(note -> maybe(API.choose(SentencePart.values()))
                .flatMap(sentence -> numbers().map(division -> {
                  ProvisionNumber r = item != null ? null : row;
                  ProvisionNumber para = inArticle || r == null ? paragraph : null;
                  List<String> sub = item == null && r == null && !inArticle ? subs.subList(0, Math.min(1, subs.size()))
                      : item == null && r == null ? List.of() : subs.subList(0, Math.min(2, subs.size()));
                  return inArticle ? ProvisionPoint.of(null, first, para, item, sub, sentence, true, null, r, note)
                      : ProvisionPoint.of(first, null, para, item, sub, sentence, false, division, r, note);
                })))))))));
  }

  static Trials<ProvisionPoint> plainPoints() {
    return API.booleans().flatMap(inTable -> maybe(numbers()).flatMap(first -> maybe(numbers()).flatMap(paragraph ->
        maybe(numbers()).flatMap(item -> API.choose("イ", "ロ", "ハ", "(1)", "(12)").immutableLists().flatMap(subs ->
            maybe(API.choose(SentencePart.values())).map(sentence -> {
              ProvisionNumber table = inTable ? (first == null ? ProvisionNumber.of(1) : first) : null;
              ProvisionNumber article = inTable ? null : first;
              ProvisionNumber p = paragraph;
              if (table == null && article == null && p == null && item == null) {
                p = ProvisionNumber.of(1);
              }
              List<String> sub = item == null && table == null ? List.of() : subs.subList(0, Math.min(2, subs.size()));
              return ProvisionPoint.of(table, article, p, item, sub, sentence);
            }))))));
  }

  /** 1 to 3 ranges, each element completed from the one before it as the parser does. */
  static Trials<List<ProvisionRange>> ranges() {
    return API.integers(1, 3).flatMap(n -> points().and(maybe(points())).trials().immutableListsOfSize(n)).map(raw -> {
      List<ProvisionRange> out = new ArrayList<>();
      ProvisionPoint prev = null;
      for (var pair : raw) {
        ProvisionPoint from = ProvisionCitation.resolve(prev, pair._1());
        if (pair._2() == null) {
          out.add(ProvisionRange.of(from));
          prev = from;
        } else {
          ProvisionPoint to = ProvisionCitation.resolve(from, pair._2());
          out.add(ProvisionRange.of(from, to));
          prev = to;
        }
      }
      return out;
    });
  }

  static Trials<ProvisionCitation> citations() {
    return maybe(API.choose("法", "平成23年政令第405号", "日本銀行国庫金取扱規程", "令和元年総務省令第19号")).flatMap(law ->
        API.choose(ProvisionPart.values()).flatMap(part -> ranges().flatMap(provisions ->
            API.alternate(API.only(List.<ProvisionRange>of()), ranges()).flatMap(applied ->
                API.booleans().flatMap(replaced -> maybe(API.only("平成18年3月31日改正前")).map(note ->
                    ProvisionCitation.of(law, part, provisions, applied, replaced && !applied.isEmpty(), note)))))));
  }

  /** Citations with 準用 chains of 1 to 4 links, each link a list of 1 to 3 ranges, plain or 読み替えて. */
  static Trials<ProvisionCitation> chainedCitations() {
    return maybe(API.choose("法", "平成23年政令第405号")).flatMap(law -> API.choose(ProvisionPart.values())
        .flatMap(part -> ranges().flatMap(provisions -> ranges().and(API.booleans()).trials().immutableLists()
            .flatMap(links -> ranges().and(API.booleans()).trials().map(first -> {
              List<AppliedProvisions> chain = new ArrayList<>();
              chain.add(new AppliedProvisions(first._1(), first._2()));
              links.stream().limit(3).forEach(l -> chain.add(new AppliedProvisions(l._1(), l._2())));
              return ProvisionCitation.of(law, part, provisions, chain, null);
            })))));
  }

  /** print∘parse = identity on 準用 chains: every chain prints to a text that parses back to it. */
  @Test
  void everyChainOfApplicationsPrintsToAFormThatParsesToTheSameValue() {
    chainedCitations().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(c -> {
      ProvisionCitation back = ProvisionCitation.parse(c.toString());
      assertThat(back).as("parse(%s)", c).isEqualTo(c);
      assertThat(back.applications()).hasSameSizeAs(c.applications());
      assertThat(back.toString()).isEqualTo(c.toString());
    });
  }

  @Test
  void everyCitationPrintsToAFormThatParsesToTheSameValue() {
    citations().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(c -> {
      ProvisionCitation back = ProvisionCitation.parse(c.toString());
      assertThat(back).as("parse(%s)", c).isEqualTo(c);
      assertThat(back.hashCode()).isEqualTo(c.hashCode());
    });
  }

  @Test
  void theSurveysSpellingsOfAnArticleParseToTheCanonicalValue() {
    numbers().and(maybe(numbers())).and(maybe(numbers())).withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((article, paragraph, item) -> {
      ProvisionReference ref = ProvisionReference.of(article, paragraph, item);
      ProvisionCitation expected = ProvisionCitation.of(ref);
      StringBuilder branchFirst = new StringBuilder("第").append(article.toArabic()).append('条');
      StringBuilder zeros = new StringBuilder("第0").append(article.main()).append('条');
      article.branches().forEach(b -> zeros.append('の').append(b));
      // 第 left out before 項/号 (第4条1項13号) is unambiguous only after a level without a branch
      boolean branchBefore = article.isBranch() || (paragraph != null && paragraph.isBranch() && item != null);
      String noDai = branchBefore ? ref.toArabicString() : ref.toArabicString().replaceAll("第([0-9の]+)([項号])", "$1$2");
      if (paragraph != null) {
        branchFirst.append('第').append(paragraph.main()).append('項');
        paragraph.branches().forEach(b -> branchFirst.append('の').append(b));
        zeros.append("第").append(paragraph.main()).append('項');
        paragraph.branches().forEach(b -> zeros.append('の').append(b));
      }
      if (item != null) {
        branchFirst.append('第').append(item.main()).append('号');
        item.branches().forEach(b -> branchFirst.append('の').append(b));
        zeros.append("第").append(item.main()).append('号');
        item.branches().forEach(b -> zeros.append('の').append(b));
      }
      String wide = ref.toArabicString().chars()
          .mapToObj(ch -> String.valueOf(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : (char) ch))
          .reduce("", String::concat);
      for (String spelling : List.of(ref.toKanjiString(), ref.toArabicString(), branchFirst.toString(), zeros.toString(),
          wide, ref.toArabicString().replace('の', 'ノ'), noDai, ref.toArabicString().replace("条", "条 "))) {
        assertThat(ProvisionCitation.parse(spelling)).as(spelling).isEqualTo(expected);
      }
      assertThat(expected.asReference()).contains(ref);
    });
  }

  @Test
  void anyTextIsEitherACitationThatRoundTripsOrAParseExceptionWithAnIndexInsideTheText() {
    API.choose("第", "条", "項", "号", "の", "ノ", "附則", "別表", "1", "2", "0", "十", "二", "、", "・", ",", "及び", "から",
            "まで", "で準用する", "(", ")", "イ", "本文", "-", ".", "法", "平成", "年", "改正前", " ", "１", "表", "注", "(注)", "三")
        .immutableLists().map(parts -> String.join("", parts)).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo(text -> {
          try {
            ProvisionCitation c = ProvisionCitation.parse(text);
            assertThat(ProvisionCitation.parse(c.toString())).as(text).isEqualTo(c);
          } catch (ProvisionParseException e) {
            assertThat(e.index()).as(text).isBetween(0, e.normalisedText().length());
            assertThat(e.text()).isEqualTo(text);
          }
        });
  }

  /** Points inside tables (issue 11: 第96条表6号の2, 別表第1第三11, 別表第2の5(2)の注2) keep what they name through print∘parse. */
  @Test
  void everyPointInsideATablePrintsToAFormThatParsesToTheSameValue() {
    tablePoints().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(p -> {
      ProvisionCitation c = ProvisionCitation.of(null, ProvisionPart.MAIN, List.of(ProvisionRange.of(p)), List.of(), false, null);
      ProvisionPoint back = ProvisionCitation.parse(c.toString()).provisions().get(0).from();
      assertThat(back).as("parse(%s)", c).isEqualTo(p);
      assertThat(back.inProvisionTable()).isEqualTo(p.inProvisionTable());
      assertThat(back.division()).isEqualTo(p.division());
      assertThat(back.row()).isEqualTo(p.row());
      assertThat(back.note()).isEqualTo(p.note());
      assertThat(back.toReference()).isEmpty();
    });
  }

  @Test
  void rejectedTextNeverLeaksAnotherException() {
    assertThatThrownBy(() -> ProvisionCitation.parse("")).isInstanceOf(ProvisionParseException.class);
  }
}
