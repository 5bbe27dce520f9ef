package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the law model and the citation parser that no test stated (issue 13m: the survivors of PIT's run of
 * dx-regulation's model classes with every test, 2026-12-07, commit 696aa93). Each test names the rule; the
 * comment names the class and line of the mutant it was written for.
 */
class LawModelInvariantsTest {
  private static ProvisionPoint article(int n) {
    return ProvisionPoint.of(ProvisionReference.article(n));
  }

  private static ProvisionPoint paragraphOnly(int n) {
    return ProvisionPoint.of(null, null, ProvisionNumber.of(n), null, List.of(), null);
  }

  private static ProvisionParseException refused(String text) {
    ProvisionParseException e = catchThrowableOfType(() -> ProvisionCitation.parse(text), ProvisionParseException.class);
    assertThat(e).as("'%s' is refused with a ProvisionParseException", text).isNotNull();
    assertThat(ProvisionCitation.isValid(text)).as(text).isFalse();
    return e;
  }

  // ---------------------------------------------------------------- LawId

  @Test
  void aLawIdsEraYearStartsAt01() {
    // LawId 82: year 01 (元年) is the first year of an era, 00 is none
    assertThat(LawId.parse("401AC0000000001").eraYear()).isEqualTo(1);
    assertThatThrownBy(() -> LawId.parse("400AC0000000001")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 01 or more (was '00')");
  }

  @Test
  void isValidIsWhetherParseAccepts() {
    // LawId 102, ProvisionCitation 259: isValid answers true for what parse accepts
    assertThat(LawId.isValid("322AC0000000067")).isTrue();
    assertThat(LawId.isValid("322XX0000000067")).isFalse();
    assertThat(ProvisionCitation.isValid("第4条第1項")).isTrue();
    assertThat(ProvisionCitation.isValid("第")).isFalse();
  }

  @Test
  void lawIdsOrderAsTheirText() {
    // LawId 162: the order is the ID's text (era, year, type, number)
    LawId a = LawId.parse("322AC0000000067");
    LawId b = LawId.parse("415CO0000000263");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(LawId.parse("322ac0000000067"))).isZero();
  }

  // ---------------------------------------------------------------- LegalInstrument

  @Test
  void aLegalInstrumentsNumberIsNotBlankWhenGiven() {
    // LegalInstrument 44: the optional number, when present, must not be blank
    assertThat(LegalInstrument.builder().kind(LegalInstrumentKind.ORDINANCE).title("郡山市火災予防条例")
        .number("昭和37年条例第30号").build().number()).contains("昭和37年条例第30号");
    assertThatThrownBy(() -> LegalInstrument.builder().kind(LegalInstrumentKind.ORDINANCE).title("郡山市火災予防条例")
        .number("  ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LegalInstrument.number");
  }

  // ---------------------------------------------------------------- ProvisionCitation's model

  @Test
  void appliedProvisionsMayNotLeaveOutALevelTheElementBeforeNames() {
    // ProvisionCitation 136: the applied (準用) ranges are checked as the cited ones are: 第2項 after 第3条
    // would read back as 第3条第2項
    List<ProvisionRange> cited = List.of(ProvisionRange.of(article(5)));
    assertThatThrownBy(() -> ProvisionCitation.of(null, ProvisionPart.MAIN, cited,
        List.of(AppliedProvisions.of(List.of(ProvisionRange.of(article(3)), ProvisionRange.of(paragraphOnly(2))))), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ProvisionCitation.applied");
    ProvisionPoint full = ProvisionPoint.of(ProvisionReference.of(ProvisionNumber.of(3), ProvisionNumber.of(2), null));
    ProvisionCitation ok = ProvisionCitation.of(null, ProvisionPart.MAIN, cited,
        List.of(AppliedProvisions.of(List.of(ProvisionRange.of(article(3)), ProvisionRange.of(full)))), null);
    assertThat(ok.applied()).hasSize(2);
    assertThat(ProvisionCitation.parse(ok.toString())).isEqualTo(ok);
  }

  @Test
  void aCitationsPartNoteAndReplacedTermsAreWhatTheTextSays() {
    // ProvisionCitation 188 (part), 206 (replacedTerms), 219 (note), ProvisionPoint 237 (sentence)
    assertThat(ProvisionCitation.parse("附則第2条").part()).isEqualTo(ProvisionPart.SUPPLEMENTARY);
    assertThat(ProvisionCitation.parse("改正附則第2条").part()).isEqualTo(ProvisionPart.AMENDMENT_SUPPLEMENTARY);
    assertThat(ProvisionCitation.parse("第2条").part()).isEqualTo(ProvisionPart.MAIN);
    assertThat(ProvisionCitation.parse("第5条において読み替えて準用する第3条").replacedTerms()).isTrue();
    assertThat(ProvisionCitation.parse("第5条で準用する第3条").replacedTerms()).isFalse();
    assertThat(ProvisionCitation.parse("第5条").replacedTerms()).isFalse();
    assertThat(ProvisionCitation.parse("第3条(平成18年3月31日改正前)").note()).contains("平成18年3月31日改正前");
    assertThat(ProvisionCitation.parse("第3条").note()).isEmpty();
    assertThat(ProvisionCitation.parse("第3条ただし書").provisions().get(0).from().sentence())
        .contains(SentencePart.PROVISO);
    assertThat(ProvisionCitation.parse("第3条前段").provisions().get(0).from().sentence())
        .contains(SentencePart.FIRST_SENTENCE);
    assertThat(ProvisionCitation.parse("第3条").provisions().get(0).from().sentence()).isEmpty();
  }

  @Test
  void aLawNamedAfterThePartIsTheNameUpToTheProvision() {
    // ProvisionCitation 278 (lawPrefixLength from a position after 附則): the law's length counts from there
    ProvisionCitation c = ProvisionCitation.parse("附則地方自治法第2条");
    assertThat(c.law()).contains("地方自治法");
    assertThat(c.part()).isEqualTo(ProvisionPart.SUPPLEMENTARY);
    assertThat(c.provisions()).extracting(r -> r.from().article().orElseThrow().main()).containsExactly(2);
  }

  // ---------------------------------------------------------------- the citation parser

  @Test
  void anEmptyOrBlankCitationIsRefusedAsEmpty() {
    // LawText 22 (compact's scan of an empty text): nothing to read is a located parse error, not an index error
    for (String text : List.of("", "   ", "\t\u3000")) {
      ProvisionParseException e = refused(text);
      assertThat(e.index()).as("'%s'", text).isZero();
      assertThat(e.expected()).as("'%s'", text).isEqualTo("expected a provision, e.g. 第4条第1項 (the text is empty)");
    }
  }

  @Test
  void provisionsAppliedInBracketsEndWith準用() {
    // ProvisionCitation$Parser 387: (第3条の準用), (第3条を準用) and (第3条準用) are a 準用 link; without 準用, an error
    for (String text : List.of("第5条(第3条の準用)", "第5条(第3条を準用)", "第5条(第3条準用)")) {
      ProvisionCitation c = ProvisionCitation.parse(text);
      assertThat(c.applied()).as(text).containsExactly(ProvisionRange.of(article(3)));
      assertThat(c.provisions()).as(text).containsExactly(ProvisionRange.of(article(5)));
    }
    assertThat(refused("第5条(第3条)").expected()).contains("の準用");
  }

  @Test
  void aListSeparatorMustBeFollowedByAProvision() {
    // ProvisionCitation$Parser 462: 、 at the end is an error at the separator, not an index error; 及び 別表 lists
    ProvisionParseException e = refused("第3条、");
    assertThat(e.index()).isEqualTo(3);
    // a separator before a numeral starts a provision, which then lacks its 第: the error is at the numeral (462)
    ProvisionParseException bare = refused("第3条、4");
    assertThat(bare.index()).isEqualTo(4);
    assertThat(bare.expected()).isEqualTo("expected a provision: 第…条, 第…項, 第…号, 附則 or 別表第…");
    assertThat(ProvisionCitation.parse("第3条及び別表第1").provisions()).hasSize(2);
    assertThat(ProvisionCitation.parse("第3条、第4条").provisions()).hasSize(2);
  }

  @Test
  void aLevelWithout第ComesOnlyAfterALevel() {
    // ProvisionCitation$Parser 502: 第 may be left out before 項 or 号 once a level is given (第4条1項), not first
    assertThat(ProvisionCitation.parse("第4条1項")).isEqualTo(ProvisionCitation.parse("第4条第1項"));
    assertThat(refused("3項").index()).isZero();
    assertThat(refused("1号").index()).isZero();
  }

  @Test
  void 条MayBeLeftOutOnlyAfterABranchedArticleThatComesFirst() {
    // ProvisionCitation$Parser 527: 第13の2第3項 is 第13条の2第3項; after an article, 第13の2 is no level
    assertThat(ProvisionCitation.parse("第13の2第3項")).isEqualTo(ProvisionCitation.parse("第13条の2第3項"));
    ProvisionParseException e = refused("第4条第13の2第3項");
    assertThat(e.expected()).isEqualTo("expected 条, 項 or 号 after the number");
    assertThat(e.index()).isEqualTo(8);
  }

  @Test
  void levelsOutOfOrderAndArticlesOfAnAppendedTableSayWhichRuleTheyBreak() {
    // ProvisionCitation$Parser 537: the message names the rule broken
    assertThat(refused("第1項第4条").expected()).isEqualTo("levels must come in the order 条, 項, 号");
    assertThat(refused("第4条第1項第2項").expected()).isEqualTo("levels must come in the order 条, 項, 号");
    assertThat(refused("別表第1第2条").expected()).isEqualTo("an appended table (別表) has no articles");
  }

  @Test
  void aListOfNumbersNeedsTheLevelNameAfterIt() {
    // ProvisionCitation$Parser 634, 637: 第2・3号 is two items; 第2・3 without 条, 項 or 号 is an error where the list
    // starts, not an index error past the end
    assertThat(ProvisionCitation.parse("第2・3号").provisions()).hasSize(2);
    // and 条 ends a list as 号 does (637: the first of the three level names)
    assertThat(ProvisionCitation.parse("第2・3条").provisions()).extracting(r -> r.from().article().orElseThrow().main())
        .containsExactly(2, 3);
    assertThat(ProvisionCitation.parse("第4、5条")).isEqualTo(ProvisionCitation.parse("第4条、第5条"));
    ProvisionParseException e = refused("第2・3");
    assertThat(e.index()).isEqualTo(2);
    assertThat(e.expected()).isEqualTo("expected 条, 項 or 号 after the number");
  }

  @Test
  void aBranchMarkerAtTheEndIsAnErrorNotAnIndexError() {
    // ProvisionCitation$Parser 654: a branch marker の at the very end
    refused("第3条の");
    refused("第3条ノ");
  }

  @Test
  void subItemsAreKanaOrBracketedNumbers() {
    // ProvisionCitation$Parser 666, 673: ノ is a sub-item kana too (not only the branch marker before a numeral);
    // a kana followed by a digit is still a sub-item, the digit then unexpected; () is no sub-item
    assertThat(ProvisionCitation.parse("第3号ノ").provisions().get(0).from().subItems()).containsExactly("ノ");
    assertThat(ProvisionCitation.parse("第3号の2").provisions().get(0).from().item().orElseThrow().branches())
        .containsExactly(2);
    assertThat(refused("第1号イ2").index()).isEqualTo(4);
    refused("第1号()");
    assertThat(ProvisionCitation.parse("第1号(2)").provisions().get(0).from().subItems()).containsExactly("(2)");
  }

  // ---------------------------------------------------------------- ProvisionPoint and ProvisionReference

  @Test
  void theTableOfAProvisionIsInAnArticleOrParagraphAndNotInAnAppendedTable() {
    // ProvisionPoint 98: inTableOfProvision needs an article or paragraph and no 別表
    assertThat(article(96).inTableOfProvision().inProvisionTable()).isTrue();
    assertThat(paragraphOnly(2).inTableOfProvision().inProvisionTable()).isTrue();
    ProvisionPoint table = ProvisionPoint.of(ProvisionNumber.of(1), null, null, null, List.of(), null);
    assertThatThrownBy(table::inTableOfProvision).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProvisionPoint.inProvisionTable");
    ProvisionPoint item = ProvisionPoint.of(null, null, null, ProvisionNumber.of(3), List.of(), null);
    assertThatThrownBy(item::inTableOfProvision).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProvisionPoint.inProvisionTable");
  }

  @Test
  void aDivisionIsPartOfAnAppendedTable() {
    // ProvisionPoint 151: withDivision gives the point in that division, only in an appended table
    ProvisionPoint table = ProvisionPoint.of(ProvisionNumber.of(1), null, null, null, List.of(), null);
    ProvisionPoint d = table.withDivision(ProvisionNumber.of(3));
    assertThat(d.division()).contains(ProvisionNumber.of(3));
    assertThat(d.table()).contains(ProvisionNumber.of(1));
    assertThat(d).isEqualTo(ProvisionCitation.parse("別表第1第三").provisions().get(0).from());
    assertThatThrownBy(() -> article(4).withDivision(ProvisionNumber.of(3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProvisionPoint.division");
  }

  @Test
  void withParagraphAndWithItemReplaceOneLevelAndKeepTheOthers() {
    // ProvisionReference 93, 102
    ProvisionReference r = ProvisionReference.of(ProvisionNumber.of(12), null, ProvisionNumber.of(3));
    assertThat(r.withParagraph(ProvisionNumber.of(2))).isEqualTo(ProvisionReference.of(12, 2, 3));
    assertThat(ProvisionReference.article(12).withItem(ProvisionNumber.of(3))).isEqualTo(r);
    assertThat(ProvisionReference.of(12, 2, 3).withItem(ProvisionNumber.of(5))).isEqualTo(ProvisionReference.of(12, 2, 5));
  }

  @Test
  void referencesOrderByArticleThenParagraphThenItemNoneFirst() {
    // ProvisionReference 41: the item decides between references of the same article and paragraph
    assertThat(ProvisionReference.of(12, 2, 3).compareTo(ProvisionReference.of(12, 2, 5))).isNegative();
    assertThat(ProvisionReference.of(12, 2, 5).compareTo(ProvisionReference.of(12, 2, 3))).isPositive();
    ProvisionReference noItem = ProvisionReference.of(ProvisionNumber.of(12), ProvisionNumber.of(2), null);
    assertThat(noItem.compareTo(ProvisionReference.of(12, 2, 1))).isNegative();
    assertThat(ProvisionReference.of(12, 2, 3).compareTo(ProvisionReference.of(12, 2, 3))).isZero();
  }
}
