package org.municipaldx.metrics.notation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.Factor;

/**
 * The one reader behind {@link FormulaNotation#parse} and {@link NotationAudit}: reads a product
 * {@code [label] factor (× factor)* [=N分] [=N時間]} or a sum {@code [label]N時間 (＋ [label]N時間)+ =N時間}
 * from a position of a text.
 *
 * <p>The text is folded character by character (NFKC of each character when that gives one
 * character: full-width digits, {@code （），＝＋＊} and the ideographic space become ASCII), so that
 * offsets in the folded text are offsets in the original.
 *
 * <p>Every operation is linear in what it reads (issue 13, D6): the partner of each parenthesis is
 * found once, by one pass with a stack, so that looking for a note's end or a label's start does not
 * rescan the text; numbers are at most {@link InputLimits#MAX_NUMBER_LENGTH} characters; a label is at
 * most {@link #MAX_LABEL_LENGTH} characters.
 */
final class NotationReader {
  /** The longest label in parentheses before a formula: 100 characters (the source's are 2 to 6). */
  static final int MAX_LABEL_LENGTH = 100;

  private final CharSequence original;
  private final char[] f;
  /** For each parenthesis, the index of its partner, or -1 when it has none; 0 elsewhere. */
  private final int[] partner;
  private int pos;

  NotationReader(CharSequence text) {
    this.original = text;
    this.f = fold(text);
    this.partner = partners(f);
  }

  private static int[] partners(char[] f) {
    int[] partner = new int[f.length];
    int[] stack = new int[16];
    int top = 0;
    for (int i = 0; i < f.length; i++) {
      if (f[i] == '(') {
        if (top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = i;
        partner[i] = -1;
      } else if (f[i] == ')') {
        if (top == 0) {
          partner[i] = -1;
        } else {
          int open = stack[--top];
          partner[open] = i;
          partner[i] = open;
        }
      }
    }
    return partner;
  }

  /**
   * The fold of every char of the Basic Multilingual Plane, computed once: NFKC of one char per call
   * cost about 300 ns, a third of the audit's time on Japanese text (ReaderBenchmark, issue 13).
   */
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < FOLD.length; c++) {
      char ch = (char) c;
      if (c < 0x80 || Character.isSurrogate(ch)) {
        FOLD[c] = ch;
      } else {
        String n = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
        FOLD[c] = n.length() == 1 ? n.charAt(0) : ch;
      }
    }
  }

  static char[] fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLD[text.charAt(i)];
    }
    return out;
  }

  int length() {
    return f.length;
  }

  char at(int i) {
    return i < f.length ? f[i] : '\0';
  }

  int pos() {
    return pos;
  }

  void pos(int p) {
    pos = p;
  }

  NotationParseException error(int offset, String expected) {
    return new NotationParseException(original, offset, expected, null);
  }

  NotationParseException error(int offset, String expected, Throwable cause) {
    return new NotationParseException(original, offset, expected, cause);
  }

  // ---- character classes ----

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00a0';
  }

  /** A character of a unit word or prefix: any letter (kanji, kana, Latin, ヶ, ー, 々). */
  static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == 'ー' || c == '々' || c == '〆';
  }

  boolean isMultiplication(int i) {
    char c = at(i);
    if (c == '×' || c == '*' || c == '✕' || c == '✖') {
      return true;
    }
    if (c == 'x' || c == 'X') {
      int j = i + 1;
      while (isSpace(at(j))) {
        j++;
      }
      return isDigit(at(j)) || isWordStartOfPrefixedNumber(j);
    }
    return false;
  }

  private boolean isWordStartOfPrefixedNumber(int j) {
    int k = j;
    while (isWordChar(at(k)) && at(k) != 'x' && at(k) != 'X') {
      k++;
    }
    return k > j && isDigit(at(k));
  }

  static boolean isPlus(char c) {
    return c == '+';
  }

  void skipSpaces() {
    while (isSpace(at(pos))) {
      pos++;
    }
  }

  // ---- tokens ----

  /** A number with its offset and whether it had decimals. */
  static final class Num {
    final BigDecimal value;
    final int offset;

    Num(BigDecimal value, int offset) {
      this.value = value;
      this.offset = offset;
    }
  }

  /**
   * Reads {@code 1,166} / {@code 165,978.5} at pos; commas must separate groups of three digits. A number
   * of more than {@link InputLimits#MAX_NUMBER_LENGTH} characters (separators not counted) is an error at
   * its start, with pos left after it.
   */
  Num number(String expected) {
    int start = pos;
    if (!isDigit(at(pos))) {
      throw error(pos, expected);
    }
    int length = 0;
    while (isDigit(at(pos))) {
      pos++;
      length++;
    }
    while (at(pos) == ',' && isDigit(at(pos + 1)) && isDigit(at(pos + 2)) && isDigit(at(pos + 3)) && !isDigit(at(pos + 4))) {
      pos += 4;
      length += 3;
    }
    if (at(pos) == '.' && isDigit(at(pos + 1))) {
      pos++;
      length++;
      while (isDigit(at(pos))) {
        pos++;
        length++;
      }
    }
    if (length > InputLimits.MAX_NUMBER_LENGTH) {
      throw error(start, "a number of at most " + InputLimits.MAX_NUMBER_LENGTH + " characters (InputLimits.MAX_NUMBER_LENGTH)");
    }
    StringBuilder digits = new StringBuilder(length);
    for (int i = start; i < pos; i++) {
      if (f[i] != ',') {
        digits.append(f[i]);
      }
    }
    return new Num(new BigDecimal(digits.toString()), start);
  }

  /** Reads a run of word characters (a unit word or prefix); stops before an {@code x} that multiplies. */
  String word() {
    int start = pos;
    while (isWordChar(at(pos)) && !isMultiplication(pos)) {
      pos++;
    }
    if (pos == start) {
      return "";
    }
    return sameWordAs(start, lastWord) ? lastWord : (lastWord = original.subSequence(start, pos).toString());
  }

  /**
   * The word {@link #word()} returned last. A formula repeats its unit words (件, 回, 人 …), and a
   * long one kept a String per factor: a 10 MB formula of 1.7 M factors held 177 MB of them, and
   * the garbage collector's copying of that live set made the parse take 2.6 s of wall time for
   * 0.28 s of CPU time (ReaderCpuTime, issue 13). Returning the same String for the same word keeps
   * one per run of equal words.
   */
  private String lastWord = "";

  private boolean sameWordAs(int start, String word) {
    if (pos - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (original.charAt(start + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code (…)} (with nesting) at pos if there is one; returns its content as written, stripped. */
  Optional<String> parenthesised() {
    if (at(pos) != '(') {
      return Optional.empty();
    }
    int open = pos;
    int close = partner[open];
    if (close < 0) {
      throw error(f.length, "')' closing the note opened at offset " + open);
    }
    pos = close + 1;
    String content = original.subSequence(open + 1, close).toString().strip();
    if (content.isEmpty()) {
      throw error(open + 1, "a note inside the parentheses");
    }
    return Optional.of(content);
  }

  /** Whether a note that is closed and not blank starts at {@code i}. */
  boolean isNote(int i) {
    if (at(i) != '(' || i >= f.length || partner[i] < 0) {
      return false;
    }
    for (int j = i + 1; j < partner[i]; j++) {
      if (!Character.isWhitespace(original.charAt(j))) { // as parenthesised() strips the content
        return true;
      }
    }
    return false;
  }

  /** Skips the note at pos, which {@link #isNote(int)}. */
  void skipNote() {
    pos = partner[pos] + 1;
  }

  /** A factor read at some offset. */
  static final class ReadFactor {
    final Factor factor;
    final int offset;
    final int unitOffset;

    ReadFactor(Factor factor, int offset, int unitOffset) {
      this.factor = factor;
      this.offset = offset;
      this.unitOffset = unitOffset;
    }
  }

  ReadFactor factor(boolean allowPrefix, String expectedNumber) {
    int start = pos;
    String prefix = "";
    if (allowPrefix) {
      prefix = word();
    }
    Num n = number(prefix.isEmpty() ? expectedNumber : "a number after the word '" + prefix + "'");
    if (n.value.scale() > 0 && n.value.stripTrailingZeros().scale() > 0) {
      throw error(n.offset, "a whole number (factors are whole; write 90分, not 1.5時間)");
    }
    long value;
    try {
      value = n.value.longValueExact();
    } catch (ArithmeticException e) {
      throw error(n.offset, "a number that fits a long", e);
    }
    int unitOffset = pos;
    String unit = word();
    int afterUnit = pos;
    skipSpaces();
    Optional<String> note = parenthesised();
    if (note.isEmpty()) {
      pos = afterUnit;
    }
    Factor.Builder b = Factor.builder();
    b.value(value).unit(unit);
    if (!prefix.isEmpty()) {
      b.prefix(prefix);
    }
    note.ifPresent(b::note);
    return new ReadFactor(b.build(), start, unitOffset);
  }

  /** The result of reading a product. */
  static final class Product {
    final int start;
    int end;
    final List<Factor> factors = new ArrayList<>();
    final List<Integer> factorOffsets = new ArrayList<>();
    OptionalLong statedMinutes = OptionalLong.empty();
    Optional<BigDecimal> statedHours = Optional.empty();
    boolean approximate;
    int statedMinutesOffset = -1;
    int statedHoursOffset = -1;

    Product(int start) {
      this.start = start;
    }
  }

  /**
   * Reads a product from pos: factors separated by ×, then the stated figures. Leaves pos after the
   * last thing read (trailing spaces not consumed).
   */
  Product product(boolean prefixOnFirst) {
    Product p = new Product(pos);
    ReadFactor first = factor(prefixOnFirst, "a number (the duration, e.g. 30分)");
    if (first.factor.durationUnit().isEmpty()) {
      throw error(first.unitOffset, "a duration unit 分 or 時間 after the first number");
    }
    p.factors.add(first.factor);
    p.factorOffsets.add(first.offset);
    while (true) {
      int save = pos;
      skipSpaces();
      if (!isMultiplication(pos)) {
        pos = save;
        break;
      }
      pos++;
      skipSpaces();
      ReadFactor rf = factor(true, "a number after '×'");
      if (rf.factor.durationUnit().isPresent()) {
        throw error(rf.unitOffset, "a count unit (件, 回, 人 …): only the first factor may be a duration (分 or 時間)");
      }
      p.factors.add(rf.factor);
      p.factorOffsets.add(rf.offset);
    }
    stated(p);
    p.end = pos;
    return p;
  }

  private void stated(Product p) {
    int save = pos;
    skipSpaces();
    if (at(pos) != '=') {
      pos = save;
      return;
    }
    pos++;
    Num n = statedNumber(p);
    if (unit("分")) {
      if (n.value.stripTrailingZeros().scale() > 0) {
        throw error(n.offset, "whole minutes before 分");
      }
      try {
        p.statedMinutes = OptionalLong.of(n.value.longValueExact());
      } catch (ArithmeticException e) {
        throw error(n.offset, "minutes that fit a long", e);
      }
      p.statedMinutesOffset = n.offset;
      save = pos;
      skipSpaces();
      if (at(pos) != '=') {
        pos = save;
        return;
      }
      pos++;
      n = statedNumber(p);
      if (!unit("時間")) {
        throw error(pos, "時間 after the stated hours");
      }
    } else if (!unit("時間")) {
      throw error(pos, "分 or 時間 after the stated figure");
    }
    p.statedHours = Optional.of(n.value);
    p.statedHoursOffset = n.offset;
  }

  private Num statedNumber(Product p) {
    skipSpaces();
    if (at(pos) == '約') {
      p.approximate = true;
      pos++;
      skipSpaces();
    }
    return number("a number after '='");
  }

  /** Consumes {@code word} at pos if it is there. */
  boolean unit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (at(pos + i) != word.charAt(i)) {
        return false;
      }
    }
    pos += word.length();
    return true;
  }

  /** Reads {@code 分} or {@code 時間} at pos, else empty (pos unchanged). */
  Optional<DurationUnit> durationUnit() {
    if (unit("時間")) {
      return Optional.of(DurationUnit.HOUR);
    }
    if (unit("分")) {
      return Optional.of(DurationUnit.MINUTE);
    }
    return Optional.empty();
  }

  /** Whether the text from pos, after an optional note, continues with × (a product) or ＋ (a sum). */
  char lookAheadOperator(int from) {
    int save = pos;
    try {
      pos = from;
      skipSpaces();
      if (at(pos) == '(') {
        if (!isNote(pos)) {
          return '\0';
        }
        skipNote();
        skipSpaces();
      }
      if (isMultiplication(pos)) {
        return '×';
      }
      return isPlus(at(pos)) ? '+' : '\0';
    } finally {
      pos = save;
    }
  }

  /**
   * The label written in parentheses just before {@code start} (spaces inside removed), if any: on the
   * same line and at most {@link #MAX_LABEL_LENGTH} characters.
   */
  Optional<String> labelBefore(int start) {
    int i = start - 1;
    while (i >= 0 && isSpace(at(i))) {
      i--;
    }
    if (i < 0 || at(i) != ')' || partner[i] < 0) {
      return Optional.empty();
    }
    int close = i;
    int open = partner[close];
    if (close - open - 1 > MAX_LABEL_LENGTH) {
      return Optional.empty();
    }
    for (int j = open + 1; j < close; j++) {
      if (f[j] == '\n' || f[j] == '\r') {
        return Optional.empty();
      }
    }
    String label = original.subSequence(open + 1, close).toString().replaceAll("[\\s\u3000]", "");
    return label.isEmpty() ? Optional.empty() : Optional.of(label);
  }

  /** The run of word characters just before {@code start}, if any (a sum term's label). */
  Optional<String> wordBefore(int start) {
    int i = start;
    while (i > 0 && isWordChar(at(i - 1))) {
      i--;
    }
    return i < start ? Optional.of(original.subSequence(i, start).toString()) : Optional.empty();
  }
}
