package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where {@link SheetPipe} cuts a block: just after the last end tag of a row, {@code </row>} or
 * {@code </prefix:row>}, so the next block starts between rows (issue 13 part 4: the survivors of PIT in
 * {@code SheetPipe.lastRowEnd}).
 */
class SheetPipeTest {
  private static int end(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return SheetPipe.lastRowEnd(b, b.length);
  }

  @Test
  void aRowsEndTagAtTheVeryStartOrEndOfTheBytesIsFound() {
    // rule: the end tag is found wherever it is, from offset 0 to the last byte
    assertThat(end("</row>")).isEqualTo(6);
    assertThat(end("</x:row>")).isEqualTo(8);
    assertThat(end("a</row>")).isEqualTo(7);
    assertThat(end("</row>a")).isEqualTo(6);
    assertThat(end("</row")).isZero();
    assertThat(end("row>")).isZero();
  }

  @Test
  void onlyAnEndTagOfRowWithOrWithoutAPrefixCounts() {
    // rule: <row>, </xrow>, </:row> (an empty prefix), <x:row> (a start tag), </a b:row> (a space in
    // the name) and a tag name ending in row (</narrow>) are no row's end
    assertThat(end("<row>")).isZero();
    assertThat(end("</xrow>")).isZero();
    assertThat(end("</narrow>")).isZero();
    assertThat(end("</:row>")).isZero();
    assertThat(end("<x:row>")).isZero();
    assertThat(end(" </a b:row>")).isZero();
    assertThat(end(">x:row>")).isZero();
    assertThat(end("</ns1:row>")).isEqualTo(10);
    // a prefix of up to 59 characters is a prefix: the scan looks for "</" at most 64 bytes before the '>'
    assertThat(end(" </" + "p".repeat(59) + ":row>")).isEqualTo(" </".length() + 59 + 5);
    assertThat(end(" </" + "p".repeat(60) + ":row>")).isZero();
  }

  @Test
  void theLastOfSeveralEndTagsWithinTheLengthGiven() {
    // rule: the last end tag among the first len bytes (the block's), not beyond
    byte[] b = "</row></row></x:row>".getBytes(StandardCharsets.UTF_8);
    assertThat(SheetPipe.lastRowEnd(b, b.length)).isEqualTo(20);
    assertThat(SheetPipe.lastRowEnd(b, 19)).isEqualTo(12);
    assertThat(SheetPipe.lastRowEnd(b, 12)).isEqualTo(12);
    assertThat(SheetPipe.lastRowEnd(b, 11)).isEqualTo(6);
    assertThat(SheetPipe.lastRowEnd(b, 5)).isZero();
  }
}
