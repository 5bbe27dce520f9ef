package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.internal.Text;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link LawText#compact} is the form the law parsers read before issue 11g — {@code Text.nfkc(t).strip()
 * .replaceAll("\\s+", "")} — computed without a pattern and without the normaliser for texts it leaves alone.
 */
class LawTextProperties {
  private static final TrialsApi API = Trials.api();

  private static String reference(String t) {
    return Text.nfkc(t).strip().replaceAll("\\s+", "");
  }

  /**
   * Characters of law numbers and provisions, white space of every kind, and what NFKC changes: full-width
   * digits, letters and parentheses, the ideographic space, half-width katakana, the combining and spacing
   * sound marks (か + U+3099 becomes が), a compatibility ideograph, a circled digit.
   */
  private static final List<Character> ALPHABET = List.of('第', '条', '項', '号', 'の', 'ノ', '附', '則', '法', '律',
      '昭', '和', '十', '二', '年', '令', 'か', 'カ', 'ー', '・', '、', '々', 'イ', '1', '0', '9', '(', ')', 'a', '-',
      ' ', '\t', '\n', '\r', '\u000B', '\f', '\u3000', '\u00A0', '\u2003', '\u1680', '\u001C',
      '１', '０', '（', '）', 'Ａ', 'ｶ', 'ﾞ', '\u3099', '\u309A', '\u309B', '\u309C', '\uF900', '①', '―', '－');

  @Test
  void compactIsTheReferenceForm() {
    API.integers(0, 24).flatMap(n -> API.choose(ALPHABET).immutableListsOfSize(n))
        .withLimits(TrialScale.trials(2000), TrialScale.limits())
        .supplyTo(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(b::append);
          String t = b.toString();
          assertThat(LawText.compact(t)).as("'%s'", t).isEqualTo(reference(t));
        });
  }

  /** Every character the fast path trusts is one NFKC leaves alone, alone and after any of them (no composition). */
  @Test
  void everyCharacterTheFastPathTrustsIsLeftAloneByNfkc() {
    List<Character> trusted = new ArrayList<>();
    int count = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      if (LawText.nfkcStable(c)) {
        count++;
        String s = String.valueOf(c);
        assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isTrue();
        if (c < 0x4E00) {
          trusted.add(c);
        }
      }
    }
    // ASCII 128, 、。 2, 々〆〇 3, ぁ–ゖ 86, ァ–ー 92, U+4E00–U+9FFF 20,992
    assertThat(count).isEqualTo(128 + 2 + 3 + 86 + 92 + 20_992);
    for (char p : trusted) {
      for (char c : trusted) {
        String s = "" + p + c;
        assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFKC)).as("U+%04X U+%04X", (int) p, (int) c).isTrue();
      }
      String s = "" + p + '漢';
      assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFKC)).isTrue();
    }
  }

  /** What falls outside the trusted characters still goes through NFKC. */
  @Test
  void textsWithOtherCharactersAreNormalised() {
    assertThat(LawText.compact("第１０条　第２項")).isEqualTo("第10条第2項");
    assertThat(LawText.compact("か\u3099")).isEqualTo("が");
    assertThat(LawText.compact(" 第 1 条\t")).isEqualTo("第1条");
    assertThat(LawText.compact("第1条\u00A0第2項")).isEqualTo("第1条第2項"); // NFKC: NBSP → space, then removed
    assertThat(LawText.compact("第1条\u1680第2項")).isEqualTo("第1条\u1680第2項"); // not \s: kept, as before
  }

  @Test
  void leadingZerosGoAsTheOldPatternTookThem() {
    for (String d : List.of("0", "00", "000", "01", "0012", "100", "7", "0100")) {
      assertThat(ProvisionCitation.withoutLeadingZeros(d)).as(d).isEqualTo(d.replaceFirst("^0+(?=.)", ""));
    }
  }
}
