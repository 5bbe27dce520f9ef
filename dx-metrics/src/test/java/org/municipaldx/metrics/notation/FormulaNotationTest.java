package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.RoundingPolicy;

class FormulaNotationTest {
  private static final RoundingPolicy CEILING = RoundingPolicy.of(RoundingMode.CEILING, RoundingPolicy.WHOLE);
  /** Seed, 公共工事遠隔臨場: 40 × 2 × 1 × 5 × 170 = 68,000 min; 68,000 / 60 = 1,133.33… h, printed 1,134. */
  private static final String REMOTE_INSPECTION = "40分×2（往復）×1人×5回×170件=68,000分=1,134時間";

  @Test
  void parses_the_seed_remote_inspection_formula() {
    FormulaEstimate f = FormulaNotation.parse(REMOTE_INSPECTION);
    assertThat(f.factors()).containsExactly(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"),
        Factor.of(5, "回"), Factor.of(170, "件"));
    assertThat(f.exactMinutes()).isEqualTo(68_000);
    assertThat(f.statedMinutes()).hasValue(68_000);
    assertThat(f.statedHours()).contains(new BigDecimal("1134"));
    assertThat(FormulaNotation.parse("40分×2(往復)×1人×5回×170件=68,000分=1,134時間")).isEqualTo(f);
  }

  @Test
  void renders_the_seed_formula_under_ceiling_and_in_english() {
    FormulaEstimate f = FormulaNotation.parse("40分×2(往復)×1人×5回×170件");
    assertThat(FormulaNotation.render(f, CEILING)).isEqualTo(REMOTE_INSPECTION);
    assertThat(FormulaNotation.render(f, RoundingPolicy.DEFAULT)).isEqualTo("40分×2（往復）×1人×5回×170件=68,000分=1,133時間");
    assertThat(FormulaNotation.renderEnglish(f, CEILING))
        .isEqualTo("40 min × 2 (round trip) × 1 person × 5 times × 170 cases = 68,000 min = 1,134 h");
  }

  @Test
  void full_width_digits_symbols_and_spaces() {
    FormulaEstimate f = FormulaNotation.parse("　４０分＊２（往復） × １人 x ５回×１７０件 ＝ ６８，０００分＝１，１３４時間 ");
    assertThat(f).isEqualTo(FormulaNotation.parse(REMOTE_INSPECTION));
  }

  @Test
  void bare_numbers_prefixes_and_open_unit_words() {
    // seed, POS: 30 × 20 × 250 = 150,000 min = 2,500 h
    FormulaEstimate pos = FormulaNotation.parse("30分×20施設（行政センター等）×250 =150,000分=2,500時間");
    assertThat(pos.factors()).containsExactly(Factor.of(30, "分"), Factor.of(20, "施設", "行政センター等"), Factor.of(250, ""));
    assertThat(pos.exactMinutes()).isEqualTo(150_000);
    // seed, 町内会DX: 60 × 10 × 6 × 20 = 72,000 min = 1,200 h
    FormulaEstimate council = FormulaNotation.parse("60分×役員10名×6回×20町内会=72,000分=1,200時間");
    assertThat(council.factors().get(1)).isEqualTo(Factor.builder().prefix("役員").value(10).unit("名").build());
    assertThat(council.factors().get(3).unit()).isEqualTo("町内会");
    assertThat(council.exactMinutes()).isEqualTo(72_000);
    assertThat(FormulaNotation.renderEnglish(council, RoundingPolicy.DEFAULT)).isEqualTo(
        "60 min × 10 people (officers) × 6 times × 20 neighbourhood associations = 72,000 min = 1,200 h");
    assertThat(FormulaNotation.parse("10分×119ヶ所×13回").factors().get(1).unit()).isEqualTo("ヶ所");
    assertThat(FormulaNotation.parse("10分×3か所×2箇所×4者×5通×6会議×70シナリオ").exactMinutes())
        .isEqualTo(10L * 3 * 2 * 4 * 5 * 6 * 70);
  }

  @Test
  void a_duration_in_hours_states_only_hours() {
    // seed, 議案書の電子化: 30 h × 6 = 180 h = 10,800 min; the note holds digits
    FormulaEstimate f = FormulaNotation.parse("30時間×6回（定例会4回、追加提案臨時会等2回）=180時間");
    assertThat(f.exactMinutes()).isEqualTo(10_800);
    assertThat(f.statedMinutes()).isEmpty();
    assertThat(f.statedHours()).contains(new BigDecimal("180"));
    assertThat(f.factors().get(1).note()).contains("定例会4回、追加提案臨時会等2回");
    assertThat(FormulaNotation.render(f, RoundingPolicy.DEFAULT)).isEqualTo("30時間×6回（定例会4回、追加提案臨時会等2回）=180時間");
    assertThat(FormulaNotation.renderEnglish(f, RoundingPolicy.DEFAULT)).isEqualTo("30 h × 6 times (定例会4回、追加提案臨時会等2回) = 180 h");
  }

  @Test
  void labels_approximate_and_decimal_hours() {
    // seed, コンビニ交付 (戸籍): 10 × 1,419 = 14,190 min = 236.5 h, printed 236
    FormulaEstimate f = FormulaNotation.parse("（戸 籍）10分×1,419通=14,190分=236時間");
    assertThat(f.label()).contains("戸籍");
    assertThat(f.statedHours()).contains(new BigDecimal("236"));
    assertThat(FormulaNotation.renderStated(f)).isEqualTo("（戸籍）10分×1,419通=14,190分=236時間");
    // seed: 30 × 331,957 = 9,958,710 min = 165,978.5 h
    FormulaEstimate big = FormulaNotation.parse("30分×331,957件=9,958,710分 =165,978.5時間");
    assertThat(big.statedHours()).contains(new BigDecimal("165978.5"));
    assertThat(FormulaNotation.render(big, RoundingPolicy.seed(RoundingMode.HALF_UP)))
        .isEqualTo("30分×331,957件=9,958,710分=165,978.5時間");
    assertThat(FormulaNotation.parse("10分×6件=約60分=約1時間").approximate()).isTrue();
    assertThat(FormulaNotation.parse("10分×6件").statedHours()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "30分×|4|a number after '×'",
      "30件×2回|2|a duration unit 分 or 時間",
      "30分×2時間|5|only the first factor may be a duration",
      "30分×1.5件|4|a whole number",
      "30分×2=60|8|分 or 時間 after the stated figure",
      "30分×2=60分=1|11|時間 after the stated hours",
      "30分×2=1.5分|6|whole minutes",
      "30分×2（往復|8|')' closing the note opened at offset 5",
      "30分×2 です|6|'×', '=' or the end of the formula",
      "30分×99999999999999999999件|4|a number that fits a long",
      "60分×9223372036854775807件|0|product in minutes fits a long",
      "×2|0|a number (the duration",
      "分×2|1|a number after the word '分'",
      "30分×役員名|7|a number after the word '役員名'",
      "30分×2（ ）|6|a note inside the parentheses",
  })
  void errors_say_the_offset_and_what_was_expected(String text, int offset, String expected) {
    assertThatThrownBy(() -> FormulaNotation.parse(text))
        .isInstanceOfSatisfying(NotationParseException.class, e -> {
          assertThat(e.offset()).isEqualTo(offset);
          assertThat(e.expected()).contains(expected);
          assertThat(e.getMessage()).contains("offset " + offset).contains(text);
        });
  }
}
