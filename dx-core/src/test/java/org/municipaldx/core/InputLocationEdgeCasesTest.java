package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The coordinate rules of {@link InputLocation} at their boundaries (issue 13, mutation testing): lines and
 * columns are 1-based, byte offsets and character indexes 0-based; an unknown coordinate is empty and not
 * printed, a known one — even 0 — is.
 */
class InputLocationEdgeCasesTest {

  @Test
  @DisplayName("lines and columns start at 1: 0 is rejected, and a location without them has none")
  void linesAndColumnsAreOneBased() {
    InputLocation whole = InputLocation.of("a.csv");
    assertThat(whole.line()).isEmpty();
    assertThat(whole.column()).isEmpty();
    assertThat(whole.byteOffset()).isEmpty();
    assertThat(whole.charIndex()).isEmpty();
    assertThat(whole.cell()).isEmpty();
    assertThat(whole).hasToString("a.csv");
    assertThat(whole.atLine(1).atColumn(1).line()).isEqualTo(OptionalLong.of(1));
    assertThat(whole.atLine(1).atColumn(1).column()).isEqualTo(OptionalInt.of(1));
    assertThat(whole.atLine(1).atColumn(1)).hasToString("a.csv line 1, column 1");
    assertThatThrownBy(() -> whole.atColumn(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InputLocation.column: out of range (was '0')");
    assertThatThrownBy(() -> whole.atLine(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InputLocation.line: out of range (was '0')");
  }

  @Test
  @DisplayName("byte offsets and character indexes start at 0: 0 is a known place, -1 is rejected")
  void offsetsAreZeroBased() {
    InputLocation first = InputLocation.of("a.json").atByteOffset(0).atCharIndex(0);
    assertThat(first.byteOffset()).isEqualTo(OptionalLong.of(0));
    assertThat(first.charIndex()).isEqualTo(OptionalLong.of(0));
    assertThat(first).hasToString("a.json byte offset 0, character 0");
    assertThat(InputLocation.unnamed().atCharIndex(7)).hasToString("character 7");
    assertThatThrownBy(() -> first.atByteOffset(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InputLocation.byteOffset: out of range (was '-1')");
    assertThatThrownBy(() -> first.atCharIndex(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InputLocation.charIndex: out of range (was '-1')");
  }

  @Test
  @DisplayName("a workbook cell is kept and printed first, before any other coordinate")
  void aCellIsKeptAndPrintedFirst() {
    InputLocation at = InputLocation.of("book.xlsx").atCell("手続!C12").atField("オンライン件数");
    assertThat(at.cell()).contains("手続!C12");
    assertThat(at).hasToString("book.xlsx 手続!C12 (オンライン件数)");
    assertThat(InputLocation.unnamed().atPointer("")).hasToString("JSON /");
    assertThatThrownBy(() -> at.atCell(null)).isInstanceOf(NullPointerException.class).hasMessage("cell");
  }
}
