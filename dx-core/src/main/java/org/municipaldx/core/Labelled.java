package org.municipaldx.core;

import java.util.Objects;
import java.util.StringJoiner;
import org.municipaldx.core.internal.Text;

/**
 * A vocabulary constant with a Japanese and an English label. Japanese first, English too: the
 * constant's name is an English identifier, the labels are for people.
 */
public interface Labelled {

  /** {@return the label in Japanese, never null} */
  String japaneseName();

  /** {@return the label in English, never null} */
  String englishName();

  /**
   * Parses a constant of an enum from its Japanese label, English label (case-insensitive) or
   * constant name; full-width characters are folded first.
   *
   * @param <E>  the enum type
   * @param type  the enum class, not null
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    for (E e : type.getEnumConstants()) {
      if (Text.nfkc(e.japaneseName()).equals(s)
          || e.englishName().equalsIgnoreCase(s)
          || e.name().equalsIgnoreCase(s.replace(' ', '_').replace('-', '_'))) {
        return e;
      }
    }
    StringJoiner accepted = new StringJoiner(", ");
    for (E e : type.getEnumConstants()) {
      accepted.add(e.japaneseName() + "/" + e.englishName());
    }
    throw new InvalidValueException(type.getSimpleName(), "", text, "unknown, expected one of " + accepted);
  }
}
