package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Checks;

/**
 * One place in a law as the procedures survey and other registers cite it: an appended table
 * (別表第二), an article (条), a paragraph (項), an item (号), sub-items (イ, ロ, (1) ...) and a
 * part of the sentence (本文, ただし書, 前段, 後段). Unlike {@link ProvisionReference}, the article
 * may be missing ({@code 第2項} of an article the context names) and the point may be in a table.
 *
 * <p>{@link #toString()} prints Arabic numerals in statute order, e.g. {@code 第12条の2第3項第2号イ本文};
 * {@link ProvisionCitation#parse} reads that back to an equal point. This class is immutable and
 * thread-safe.
 */
public final class ProvisionPoint implements Serializable {
  private static final long serialVersionUID = 1L;

  /** イロハ order kana (including ヰ and ヱ) or a bracketed number: the sub-item labels statutes use. */
  private static final Pattern SUB_ITEM = Pattern.compile("[イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス]|\\([1-9][0-9]{0,3}\\)");

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

  private ProvisionPoint(ProvisionNumber table, ProvisionNumber article, ProvisionNumber paragraph,
      ProvisionNumber item, List<String> subItems, SentencePart sentence) {
    this.table = table;
    this.article = article;
    this.paragraph = paragraph;
    this.item = item;
    this.subItems = subItems;
    this.sentence = sentence;
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
    Objects.requireNonNull(subItems, "subItems");
    if (table == null && article == null && paragraph == null && item == null) {
      throw new IllegalArgumentException("ProvisionPoint: needs a table, article, paragraph or item (all were absent)");
    }
    if (table != null && article != null) {
      throw Checks.invalid("ProvisionPoint", "article", "table " + table + ", article " + article,
          "an appended table (別表) has no articles");
    }
    if (!subItems.isEmpty() && item == null && table == null) {
      throw Checks.invalid("ProvisionPoint", "subItems", subItems, "sub-items need an item or a table");
    }
    for (String s : subItems) {
      if (s == null || !SUB_ITEM.matcher(s).matches()) {
        throw Checks.invalid("ProvisionPoint", "subItems", s, "each must be one イロハ kana or a bracketed number like (1)");
      }
    }
    return new ProvisionPoint(table, article, paragraph, item, List.copyOf(subItems), sentence);
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
    return SUB_ITEM.matcher(s).matches();
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

  /** {@return the article, paragraph and item as a {@link ProvisionReference}, if there is an article and no table} */
  public Optional<ProvisionReference> toReference() {
    if (article == null) {
      return Optional.empty();
    }
    return Optional.of(ProvisionReference.of(article, paragraph, item));
  }

  /** {@return e.g. {@code 第12条の2第3項第2号イ本文} or {@code 別表第1第9号}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (table != null) {
      sb.append("別表");
      append(sb, table, "");
    }
    append(sb, article, "条");
    append(sb, paragraph, "項");
    append(sb, item, "号");
    subItems.forEach(sb::append);
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
        && subItems.equals(p.subItems) && sentence == p.sentence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, article, paragraph, item, subItems, sentence);
  }
}
