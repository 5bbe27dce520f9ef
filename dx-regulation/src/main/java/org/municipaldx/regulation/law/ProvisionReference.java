package org.municipaldx.regulation.law;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;
import org.municipaldx.core.internal.KanjiNumerals;

/**
 * A reference to a provision within an instrument: an article (条), optionally a paragraph (項)
 * and an item (号), each with branch numbers (の二) where amendments inserted them, e.g.
 * {@code 第十二条の二第二項第三号}.
 *
 * <p>{@link #toString()} prints the kanji form statutes use, {@link #toArabicString()} the form
 * with Arabic numerals ({@code 第12条の2第2項第3号}); {@link #parse(CharSequence)} reads both, also
 * mixed, with half- or full-width digits ({@code 第１２条}), and a numeral written with 一 before
 * 十/百/千 ({@code 第一百条}). {@code parse(ref.toString())} and {@code parse(ref.toArabicString())}
 * both equal {@code ref}. An item may be given without a paragraph ({@code 第五条第三号}): articles
 * with a single paragraph number their items directly. Numbers run from 1 to 9999.
 *
 * <p>This parser reads the strict statute form only; {@link ProvisionCitation#parse} reads the
 * looser forms registers write (第100の4条, 附則, lists, ranges, 準用, tables ...).
 *
 * <p>JSON: the kanji form as a string; either form is accepted on input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvisionReference implements Comparable<ProvisionReference>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Comparator<ProvisionReference> ORDER =
      Comparator.comparing((ProvisionReference r) -> r.article)
          .thenComparing(r -> r.paragraph, Comparator.nullsFirst(Comparator.<ProvisionNumber>naturalOrder()))
          .thenComparing(r -> r.item, Comparator.nullsFirst(Comparator.<ProvisionNumber>naturalOrder()));

  /** The value of {@link #article()}. */
  private final ProvisionNumber article;
  /** The value of {@link #paragraph()}. */
  private final ProvisionNumber paragraph;
  /** The value of {@link #item()}. */
  private final ProvisionNumber item;

  private ProvisionReference(ProvisionNumber article, ProvisionNumber paragraph, ProvisionNumber item) {
    this.article = Objects.requireNonNull(article, "article");
    this.paragraph = paragraph;
    this.item = item;
  }

  /**
   * {@return the reference, never null}
   *
   * @param article  the article number, not null
   * @param paragraph  the paragraph number, or null for none
   * @param item  the item number, or null for none
   */
  public static ProvisionReference of(ProvisionNumber article, ProvisionNumber paragraph, ProvisionNumber item) {
    return new ProvisionReference(article, paragraph, item);
  }

  /**
   * {@return a reference to the whole article, e.g. 第十二条}
   *
   * @param article  the article number, from 1 to 9999
   */
  public static ProvisionReference article(int article) {
    return new ProvisionReference(ProvisionNumber.of(article), null, null);
  }

  /**
   * {@return e.g. 第十二条第二項第三号 for (12, 2, 3)}
   *
   * @param article  the article number
   * @param paragraph  the paragraph number
   * @param item  the item number
   */
  public static ProvisionReference of(int article, int paragraph, int item) {
    return new ProvisionReference(ProvisionNumber.of(article), ProvisionNumber.of(paragraph), ProvisionNumber.of(item));
  }

  /**
   * {@return a copy referring to that paragraph of this article (the item is kept)}
   *
   * @param paragraph  the paragraph number, not null
   */
  public ProvisionReference withParagraph(ProvisionNumber paragraph) {
    return new ProvisionReference(article, Objects.requireNonNull(paragraph, "paragraph"), item);
  }

  /**
   * {@return a copy referring to that item}
   *
   * @param item  the item number, not null
   */
  public ProvisionReference withItem(ProvisionNumber item) {
    return new ProvisionReference(article, paragraph, Objects.requireNonNull(item, "item"));
  }

  /** {@return the article (条), never null} */
  public ProvisionNumber article() {
    return article;
  }

  /** {@return the paragraph (項), if referenced} */
  public Optional<ProvisionNumber> paragraph() {
    return Optional.ofNullable(paragraph);
  }

  /** {@return the item (号), if referenced} */
  public Optional<ProvisionNumber> item() {
    return Optional.ofNullable(item);
  }

  /** {@return e.g. 第十二条の二第二項第三号} */
  public String toKanjiString() {
    return format(true);
  }

  /** {@return e.g. 第12条の2第2項第3号} */
  public String toArabicString() {
    return format(false);
  }

  private String format(boolean kanji) {
    StringBuilder sb = new StringBuilder();
    append(sb, article, '条', kanji);
    if (paragraph != null) {
      append(sb, paragraph, '項', kanji);
    }
    if (item != null) {
      append(sb, item, '号', kanji);
    }
    return sb.toString();
  }

  /** Statutes write the branch after the level's name: 第十二条の二, 第三号の二. */
  private static void append(StringBuilder sb, ProvisionNumber n, char suffix, boolean kanji) {
    sb.append('第').append(kanji ? KanjiNumerals.format(n.main()) : Integer.toString(n.main())).append(suffix);
    for (int b : n.branches()) {
      sb.append('の').append(kanji ? KanjiNumerals.format(b) : Integer.toString(b));
    }
  }

  /**
   * Parses a reference in kanji or Arabic numerals (see the class comment).
   *
   * @param text  the text, not null
   * @return the reference, never null
   * @throws ProvisionParseException (an {@code IllegalArgumentException}) naming the text, the
   *     character position and what was expected
   */
  @JsonCreator
  public static ProvisionReference parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip().replace(" ", "");
    Cursor c = new Cursor(text, s);
    ProvisionNumber article = c.level('条', true);
    ProvisionNumber paragraph = c.level('項', false);
    ProvisionNumber item = c.level('号', false);
    if (!c.atEnd()) {
      throw c.error("expected the end, or 第…項 / 第…号 in that order");
    }
    return new ProvisionReference(article, paragraph, item);
  }

  /** A hand-written recursive-descent reader over the normalised text. */
  private static final class Cursor {
    private final CharSequence original;
    private final String s;
    private int pos;

    Cursor(CharSequence original, String s) {
      this.original = original;
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    IllegalArgumentException error(String expected) {
      // the position counts in the normalised text; the message names it when it differs from the input
      return new ProvisionParseException("ProvisionReference", original.toString(), s, pos, expected);
    }

    ProvisionNumber level(char suffix, boolean required) {
      if (atEnd() || s.charAt(pos) != '第' || !levelFollows(suffix)) {
        if (required) {
          throw error("expected 第…" + suffix);
        }
        return null;
      }
      pos++;
      int main = number();
      if (atEnd() || s.charAt(pos) != suffix) {
        throw error("expected '" + suffix + "' after the number");
      }
      pos++;
      List<Integer> branches = new ArrayList<>();
      while (!atEnd() && s.charAt(pos) == 'の') {
        pos++;
        branches.add(number());
      }
      return ProvisionNumber.of(main, branches);
    }

    /** Looks ahead: is the next level the one ending in {@code suffix}? */
    private boolean levelFollows(char suffix) {
      int p = pos + 1;
      while (p < s.length() && isNumeralChar(s.charAt(p))) {
        p++;
      }
      return p < s.length() && s.charAt(p) == suffix;
    }

    private static boolean isNumeralChar(char ch) {
      return (ch >= '0' && ch <= '9') || KanjiNumerals.isKanjiNumeralChar(ch);
    }

    private int number() {
      int start = pos;
      if (!atEnd() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        while (!atEnd() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
          pos++;
        }
        String digits = s.substring(start, pos);
        if (digits.charAt(0) == '0') {
          pos = start;
          throw error("a number must not start with 0 (was '" + digits + "')");
        }
        if (digits.length() > 4) {
          pos = start;
          throw error("a number must be from 1 to " + KanjiNumerals.MAX + " (was '" + digits + "')");
        }
        return Integer.parseInt(digits);
      }
      while (!atEnd() && KanjiNumerals.isKanjiNumeralChar(s.charAt(pos))) {
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

  @Override
  public int compareTo(ProvisionReference o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProvisionReference)) {
      return false;
    }
    ProvisionReference r = (ProvisionReference) o;
    return article.equals(r.article) && Objects.equals(paragraph, r.paragraph) && Objects.equals(item, r.item);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, paragraph, item);
  }

  /** {@return the kanji form, e.g. {@code 第十二条の二第二項第三号}; {@link #parse} reads it back} */
  @JsonValue
  @Override
  public String toString() {
    return toKanjiString();
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a missing article is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(article, paragraph, item));
  }
}
