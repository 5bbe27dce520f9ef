package org.municipaldx.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where an input error is: what was read (a file name, or nothing for a string given to a parser) and
 * every coordinate the reader knows — line and column, byte offset, character index, JSON pointer, sheet
 * cell, the model field or column header. The location of every {@link InputException}; callers read
 * these fields, never the message.
 *
 * <p>Immutable and thread-safe. Build one with {@link #of(String)} or {@link #unnamed()} and the
 * {@code at…} methods, each returning a new location: {@code InputLocation.of("a.csv").atLine(3).atColumn(4)}.
 */
public final class InputLocation implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final InputLocation UNNAMED = new InputLocation("", 0, 0, -1, -1, null, null, null);

  /** The value of {@link #source()}. */
  private final String source;
  /** The value of {@link #line()}. */
  private final long line;
  /** The value of {@link #column()}. */
  private final int column;
  /** The value of {@link #byteOffset()}. */
  private final long byteOffset;
  /** The value of {@link #charIndex()}. */
  private final long charIndex;
  /** The value of {@link #pointer()}. */
  private final String pointer;
  /** The value of {@link #cell()}. */
  private final String cell;
  /** The value of {@link #field()}. */
  private final String field;

  private InputLocation(String source, long line, int column, long byteOffset, long charIndex, String pointer,
      String cell, String field) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
    this.charIndex = charIndex;
    this.pointer = pointer;
    this.cell = cell;
    this.field = field;
  }

  /**
   * {@return the location of the whole input, never null}
   *
   * @param source  what was read, e.g. a file name, not null
   */
  public static InputLocation of(String source) {
    return Objects.requireNonNull(source, "source").isEmpty() ? UNNAMED
        : new InputLocation(source, 0, 0, -1, -1, null, null, null);
  }

  /** {@return the location of an input without a name, e.g. a string given to a parser; never null} */
  public static InputLocation unnamed() {
    return UNNAMED;
  }

  /**
   * {@return the location of a model value's field, e.g.
   * {@code ProcedureTakeUp.onlineApplications}, never null}
   *
   * @param type  the model type, e.g. {@code ProcedureTakeUp}, not null
   * @param field  the field of that type, or empty for the value as a whole, not null
   */
  public static InputLocation ofField(String type, String field) {
    return UNNAMED.atField(field.isEmpty() ? type : type + "." + field);
  }

  /**
   * {@return this location in that source (a reader that read a string adds the file it came from),
   * never null}
   *
   * @param newSource  what was read, e.g. a file name, not null
   */
  public InputLocation withSource(String newSource) {
    return new InputLocation(Objects.requireNonNull(newSource, "source"), line, column, byteOffset, charIndex, pointer,
        cell, field);
  }

  /**
   * {@return this location at that line, never null}
   *
   * @param newLine  the 1-based line, at least 1
   */
  public InputLocation atLine(long newLine) {
    check(newLine >= 1, "line", newLine);
    return new InputLocation(source, newLine, column, byteOffset, charIndex, pointer, cell, field);
  }

  /**
   * {@return this location at that column, never null}
   *
   * @param newColumn  the 1-based column (of a text line, or of a table's record), at least 1
   */
  public InputLocation atColumn(int newColumn) {
    check(newColumn >= 1, "column", newColumn);
    return new InputLocation(source, line, newColumn, byteOffset, charIndex, pointer, cell, field);
  }

  /**
   * {@return this location at that byte offset, never null}
   *
   * @param offset  the 0-based byte offset, zero or more
   */
  public InputLocation atByteOffset(long offset) {
    check(offset >= 0, "byteOffset", offset);
    return new InputLocation(source, line, column, offset, charIndex, pointer, cell, field);
  }

  /**
   * {@return this location at that character, never null}
   *
   * @param index  the 0-based character index in the text given to the parser, zero or more
   */
  public InputLocation atCharIndex(long index) {
    check(index >= 0, "charIndex", index);
    return new InputLocation(source, line, column, byteOffset, index, pointer, cell, field);
  }

  /**
   * {@return this location at that JSON pointer, never null}
   *
   * @param jsonPointer  the JSON pointer (RFC 6901), {@code ""} or {@code "/"} for the document, not null
   */
  public InputLocation atPointer(String jsonPointer) {
    return new InputLocation(source, line, column, byteOffset, charIndex, Objects.requireNonNull(jsonPointer, "pointer"),
        cell, field);
  }

  /**
   * {@return this location at that cell, never null}
   *
   * @param sheetCell  the sheet and cell as Excel shows them, e.g. {@code 手続!C12}, not null
   */
  public InputLocation atCell(String sheetCell) {
    return new InputLocation(source, line, column, byteOffset, charIndex, pointer,
        Objects.requireNonNull(sheetCell, "cell"), field);
  }

  /**
   * {@return this location at that field, never null}
   *
   * @param name  the field: a model type's field ({@code Type.field}) or a column's header, not null
   */
  public InputLocation atField(String name) {
    return new InputLocation(source, line, column, byteOffset, charIndex, pointer, cell,
        Objects.requireNonNull(name, "field"));
  }

  private static void check(boolean ok, String what, long value) {
    if (!ok) {
      throw new IllegalArgumentException("InputLocation." + what + ": out of range (was '" + value + "')");
    }
  }

  /** {@return what was read, e.g. a file name; empty for an input without a name, never null} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line, if known} */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** {@return the 1-based column, if known} */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** {@return the 0-based byte offset, if known} */
  public OptionalLong byteOffset() {
    return byteOffset >= 0 ? OptionalLong.of(byteOffset) : OptionalLong.empty();
  }

  /** {@return the 0-based character index in the text given to the parser, if known} */
  public OptionalLong charIndex() {
    return charIndex >= 0 ? OptionalLong.of(charIndex) : OptionalLong.empty();
  }

  /** {@return the JSON pointer, if known} */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** {@return the sheet and cell, e.g. {@code 手続!C12}, if known} */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }

  /** {@return the model field ({@code Type.field}) or column header, if known} */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputLocation l && source.equals(l.source) && line == l.line && column == l.column
        && byteOffset == l.byteOffset && charIndex == l.charIndex && Objects.equals(pointer, l.pointer)
        && Objects.equals(cell, l.cell) && Objects.equals(field, l.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, byteOffset, charIndex, pointer, cell, field);
  }

  /**
   * {@return the location as a person reads it, e.g. {@code a.csv line 3, column 4 (オンライン件数)}, or
   * {@code (input)} when nothing is known}
   */
  @Override
  public String toString() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (cell != null) {
      parts.add(cell);
    }
    if (pointer != null) {
      parts.add("JSON " + (pointer.isEmpty() ? "/" : pointer));
    }
    if (line > 0) {
      parts.add("line " + line);
    }
    if (column > 0) {
      parts.add("column " + column);
    }
    if (byteOffset >= 0) {
      parts.add("byte offset " + byteOffset);
    }
    if (charIndex >= 0) {
      parts.add("character " + charIndex);
    }
    StringBuilder sb = new StringBuilder(source);
    if (!parts.isEmpty()) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.join(", ", parts));
    }
    if (field != null) {
      sb.append(sb.length() == 0 ? "" : " ").append('(').append(field).append(')');
    }
    return sb.length() == 0 ? "(input)" : sb.toString();
  }
}
