package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.KanjiNumerals;

/**
 * One place in a law as the procedures survey and other registers cite it: an appended table
 * (別表第二), an article (条), a paragraph (項), an item (号), sub-items (イ, ロ, (1) ...) and a
 * part of the sentence (本文, ただし書, 前段, 後段). Unlike {@link ProvisionReference}, the article
 * may be missing ({@code 第2項} of an article the context names) and the point may be in a table.
 *
 * <p>Inside a table the point may also name (issue 11):
 * <ul>
 *   <li>the table of the article or paragraph it names ({@link #inProvisionTable()}): {@code 第96条表第6号の2}
 *       is item 6の2 of the table in article 96;
 *   <li>a division of an appended table numbered without a level name ({@link #division()}):
 *       {@code 別表第1第三} (printed in kanji, as tables number their divisions);
 *   <li>a row numbered without a level name ({@link #row()}): {@code 第81条の14の表の15},
 *       {@code 別表第1第三11};
 *   <li>a note of the table ({@link #note()}): {@code 別表第2の5(2)の注2}, {@code 別表第1の1(5)イの(注)3}.
 * </ul>
 *
 * <p>{@link #toString()} prints Arabic numerals in statute order, e.g. {@code 第12条の2第3項第2号イ本文};
 * {@link ProvisionCitation#parse} reads that back to an equal point. This class is immutable and
 * thread-safe.
 */
public final class ProvisionPoint implements Serializable {
  private static final long serialVersionUID = 1L;

  /** イロハ order kana (including ヰ and ヱ) or a bracketed number: the sub-item labels statutes use. */
  private static final String SUB_ITEM_KANA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
  /** What {@link #isSubItem} decides, as a pattern: the reference its property test compares it with. */
  static final Pattern SUB_ITEM = Pattern.compile("[" + SUB_ITEM_KANA + "]|\\([1-9][0-9]{0,3}\\)");

  /** The value of {@link #table()}. */
  private final ProvisionNumber table;
  /** The value of {@link #article()}. */
  private final ProvisionNumber article;
  /** The value of {@link #paragraph()}. */
  private final ProvisionNumber paragraph;
  /** The value of {@link #item()}. */
  private final ProvisionNumber item;
  /** The value of {@link #subItems()}. */
  private final List<String> subItems;
  /** The value of {@link #sentence()}. */
  private final SentencePart sentence;
  /** The value of {@link #inProvisionTable()}. */
  private final boolean provisionTable;
  /** The value of {@link #division()}. */
  private final ProvisionNumber division;
  /** The value of {@link #row()}. */
  private final ProvisionNumber row;
  /** The value of {@link #note()}. */
  private final ProvisionNumber note;

  private ProvisionPoint(ProvisionNumber table, ProvisionNumber article, ProvisionNumber paragraph,
      ProvisionNumber item, List<String> subItems, SentencePart sentence, boolean provisionTable,
      ProvisionNumber division, ProvisionNumber row, ProvisionNumber note) {
    this.table = table;
    this.article = article;
    this.paragraph = paragraph;
    this.item = item;
    this.subItems = subItems;
    this.sentence = sentence;
    this.provisionTable = provisionTable;
    this.division = division;
    this.row = row;
    this.note = note;
  }

  /**
   * {@return the point, never null}
   *
   * @param table  the appended table (別表) number, or null
   * @param article  the article number, or null
   * @param paragraph  the paragraph number, or null
   * @param item  the item number, or null
   * @param subItems  sub-item labels, each one イロハ kana or a bracketed number such as {@code (1)}, not null
   * @param sentence  the part of the sentence, or null for the whole
   * @throws IllegalArgumentException if no level is given, a table is combined with an article,
   *     sub-items are given without an item or table, or a sub-item label is not one of the forms
   */
  public static ProvisionPoint of(ProvisionNumber table, ProvisionNumber article, ProvisionNumber paragraph,
      ProvisionNumber item, List<String> subItems, SentencePart sentence) {
    return of(table, article, paragraph, item, subItems, sentence, false, null, null, null);
  }

  /** The factory behind {@link #of(ProvisionNumber, ProvisionNumber, ProvisionNumber, ProvisionNumber, List, SentencePart)} and the {@code with…} methods. */
  static ProvisionPoint of(ProvisionNumber table, ProvisionNumber article, ProvisionNumber paragraph,
      ProvisionNumber item, List<String> subItems, SentencePart sentence, boolean provisionTable,
      ProvisionNumber division, ProvisionNumber row, ProvisionNumber note) {
    Objects.requireNonNull(subItems, "subItems");
    if (provisionTable && (table != null || (article == null && paragraph == null))) {
      throw Checks.invalid("ProvisionPoint", "inProvisionTable", provisionTable,
          "the table of a provision needs the article or paragraph it is in, and no appended table (別表)");
    }
    if (division != null && table == null) {
      throw Checks.invalid("ProvisionPoint", "division", division, "a division (第三) is part of an appended table (別表)");
    }
    if (row != null && division == null && !provisionTable) {
      throw Checks.invalid("ProvisionPoint", "row", row, "a row is part of the table of a provision or of a division"
          + " of an appended table (別表第1第三11)");
    }
    if (row != null && (paragraph != null && table != null || item != null)) {
      throw Checks.invalid("ProvisionPoint", "row", row, "a row of a table is not combined with a paragraph or item of the table");
    }
    if (note != null && table == null && !provisionTable) {
      throw Checks.invalid("ProvisionPoint", "note", note, "a note (注) is part of a table (別表, or the table of a provision)");
    }
    if (table == null && article == null && paragraph == null && item == null) {
      throw new IllegalArgumentException("ProvisionPoint: needs a table, article, paragraph or item (all were absent)");
    }
    if (table != null && article != null) {
      throw Checks.invalid("ProvisionPoint", "article", "table " + table + ", article " + article,
          "an appended table (別表) has no articles");
    }
    if (!subItems.isEmpty() && item == null && table == null && row == null) {
      throw Checks.invalid("ProvisionPoint", "subItems", subItems, "sub-items need an item or a table");
    }
    for (String s : subItems) {
      if (s == null || !isSubItem(s)) {
        throw Checks.invalid("ProvisionPoint", "subItems", s, "each must be one イロハ kana or a bracketed number like (1)");
      }
    }
    return new ProvisionPoint(table, article, paragraph, item, List.copyOf(subItems), sentence, provisionTable,
        division, row, note);
  }

  /**
   * {@return a copy in the table of the article or paragraph this point names: its item, row or note
   * is the table's ({@code 第96条表第6号の2}), never null}
   *
   * @throws IllegalArgumentException if the point names no article or paragraph, or is in an appended table
   */
  public ProvisionPoint inTableOfProvision() {
    return of(table, article, paragraph, item, subItems, sentence, true, division, row, note);
  }

  /**
   * {@return a copy in that division of its appended table ({@code 別表第1第三}), never null}
   *
   * @param division  the division's number, not null
   * @throws IllegalArgumentException if the point is not in an appended table
   */
  public ProvisionPoint withDivision(ProvisionNumber division) {
    return of(table, article, paragraph, item, subItems, sentence, provisionTable,
        Objects.requireNonNull(division, "division"), row, note);
  }

  /**
   * {@return a copy at that row of its table ({@code 第81条の14の表の15}), never null}
   *
   * @param row  the row's number, not null
   * @throws IllegalArgumentException if the point is neither in the table of a provision nor in a
   *     division of an appended table, or names an item (or, in an appended table, a paragraph)
   */
  public ProvisionPoint withRow(ProvisionNumber row) {
    return of(table, article, paragraph, item, subItems, sentence, provisionTable, division,
        Objects.requireNonNull(row, "row"), note);
  }

  /**
   * {@return a copy at that note of its table ({@code 別表第2の5(2)の注2}), never null}
   *
   * @param note  the note's number, not null
   * @throws IllegalArgumentException if the point is in no table
   */
  public ProvisionPoint withNote(ProvisionNumber note) {
    return of(table, article, paragraph, item, subItems, sentence, provisionTable, division, row,
        Objects.requireNonNull(note, "note"));
  }

  /**
   * {@return the same place as a point, never null}
   *
   * @param reference  a reference, not null
   */
  public static ProvisionPoint of(ProvisionReference reference) {
    return of(null, reference.article(), reference.paragraph().orElse(null), reference.item().orElse(null), List.of(), null);
  }

  static boolean isSubItem(String s) {
    // exactly SUB_ITEM.matcher(s).matches(), without a Matcher per call (issue 11i: the parser asks this
    // after every provision it reads); SubItemProperties checks the two against each other
    int n = s.length();
    if (n == 1) {
      return isSubItemKana(s.charAt(0));
    }
    if (n < 3 || n > 6 || s.charAt(0) != '(' || s.charAt(n - 1) != ')' || s.charAt(1) < '1' || s.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < n - 1; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the character is one of the イロハ kana that label sub-items} */
  static boolean isSubItemKana(char c) {
    return SUB_ITEM_KANA.indexOf(c) >= 0;
  }

  /** {@return the appended table (別表) number, if the point is in one} */
  public Optional<ProvisionNumber> table() {
    return Optional.ofNullable(table);
  }

  /** {@return the article (条), if named} */
  public Optional<ProvisionNumber> article() {
    return Optional.ofNullable(article);
  }

  /** {@return the paragraph (項), if named} */
  public Optional<ProvisionNumber> paragraph() {
    return Optional.ofNullable(paragraph);
  }

  /** {@return the item (号), if named} */
  public Optional<ProvisionNumber> item() {
    return Optional.ofNullable(item);
  }

  /** {@return the sub-item labels (イ, ロ, (1) ...), possibly empty, never null} */
  public List<String> subItems() {
    return subItems;
  }

  /** {@return the part of the sentence, if one is named} */
  public Optional<SentencePart> sentence() {
    return Optional.ofNullable(sentence);
  }

  /**
   * {@return whether the point is in the table of the article or paragraph it names
   * ({@code 第96条表第6号の2}): then its item, row and note are the table's}
   */
  public boolean inProvisionTable() {
    return provisionTable;
  }

  /** {@return the division of the appended table numbered without a level name ({@code 別表第1第三}), if named} */
  public Optional<ProvisionNumber> division() {
    return Optional.ofNullable(division);
  }

  /** {@return the row of the table numbered without a level name ({@code 表の15}, {@code 第三11}), if named} */
  public Optional<ProvisionNumber> row() {
    return Optional.ofNullable(row);
  }

  /** {@return the note of the table ({@code 注2}, {@code (注)3}), if named} */
  public Optional<ProvisionNumber> note() {
    return Optional.ofNullable(note);
  }

  /** {@return the article, paragraph and item as a {@link ProvisionReference}, if there is an article and no table} */
  public Optional<ProvisionReference> toReference() {
    if (article == null || provisionTable || row != null || note != null) {
      return Optional.empty();
    }
    return Optional.of(ProvisionReference.of(article, paragraph, item));
  }

  /**
   * {@return e.g. {@code 第12条の2第3項第2号イ本文}, {@code 別表第1第9号}, {@code 第96条表第6号の2},
   * {@code 第81条の14表の15}, {@code 別表第1第三11}, {@code 別表第2の5(2)注2}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (table != null) {
      sb.append("別表");
      append(sb, table, "");
    }
    if (division != null) {
      // in kanji, as tables number their divisions: a row in Arabic numerals may follow directly (第三11)
      sb.append('第').append(KanjiNumerals.format(division.main()));
      for (int b : division.branches()) {
        sb.append('の').append(KanjiNumerals.format(b));
      }
    }
    append(sb, article, "条");
    append(sb, paragraph, "項");
    if (provisionTable) {
      sb.append('表');
    }
    append(sb, item, "号");
    if (row != null) {
      if (division == null) {
        sb.append('の');
      }
      sb.append(row.main());
      for (int b : row.branches()) {
        sb.append('の').append(b);
      }
    }
    subItems.forEach(sb::append);
    if (note != null) {
      sb.append('注').append(note.main());
      for (int b : note.branches()) {
        sb.append('の').append(b);
      }
    }
    if (sentence != null) {
      sb.append(sentence.japaneseName());
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, ProvisionNumber n, String suffix) {
    if (n == null) {
      return;
    }
    sb.append('第').append(n.main()).append(suffix);
    for (int b : n.branches()) {
      sb.append('の').append(b);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProvisionPoint)) {
      return false;
    }
    ProvisionPoint p = (ProvisionPoint) o;
    return Objects.equals(table, p.table) && Objects.equals(article, p.article)
        && Objects.equals(paragraph, p.paragraph) && Objects.equals(item, p.item)
        && subItems.equals(p.subItems) && sentence == p.sentence && provisionTable == p.provisionTable
        && Objects.equals(division, p.division) && Objects.equals(row, p.row) && Objects.equals(note, p.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, article, paragraph, item, subItems, sentence, provisionTable, division, row, note);
  }
}
