package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.KanjiNumerals;

/**
 * A citation of the provisions a rule rests on, as registers such as the national procedures
 * survey (行政手続等の悉皆調査, column 根拠条項号) write them: one or more provisions or ranges, in the
 * main or supplementary provisions, optionally applied mutatis mutandis (準用) by another provision,
 * optionally after the cited law's name or number, optionally with a version note.
 *
 * <p>{@link #parse(CharSequence)} reads every way the survey writes real references:
 * <ul>
 *   <li>the plain form {@code 第4条の9第1項}, in kanji or Arabic numerals, full- or half-width, with
 *       leading zeros ({@code 第01条}) and spaces anywhere;
 *   <li>the branch before 条 ({@code 第100の4条第4項} = 第100条の4第4項), ノ for の ({@code 第10条ノ2}),
 *       a stray 条 after the branch ({@code 第10条の10条}), a stray の before the next level
 *       ({@code 第28条の4の第1項}), a missing 条 between a branched article and its paragraph
 *       ({@code 第13の2第3項}), 第 missing before 項 or 号 ({@code 第4条1項13号});
 *   <li>paragraphs or items without an article ({@code 第2項});
 *   <li>supplementary provisions: {@code 附則}, {@code 制定附則}, {@code 改正附則};
 *   <li>appended tables: {@code 別表第2}, {@code 別表第17第9号}, a division numbered without a level
 *       name and its rows ({@code 別表第1第三11}), notes of a table ({@code 別表第2の5(2)の注2},
 *       {@code 別表第1の1(5)イの(注)3});
 *   <li>the table inside an article ({@code 第96条表6号の2}, {@code 第81条の14の表の15}; see
 *       {@link ProvisionPoint#inProvisionTable()});
 *   <li>sub-items {@code イ}, {@code ロ}, {@code (1)} (also after の: {@code 第3号のイ}), and
 *       {@code 本文}, {@code ただし書}, {@code 前段}, {@code 後段};
 *   <li>lists and ranges: {@code 第10条第1項、第3項}, {@code 第4条第4・5項},
 *       {@code 第102条第2,3項}, {@code 第150条第1項及び第152条}, {@code 第3条から第5条まで}; a
 *       later element that starts at a lower level takes the higher levels of the one before it;
 *   <li>準用: {@code 第31条で準用する第10条第1項}, {@code 第21条第3項において読み替えて準用する第11条第1項},
 *       {@code 第104条の3（第34条の7の準用）}, and chains of any length with lists in any link
 *       ({@code 第5条で準用する第3条で準用する第2条}, {@link #applications()});
 *   <li>a law in front: its number ({@code 平成23年政令第405号第10条第2項}) or name
 *       ({@code 法第12条第2項}, {@code 日本銀行国庫金取扱規程第35条の5の3}), also after 附則;
 *   <li>a version note at the end: {@code 第42条第1項（平成18年3月31日改正前）}.
 * </ul>
 * Anything else ({@code 第-条}, {@code 第60.0条}, {@code 第19条第}) is rejected with a
 * {@link ProvisionParseException} that gives the character index; no other exception escapes
 * {@code parse} for any input.
 *
 * <p>{@link #toString()} prints one canonical form (Arabic numerals, each list element complete,
 * {@code から…まで}, {@code で準用する}); {@code parse(c.toString()).equals(c)} for every citation.
 * This class is immutable and thread-safe.
 */
public final class ProvisionCitation implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final String NUM = "(?:[0-9]+|[〇一二三四五六七八九十百千]+)";
  /** A law number in front, e.g. 平成23年政令第405号, 平成4年1月27日運輸省令第5号. */
  private static final Pattern LAW_NUMBER = Pattern.compile(
      "(?:明治|大正|昭和|平成|令和)(?:元|" + NUM + ")年(?:" + NUM + "月" + NUM + "日)?[^第0-9]+?第" + NUM + "号");
  private static final Pattern NOTE = Pattern.compile("\\(([^()]+改正[前後])\\)");
  private static final String[] APPLY = {"において読み替えて準用する", "で読み替えて準用する", "において準用する", "で準用する"};
  private static final String[] SEPARATORS = {"、", ",", "・", "及び", "並びに", "又は", "若しくは"};

  /** The value of {@link #law()}. */
  private final String law;
  /** The value of {@link #part()}. */
  private final ProvisionPart part;
  /** The value of {@link #provisions()}. */
  private final List<ProvisionRange> provisions;
  /** The value of {@link #applications()}. */
  private final List<AppliedProvisions> applications;
  /** The value of {@link #note()}. */
  private final String note;

  private ProvisionCitation(String law, ProvisionPart part, List<ProvisionRange> provisions,
      List<AppliedProvisions> applications, String note) {
    this.law = law;
    this.part = part;
    this.provisions = provisions;
    this.applications = applications;
    this.note = note;
  }

  /**
   * {@return the citation, never null}
   *
   * @param law  the law cited in front (a law number or a name without numerals), or null
   * @param part  the part of the law the provisions are in, not null
   * @param provisions  the provisions (in a 準用 citation: the applying ones), not empty
   * @param applied  the provisions applied mutatis mutandis, possibly empty, not null
   * @param replacedTerms  whether they are applied with terms replaced (読み替えて準用); only with applied provisions
   * @param note  a version note such as {@code 平成18年3月31日改正前}, or null
   * @throws IllegalArgumentException naming the field and the rule it breaks: an empty list, a
   *     law that would not print back as itself, a list element that leaves out a level the
   *     element before it names (it would read back with that level), a note of another shape
   */
  public static ProvisionCitation of(String law, ProvisionPart part, List<ProvisionRange> provisions,
      List<ProvisionRange> applied, boolean replacedTerms, String note) {
    if (replacedTerms && applied.isEmpty()) {
      throw Checks.invalid("ProvisionCitation", "replacedTerms", replacedTerms, "only with applied provisions (読み替えて準用)");
    }
    return of(law, part, provisions, applied.isEmpty() ? List.of() : List.of(new AppliedProvisions(applied, replacedTerms)),
        note);
  }

  /**
   * A citation with a 準用 chain of any length: {@code provisions} apply the first link's
   * provisions, which apply the next link's, and so on ({@code 第5条で準用する第3条で準用する第2条}).
   *
   * @param law  the law cited in front (a law number or a name without numerals), or null
   * @param part  the part of the law the provisions are in, not null
   * @param provisions  the provisions cited (the first applying ones, when there is a chain), not empty
   * @param applications  the 準用 chain, possibly empty, not null
   * @param note  a version note such as {@code 平成18年3月31日改正前}, or null
   * @return the citation, never null
   * @throws IllegalArgumentException naming the field and the rule it breaks (as
   *     {@link #of(String, ProvisionPart, List, List, boolean, String)})
   */
  public static ProvisionCitation of(String law, ProvisionPart part, List<ProvisionRange> provisions,
      List<AppliedProvisions> applications, String note) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(applications, "applications");
    if (provisions.isEmpty()) {
      throw Checks.invalid("ProvisionCitation", "provisions", provisions, "must not be empty");
    }
    if (law != null && (law.isEmpty() || lawPrefixLength(law + "第1条", 0) != law.length())) {
      throw Checks.invalid("ProvisionCitation", "law", law, "must be a law number (平成23年政令第405号) or a name"
          + " without numerals, 第, 附則 or 別表");
    }
    if (note != null && !NOTE.matcher("(" + note + ")").matches()) {
      throw Checks.invalid("ProvisionCitation", "note", note, "must be a version note ending in 改正前 or 改正後");
    }
    checkResolved("provisions", provisions);
    for (AppliedProvisions a : applications) {
      checkResolved("applied", Objects.requireNonNull(a, "applications").provisions());
    }
    return new ProvisionCitation(law, part, List.copyOf(provisions), List.copyOf(applications), note);
  }

  /**
   * {@return a citation of that one provision, never null}
   *
   * @param reference  a plain reference, not null
   */
  public static ProvisionCitation of(ProvisionReference reference) {
    return of(null, ProvisionPart.MAIN, List.of(ProvisionRange.of(ProvisionPoint.of(reference))), List.of(), false, null);
  }

  private static void checkResolved(String field, List<ProvisionRange> ranges) {
    ProvisionPoint prev = null;
    for (ProvisionRange r : ranges) {
      Objects.requireNonNull(r, field);
      if (prev != null && !resolve(prev, r.from()).equals(r.from())) {
        throw Checks.invalid("ProvisionCitation", field, r.from(), "after '" + prev
            + "' leaves out a level the element before it names; write it in full (" + resolve(prev, r.from()) + ")");
      }
      if (r.to().isPresent() && !resolve(r.from(), r.to().get()).equals(r.to().get())) {
        throw Checks.invalid("ProvisionCitation", field, r, "the end of the range leaves out a level its start names");
      }
      prev = r.to().orElse(r.from());
    }
  }

  /** Fills in the levels above the point's first level from the point before it. */
  static ProvisionPoint resolve(ProvisionPoint prev, ProvisionPoint p) {
    if (prev == null || p.table().isPresent() || p.article().isPresent()) {
      return p;
    }
    ProvisionNumber table = prev.table().orElse(null);
    ProvisionNumber article = prev.article().orElse(null);
    // the division of an appended table is above every level a point can start at; the table of a
    // provision is below its paragraph: an element starting at an item (第96条表第6号、第7号) is in it
    ProvisionNumber division = prev.division().orElse(null);
    boolean inTable = p.inProvisionTable() || (p.paragraph().isEmpty() && prev.inProvisionTable());
    ProvisionNumber paragraph = p.paragraph().isPresent() ? p.paragraph().get() : prev.paragraph().orElse(null);
    return ProvisionPoint.of(table, article, paragraph, p.item().orElse(null), p.subItems(), p.sentence().orElse(null),
        inTable, division, p.row().orElse(null), p.note().orElse(null));
  }

  /** {@return the law named in front, as written (normalised), if any} */
  public Optional<String> law() {
    return Optional.ofNullable(law);
  }

  /** {@return the part of the law, never null} */
  public ProvisionPart part() {
    return part;
  }

  /** {@return the provisions cited (in a 準用 citation, the applying ones), never empty} */
  public List<ProvisionRange> provisions() {
    return provisions;
  }

  /**
   * {@return the provisions applied mutatis mutandis (準用) by {@link #provisions()}: the first link
   * of the chain, possibly empty}
   */
  public List<ProvisionRange> applied() {
    return applications.isEmpty() ? List.of() : applications.get(0).provisions();
  }

  /** {@return whether the first link's provisions are applied with terms replaced (読み替えて準用)} */
  public boolean replacedTerms() {
    return !applications.isEmpty() && applications.get(0).replacedTerms();
  }

  /**
   * {@return the 準用 chain in the order written: in {@code 第5条で準用する第3条で準用する第2条}, {@code [第3条, 第2条]};
   * possibly empty, never null}
   */
  public List<AppliedProvisions> applications() {
    return applications;
  }

  /** {@return the version note, e.g. {@code 平成18年3月31日改正前}, if any} */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * {@return the single plain reference this citation is, when it is one article-level provision of
   * the main provisions without law, list, range, 準用, table, sub-item or sentence part}
   */
  public Optional<ProvisionReference> asReference() {
    if (law != null || part != ProvisionPart.MAIN || provisions.size() != 1 || !applications.isEmpty() || note != null) {
      return Optional.empty();
    }
    ProvisionRange r = provisions.get(0);
    ProvisionPoint p = r.from();
    if (r.to().isPresent() || !p.subItems().isEmpty() || p.sentence().isPresent()) {
      return Optional.empty();
    }
    return p.toReference();
  }

  /**
   * Parses a citation (see the class comment for the forms).
   *
   * @param text  the text, not null
   * @return the citation, never null
   * @throws ProvisionParseException naming the text, the character index and what was expected
   */
  public static ProvisionCitation parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = LawText.compact(text);
    return new Parser(text.toString(), s).citation();
  }

  /**
   * {@return whether {@link #parse} accepts it}
   *
   * @param text  a candidate citation, not null
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (ProvisionParseException e) {
      return false;
    }
  }

  /** Length of the law named at {@code from}, or -1 if none. */
  static int lawPrefixLength(String s, int from) {
    // the law-number pattern starts with an era's name: without one it cannot match, and no Matcher is made
    // (nearly every citation starts with 第, 附則 or 別表; issue 11i)
    if (startsWithEra(s, from)) {
      Matcher m = LAW_NUMBER.matcher(s);
      m.region(from, s.length());
      if (m.lookingAt()) {
        return m.end() - from;
      }
    }
    for (int i = from; i < s.length(); i++) {
      if (startsProvision(s, i)) {
        return i == from ? -1 : i - from;
      }
      char c = s.charAt(i);
      if (!Character.isLetter(c) || isDigit(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** {@return whether an era's name (明治, 大正, 昭和, 平成, 令和) starts at {@code i}} */
  static boolean startsWithEra(String s, int i) {
    if (i + 1 >= s.length()) {
      return false;
    }
    switch (s.charAt(i)) {
      case '明': return s.charAt(i + 1) == '治';
      case '大': return s.charAt(i + 1) == '正';
      case '昭': return s.charAt(i + 1) == '和';
      case '平': return s.charAt(i + 1) == '成';
      case '令': return s.charAt(i + 1) == '和';
      default: return false;
    }
  }

  private static boolean startsProvision(String s, int i) {
    return s.startsWith("附則", i) || s.startsWith("制定附則", i) || s.startsWith("改正附則", i) || s.startsWith("別表", i)
        || (s.charAt(i) == '第' && i + 1 < s.length() && isNumeral(s.charAt(i + 1)));
  }

  /**
   * {@return the digits without their leading zeros, one zero left of all zeros} What
   * {@code replaceFirst("^0+(?=.)", "")} gave, without compiling a pattern per number (issue 11g).
   */
  static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNumeral(char c) {
    return isDigit(c) || KanjiNumerals.isKanjiNumeralChar(c) || c == '〇';
  }

  /** A hand-written recursive-descent reader over the normalised text. */
  private static final class Parser {
    private final String original;
    private final String s;
    private int pos;

    Parser(String original, String s) {
      this.original = original;
      this.s = s;
    }

    ProvisionParseException error(String expected) {
      return new ProvisionParseException("ProvisionCitation", original, s, pos, expected);
    }

    boolean at(String token) {
      return s.startsWith(token, pos);
    }

    boolean eat(String token) {
      if (at(token)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    char peek(int ahead) {
      int p = pos + ahead;
      return p < s.length() ? s.charAt(p) : '\0';
    }

    ProvisionCitation citation() {
      if (s.isEmpty()) {
        throw error("expected a provision, e.g. 第4条第1項 (the text is empty)");
      }
      String law = law();
      ProvisionPart part = part();
      if (law == null && part != ProvisionPart.MAIN) {
        law = law();
      }
      List<ProvisionRange> provisions = list();
      List<AppliedProvisions> chain = new ArrayList<>();
      String note = null;
      for (boolean more = true; more; ) {
        more = false;
        for (String a : APPLY) {
          if (eat(a)) {
            chain.add(new AppliedProvisions(list(), a.contains("読み替え")));
            more = true;
            break;
          }
        }
      }
      if (chain.isEmpty() && at("(")) {
        Matcher m = NOTE.matcher(s).region(pos, s.length());
        if (!m.lookingAt()) {
          pos++;
          chain.add(AppliedProvisions.of(list()));
          if (!eat("の準用") && !eat("を準用") && !eat("準用")) {
            throw error("expected の準用) after the provisions in brackets");
          }
          if (!eat(")")) {
            throw error("expected ')'");
          }
        }
      }
      if (at("(")) {
        Matcher m = NOTE.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
          note = m.group(1);
          pos = m.end();
        }
      }
      if (pos < s.length()) {
        throw error("expected the end, a list separator (、 ・ 及び), から…まで, で準用する, or a note such as (…改正前)");
      }
      try {
        return of(law, part, provisions, chain, note);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    String law() {
      int n = lawPrefixLength(s, pos);
      if (n <= 0) {
        return null;
      }
      String law = s.substring(pos, pos + n);
      pos += n;
      return law;
    }

    ProvisionPart part() {
      if (eat("制定附則")) {
        return ProvisionPart.ORIGINAL_SUPPLEMENTARY;
      }
      if (eat("改正附則")) {
        return ProvisionPart.AMENDMENT_SUPPLEMENTARY;
      }
      if (eat("附則")) {
        return ProvisionPart.SUPPLEMENTARY;
      }
      return ProvisionPart.MAIN;
    }

    List<ProvisionRange> list() {
      List<ProvisionRange> ranges = new ArrayList<>();
      ProvisionPoint prev = null;
      do {
        List<ProvisionPoint> points = point(prev);
        ProvisionPoint last = points.get(points.size() - 1);
        if (points.size() == 1 && (at("から") || at("~"))) {
          pos += at("から") ? 2 : 1;
          List<ProvisionPoint> end = point(last);
          if (end.size() != 1) {
            throw error("expected one provision at the end of a range");
          }
          eat("まで");
          ranges.add(ProvisionRange.of(last, end.get(0)));
          prev = end.get(0);
        } else {
          points.forEach(p -> ranges.add(ProvisionRange.of(p)));
          prev = last;
        }
      } while (separator());
      return ranges;
    }

    boolean separator() {
      for (String sep : SEPARATORS) {
        if (at(sep)) {
          int after = pos + sep.length();
          if (after < s.length() && (s.charAt(after) == '第' || s.startsWith("別表", after) || isNumeral(s.charAt(after)))) {
            pos = after;
            return true;
          }
        }
      }
      return false;
    }

    /** One point, or several when a level lists numbers (第2,3項); levels above the first come from prev. */
    List<ProvisionPoint> point(ProvisionPoint prev) {
      int start = pos;
      ProvisionNumber table = null;
      ProvisionNumber[] levels = new ProvisionNumber[3];
      List<Integer> listed = null;
      int listedLevel = -1;
      int deepest = -1;
      boolean provisionTable = false;
      ProvisionNumber division = null;
      if (eat("別表")) {
        if (eat("第")) {
          int main = number();
          table = ProvisionNumber.of(main, branches());
        } else {
          throw error("expected 第 and the number of the appended table (別表第1)");
        }
      }
      while (true) {
        if (!provisionTable && table == null && listed == null && (deepest == 0 || deepest == 1)
            && (at("表") || at("の表"))) {
          // the table of the article or paragraph (第96条表6号の2, 第81条の14の表の15): only its items follow
          pos += at("表") ? 1 : 2;
          provisionTable = true;
          deepest = 1;
          continue;
        }
        int levelStart = pos;
        boolean hasDai = eat("第");
        if (!hasDai) {
          // 第 may be missing before 項 or 号 once a level is given (第4条1項13号)
          if ((deepest < 0 && table == null) || !isNumeral(peek(0)) || !bareLevelFollows()) {
            break;
          }
        }
        if (listed != null) {
          pos = levelStart;
          throw error("a list of numbers (第2,3項) must end the provision");
        }
        int main = number();
        List<Integer> pre = branches();
        List<Integer> more = List.of(); // a list only for a level that lists numbers (第2,3項): issue 11i
        while (pre.isEmpty() && (at(",") || at("・") || at("、")) && isNumeral(peek(1)) && listContinues()) {
          pos++;
          if (more.isEmpty()) {
            more = new ArrayList<>(2);
          }
          more.add(number());
        }
        int level;
        if (eat("条")) {
          level = 0;
        } else if (eat("項")) {
          level = 1;
        } else if (eat("号")) {
          level = 2;
        } else if (!pre.isEmpty() && more.isEmpty() && deepest < 0 && table == null && at("第")) {
          level = 0; // 第13の2第3項: 条 left out after a branched article
        } else if (hasDai && table != null && division == null && deepest < 0 && more.isEmpty()) {
          division = ProvisionNumber.of(main, pre); // 別表第1第三: a division of the table, numbered without a level name
          continue;
        } else {
          throw error("expected 条, 項 or 号 after the number");
        }
        if (level <= deepest || (table != null && level == 0)) {
          pos = levelStart;
          throw error(table != null && level == 0 ? "an appended table (別表) has no articles"
              : "levels must come in the order 条, 項, 号");
        }
        List<Integer> post = branches();
        if (!pre.isEmpty() && !post.isEmpty()) {
          throw error("a number has its branch either before or after 条/項/号, not both");
        }
        if (level == 0 && !post.isEmpty() && at("条")) {
          pos++; // 第10条の10条: a stray 条 after the branch
        }
        if (!more.isEmpty() && !post.isEmpty()) {
          throw error("a list of numbers (第2,3項) cannot have branches after it");
        }
        List<Integer> br = pre.isEmpty() ? post : pre;
        levels[level] = ProvisionNumber.of(main, br);
        deepest = level;
        if (!more.isEmpty()) {
          listed = new ArrayList<>();
          listed.add(main);
          listed.addAll(more);
          listedLevel = level;
        }
        if (at("の") && peek(1) == '第') {
          pos++; // 第28条の4の第1項: a stray の before the next level
        }
      }
      if (deepest < 0 && table == null) {
        pos = start;
        throw error("expected a provision: 第…条, 第…項, 第…号, 附則 or 別表第…");
      }
      ProvisionNumber row = null;
      if (levels[2] == null && listed == null
          && ((provisionTable && at("の") && isNumeral(peek(1))) || (division != null && isNumeral(peek(0))))) {
        // a row numbered without a level name: 表の15, 第三11 (also 表の15の項)
        eat("の");
        int main = number();
        row = ProvisionNumber.of(main, branches());
        eat("の項");
      }
      List<String> subItems = List.of(); // a list only for a point that has sub-items: issue 11i
      while (true) {
        int before = pos;
        eat("の");
        String sub = subItem();
        if (sub == null) {
          pos = before;
          break;
        }
        if (subItems.isEmpty()) {
          subItems = new ArrayList<>(2);
        }
        subItems.add(sub);
      }
      ProvisionNumber note = null;
      if (table != null || provisionTable) {
        int before = pos;
        eat("の");
        if (eat("(注)") || eat("注")) {
          int main = number(); // 別表第2の5(2)の注2, 別表第1の1(5)イの(注)3: a note of the table
          note = ProvisionNumber.of(main, branches());
        } else {
          pos = before;
        }
      }
      SentencePart sentence = sentence();
      if (listed != null && (!subItems.isEmpty() || sentence != null || note != null)) {
        throw error("a list of numbers (第2,3項) must end the provision");
      }
      List<ProvisionPoint> out = new ArrayList<>();
      try {
        if (listed == null) {
          out.add(CitationPoints.make(prev, table, levels, subItems, sentence, provisionTable, division, row, note));
        } else {
          for (int n : listed) {
            levels[listedLevel] = ProvisionNumber.of(n);
            out.add(CitationPoints.make(prev, table, levels, subItems, sentence, provisionTable, division, row, note));
          }
        }
      } catch (IllegalArgumentException e) {
        pos = start;
        throw error(e.getMessage());
      }
      return out;
    }

    /** After a bare number: does 項 or 号 follow (第4条1項)? */
    private boolean bareLevelFollows() {
      int p = pos;
      while (p < s.length() && isNumeral(s.charAt(p))) {
        p++;
      }
      return p < s.length() && (s.charAt(p) == '項' || s.charAt(p) == '号');
    }

    /** After a list separator and a number: does the list still lead to a level name (第4・5項)? */
    private boolean listContinues() {
      int p = pos + 1;
      while (p < s.length() && (isNumeral(s.charAt(p)) || s.charAt(p) == ',' || s.charAt(p) == '・' || s.charAt(p) == '、')) {
        p++;
      }
      return p < s.length() && (s.charAt(p) == '条' || s.charAt(p) == '項' || s.charAt(p) == '号');
    }

    /** {@return the branch numbers (の2の3), an immutable empty list when there are none (most numbers: issue 11i)} */
    List<Integer> branches() {
      List<Integer> br = List.of();
      while (branchFollows()) {
        pos++;
        if (br.isEmpty()) {
          br = new ArrayList<>(2);
        }
        br.add(number());
      }
      return br;
    }

    private boolean branchFollows() {
      if (pos + 1 >= s.length()) {
        return false;
      }
      char c = s.charAt(pos);
      return (c == 'の' || c == 'ノ') && isNumeral(s.charAt(pos + 1));
    }

    String subItem() {
      if (pos >= s.length()) {
        return null;
      }
      char one = s.charAt(pos);
      if (ProvisionPoint.isSubItemKana(one) && !(one == 'ノ' && isNumeral(peek(1)))) {
        pos++;
        return String.valueOf(one);
      }
      int close = one == '(' ? s.indexOf(')', pos) : -1;
      if (close > pos) {
        String t = s.substring(pos, close + 1);
        if (t.length() > 2 && t.chars().skip(1).limit(t.length() - 2L).allMatch(c -> isDigit((char) c))) {
          String norm = "(" + Integer.parseInt(withoutLeadingZeros(t.substring(1, t.length() - 1))) + ")";
          if (ProvisionPoint.isSubItem(norm)) {
            pos = close + 1;
            return norm;
          }
        }
      }
      return null;
    }

    SentencePart sentence() {
      if (eat("本文")) {
        return SentencePart.MAIN_CLAUSE;
      }
      if (eat("ただし書き") || eat("ただし書") || eat("但書") || eat("但し書")) {
        return SentencePart.PROVISO;
      }
      if (eat("前段")) {
        return SentencePart.FIRST_SENTENCE;
      }
      if (eat("後段")) {
        return SentencePart.LATTER_SENTENCE;
      }
      return null;
    }

    int number() {
      int start = pos;
      if (isDigit(peek(0))) {
        while (isDigit(peek(0))) {
          pos++;
        }
        String digits = withoutLeadingZeros(s.substring(start, pos));
        if (digits.length() > 4 || Integer.parseInt(digits) < 1) {
          pos = start;
          throw error("a number must be from 1 to " + KanjiNumerals.MAX + " (was '" + s.substring(start, start + Math.max(1, digits.length())) + "')");
        }
        return Integer.parseInt(digits);
      }
      while (KanjiNumerals.isKanjiNumeralChar(peek(0))) {
        pos++;
      }
      if (start == pos) {
        throw error("expected a number in kanji (十二) or Arabic numerals (12)");
      }
      try {
        return KanjiNumerals.parse(s.substring(start, pos));
      } catch (IllegalArgumentException e) {
        pos = start;
        throw error(e.getMessage());
      }
    }
  }

  /** Builds points while parsing: the levels of this point, completed from the one before it. */
  private static final class CitationPoints {
    private CitationPoints() {}

    static ProvisionPoint make(ProvisionPoint prev, ProvisionNumber table, ProvisionNumber[] levels,
        List<String> subItems, SentencePart sentence, boolean provisionTable, ProvisionNumber division,
        ProvisionNumber row, ProvisionNumber note) {
      ProvisionPoint p = ProvisionPoint.of(table, levels[0], levels[1], levels[2], subItems, sentence, provisionTable,
          division, row, note);
      return resolve(prev, p);
    }
  }

  /** {@return the canonical form, e.g. {@code 第31条で準用する第10条第1項}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (law != null) {
      sb.append(law);
    }
    if (part != ProvisionPart.MAIN) {
      sb.append(part.japaneseName());
    }
    join(sb, provisions);
    for (AppliedProvisions a : applications) {
      sb.append(a.connective());
      join(sb, a.provisions());
    }
    if (note != null) {
      sb.append('(').append(note).append(')');
    }
    return sb.toString();
  }

  private static void join(StringBuilder sb, List<ProvisionRange> ranges) {
    for (int i = 0; i < ranges.size(); i++) {
      if (i > 0) {
        sb.append('、');
      }
      sb.append(ranges.get(i));
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProvisionCitation)) {
      return false;
    }
    ProvisionCitation c = (ProvisionCitation) o;
    return Objects.equals(law, c.law) && part == c.part && provisions.equals(c.provisions)
        && applications.equals(c.applications) && Objects.equals(note, c.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(law, part, provisions, applications, note);
  }
}
