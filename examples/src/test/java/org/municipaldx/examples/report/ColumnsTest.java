package org.municipaldx.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void ideographsKanaAndFullWidthFormsTakeTwoCells() {
    assertThat(Columns.width("郡山市")).isEqualTo(6);
    assertThat(Columns.width("カウンターレス")).isEqualTo(14);
    assertThat(Columns.width("（ブロック1）")).isEqualTo(13);
    assertThat(Columns.width("△7,387")).isEqualTo(6);
    assertThat(Columns.width("abc")).isEqualTo(3);
  }

  @Test
  void padsToTheDisplayWidthAndNeverCuts() {
    assertThat(Columns.left("建設部", 10)).isEqualTo("建設部    ");
    assertThat(Columns.right("12", 5)).isEqualTo("   12");
    assertThat(Columns.left("選挙管理委員会事務局", 4)).isEqualTo("選挙管理委員会事務局");
  }
}
