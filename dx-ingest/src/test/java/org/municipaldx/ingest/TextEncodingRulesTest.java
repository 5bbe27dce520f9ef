package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link TextEncoding}, each at its edges (issue 13 part 4: the survivors of PIT in the
 * class): the byte order mark, which encoding the first non-ASCII character chooses, the line and byte
 * offset of a refused byte.
 */
class TextEncodingRulesTest {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void theByteOrderMarkIsExactlyEfBbBfAtTheStart() {
    // rule: the three bytes EF BB BF, at offset 0, in this order; two of them are not a mark
    assertThat(TextEncoding.hasUtf8Bom(bytes(0xEF, 0xBB, 0xBF))).isTrue();
    assertThat(TextEncoding.hasUtf8Bom(bytes(0xEF, 0xBB))).isFalse();
    assertThat(TextEncoding.hasUtf8Bom(bytes(0x41, 0xBB, 0xBF))).isFalse();
    assertThat(TextEncoding.hasUtf8Bom(bytes(0xEF, 0x41, 0xBF))).isFalse();
    assertThat(TextEncoding.hasUtf8Bom(bytes(0xEF, 0xBB, 0x41))).isFalse();
    assertThat(TextEncoding.hasUtf8Bom(new byte[0])).isFalse();
  }

  @Test
  void aMarkChoosesUtf8EvenBeforeWindows31jBytes() {
    // rule: the mark decides before the bytes do (部局 in Windows-31J after it is still read as UTF-8)
    byte[] sjis = "部局".getBytes(TextEncoding.WINDOWS_31J);
    byte[] marked = new byte[3 + sjis.length];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(sjis, 0, marked, 3, sjis.length);
    assertThat(TextEncoding.detect(marked)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.detect(new byte[0])).as("no bytes: ASCII only").isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.detect(bytes(0x7F, 0x41))).as("0x7F is ASCII").isEqualTo(StandardCharsets.UTF_8);
  }

  /** detect on ASCII then that sequence. */
  private static Charset after(int... seq) {
    byte[] b = new byte[seq.length + 2];
    b[0] = 'a';
    b[1] = ',';
    for (int i = 0; i < seq.length; i++) {
      b[i + 2] = (byte) seq[i];
    }
    return TextEncoding.detect(b);
  }

  @Test
  void theFirstNonAsciiCharacterDecidesByItsLeadAndContinuationBytes() {
    Charset utf8 = StandardCharsets.UTF_8;
    Charset sjis = TextEncoding.WINDOWS_31J;
    // rule: a two-byte lead is C2–DF (C0, C1 would be overlong), then one continuation 80–BF
    assertThat(after(0xC2, 0x80)).isEqualTo(utf8);
    assertThat(after(0xDF, 0xBF)).isEqualTo(utf8);
    assertThat(after(0xC1, 0xBF)).isEqualTo(sjis);
    assertThat(after(0xC2, 0x7F)).isEqualTo(sjis);
    assertThat(after(0xC2, 0xC0)).isEqualTo(sjis);
    // rule: a three-byte lead is E0–EF, two continuations; E0 needs A0–BF next (shortest form), ED 80–9F (no surrogate)
    assertThat(after(0xE0, 0xA0, 0x80)).isEqualTo(utf8);
    assertThat(after(0xE0, 0x9F, 0xBF)).isEqualTo(sjis);
    assertThat(after(0xEF, 0xBF, 0xBF)).isEqualTo(utf8);
    assertThat(after(0xED, 0x9F, 0xBF)).isEqualTo(utf8);
    assertThat(after(0xED, 0xA0, 0x80)).isEqualTo(sjis);
    assertThat(after(0xE3, 0x81, 0x41)).isEqualTo(sjis);
    assertThat(after(0xE3, 0x41, 0x82)).isEqualTo(sjis);
    // rule: a four-byte lead is F0–F4, three continuations, at most U+10FFFF
    assertThat(after(0xF0, 0x90, 0x80, 0x80)).isEqualTo(utf8);
    assertThat(after(0xF4, 0x8F, 0xBF, 0xBF)).isEqualTo(utf8);
    assertThat(after(0xF4, 0x90, 0x80, 0x80)).isEqualTo(sjis);
    assertThat(after(0xF5, 0x80, 0x80, 0x80)).isEqualTo(sjis);
    assertThat(after(0xF0, 0x8F, 0xBF, 0xBF)).isEqualTo(sjis);
    // rule: a lone continuation byte or FF is no lead
    assertThat(after(0x80, 0x80)).isEqualTo(sjis);
    assertThat(after(0xFF)).isEqualTo(sjis);
  }

  @Test
  void aSequenceCutByTheEndOfTheBeginningCountsOnlyIfValidSoFar() {
    Charset utf8 = StandardCharsets.UTF_8;
    Charset sjis = TextEncoding.WINDOWS_31J;
    // rule: detect reads a file's beginning: a sequence cut by its end is UTF-8 if its bytes so far are
    assertThat(after(0xE3)).isEqualTo(utf8);
    assertThat(after(0xE3, 0x81)).isEqualTo(utf8);
    assertThat(after(0xF0, 0x9F, 0x8F)).isEqualTo(utf8);
    assertThat(after(0xC2)).isEqualTo(utf8);
    assertThat(after(0xE3, 0x41)).isEqualTo(sjis);
    assertThat(after(0xF0, 0x9F, 0x41)).isEqualTo(sjis);
    // ...but not where the caller says the bytes are the whole text (cutOk false)
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81), 0, 2, false)).isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81), 0, 2, true)).isTrue();
    // the end is the index given, not the array's: E3 81 82 cut at 2
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81, 0x82), 0, 2, false)).isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81, 0x82), 0, 3, false)).isTrue();
    assertThat(TextEncoding.utf8At(bytes(0x41, 0xE3, 0x81, 0x82), 1, 4, false)).isTrue();
  }

  @Test
  void aTwoByteSequenceIsUtf8OnlyIfWhatFollowsIsAsciiTheEndOrValid() {
    // rule: ﾂｱ in Windows-31J is C2 B1, a valid two-byte UTF-8 sequence: what follows it decides
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1), 0, 2, false)).as("the end").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0x41), 0, 3, false)).as("ASCII").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0x7F), 0, 3, false)).as("ASCII 7F").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xC2, 0xB1), 0, 4, false)).as("another").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xE3, 0x81, 0x82), 0, 5, false)).as("kana").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xB2), 0, 3, false)).as("ｲ after ﾂｱ").isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xE3), 0, 3, true)).as("cut, beginning").isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xE3), 0, 3, false)).as("cut, whole").isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xE3, 0x41), 0, 4, true)).as("invalid next").isFalse();
    // the end given, not the array's: C2 B1 then B2 outside the range is the end
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xB2), 0, 2, false)).isTrue();
  }

  @Test
  void aRefusedByteIsLocatedByLineAndByteOffsetCountingCrLfAndCrCrOnce() {
    // rule: CR, LF and CRLF each end one line; the offset counts the mark
    assertThat(located(bytes('a', '\n', 'b', '\n', 0xFF), Optional.of(StandardCharsets.UTF_8)))
        .isEqualTo(new TextLocation("f", 3, 0, 4));
    assertThat(located(bytes('a', '\r', 'b', '\r', 0xFF), Optional.of(StandardCharsets.UTF_8)))
        .isEqualTo(new TextLocation("f", 3, 0, 4));
    assertThat(located(bytes('a', '\r', '\n', 0xFF), Optional.of(StandardCharsets.UTF_8)))
        .isEqualTo(new TextLocation("f", 2, 0, 3));
    assertThat(located(bytes('\r', '\r', '\n', '\n', 0xFF), Optional.of(StandardCharsets.UTF_8)))
        .isEqualTo(new TextLocation("f", 4, 0, 4));
    assertThat(located(bytes(0xFF), Optional.of(StandardCharsets.UTF_8))).isEqualTo(new TextLocation("f", 1, 0, 0));
    // a line end before the mark's end does not exist; the mark's bytes are counted in the offset
    assertThat(located(bytes(0xEF, 0xBB, 0xBF, 'x', '\n', 0xC0, 0x80), Optional.empty()))
        .isEqualTo(new TextLocation("f", 2, 0, 5));
  }

  @Test
  void windows31jIsDecodedStrictlyAndItsMarkIsNotDropped() {
    // rule: a Windows-31J text decodes whole; a lead byte without its trail byte is refused where it starts
    assertThat(TextEncoding.decode("a,部局\n市民課".getBytes(TextEncoding.WINDOWS_31J), Optional.empty(), "f"))
        .isEqualTo("a,部局\n市民課");
    byte[] cut = bytes('a', '\n', 0x95); // 部 is 95 94: its lead alone at the end
    assertThat(located(cut, Optional.of(TextEncoding.WINDOWS_31J))).isEqualTo(new TextLocation("f", 2, 0, 2));
    IngestException e = catchThrowableOfType(IngestException.class,
        () -> TextEncoding.decode(cut, Optional.of(TextEncoding.WINDOWS_31J), "f"));
    assertThat(e.problems().get(0).reason()).isEqualTo("the bytes at offset 2 are not valid windows-31j; save the file"
        + " as UTF-8 or as Excel's Japanese CSV (Windows-31J), or name its encoding");
    // a single byte A1–DF is a half-width katakana (BF: ｿ), not a lead byte
    assertThat(TextEncoding.decode(bytes('x', 0xBF), Optional.of(TextEncoding.WINDOWS_31J), "f")).isEqualTo("xｿ");
    // a long text decodes whole (the buffer holds every character)
    String text = "市民課,1303\r\n".repeat(500);
    assertThat(TextEncoding.decode(text.getBytes(StandardCharsets.UTF_8), Optional.empty(), "f")).isEqualTo(text);
    assertThat(TextEncoding.decode(text.getBytes(TextEncoding.WINDOWS_31J), Optional.empty(), "f")).isEqualTo(text);
    assertThat(TextEncoding.decode(new byte[0], Optional.empty(), "f")).isEmpty();
    assertThat(TextEncoding.decode(bytes(0xEF, 0xBB, 0xBF), Optional.empty(), "f")).isEmpty();
  }

  @Test
  void aZeroByteIsAsciiAndALongSequenceOrAnInvalidOneAtTheStartDecidesAlone() {
    Charset utf8 = StandardCharsets.UTF_8;
    Charset sjis = TextEncoding.WINDOWS_31J;
    // rule (detect): 00 is ASCII like any byte below 80: the first non-ASCII character is looked for after it
    assertThat(TextEncoding.detect(bytes('a', 0, 'b'))).isEqualTo(utf8);
    assertThat(TextEncoding.detect(bytes(0, 0xE3, 0x81, 0x82))).isEqualTo(utf8);
    assertThat(TextEncoding.detect(bytes(0, 0x82, 0xA0))).as("Windows-31J あ after 00").isEqualTo(sjis);
    // rule (utf8At): a valid sequence of three or four bytes is UTF-8 whatever follows it, even a byte no UTF-8
    // text has; only a two-byte one is judged with the character after it
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81, 0x82, 0xFF), 0, 4, false)).isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xE3, 0x81, 0x82, 0x82, 0xA0), 0, 5, false)).isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xF0, 0x9F, 0x98, 0x80, 0xFF), 0, 5, false)).isTrue();
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0xFF), 0, 3, false)).isFalse();
    // rule (utf8At): after a two-byte sequence, 00 is ASCII (what follows is ASCII: UTF-8)
    assertThat(TextEncoding.utf8At(bytes(0xC2, 0xB1, 0), 0, 3, false)).isTrue();
    assertThat(TextEncoding.detect(bytes(0xC2, 0xB1, 0))).isEqualTo(utf8);
    // rule (utf8At): an invalid sequence is Windows-31J at the very first byte too (overlong E0 80 80,
    // surrogate ED A0 80, above U+10FFFF F4 90 80 80, overlong two-byte C0 80)
    assertThat(TextEncoding.utf8At(bytes(0xE0, 0x80, 0x80), 0, 3, false)).isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xED, 0xA0, 0x80), 0, 3, false)).isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4, true)).isFalse();
    assertThat(TextEncoding.utf8At(bytes(0xC0, 0x80), 0, 2, true)).isFalse();
    assertThat(TextEncoding.detect(bytes(0xE0, 0x80, 0x80))).isEqualTo(sjis);
    assertThat(TextEncoding.detect(bytes(0xED, 0xA0, 0x80))).isEqualTo(sjis);
  }

  @Test
  void aTextInAnEncodingThatMakesTwoCharsOfAByteDecodesWhole() {
    // rule (decode): the text is decoded whole in any encoding named, also in one whose decoder may make two
    // chars of one byte (GB18030 and x-EUC-TW declare maxCharsPerByte 2.0; UTF-8 and Windows-31J 1.0): the
    // buffer holds maxCharsPerByte chars for every byte
    Charset gb = Charset.forName("GB18030");
    String text = "abcd,市民课,1303\n";
    assertThat(TextEncoding.decode(text.getBytes(gb), Optional.of(gb), "f")).isEqualTo(text);
    assertThat(TextEncoding.decode("abcd".getBytes(gb), Optional.of(gb), "f")).isEqualTo("abcd");
  }

  private static TextLocation located(byte[] b, Optional<Charset> cs) {
    IngestException e = catchThrowableOfType(IngestException.class, () -> TextEncoding.decode(b, cs, "f"));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return (TextLocation) e.problems().get(0).location();
  }
}
