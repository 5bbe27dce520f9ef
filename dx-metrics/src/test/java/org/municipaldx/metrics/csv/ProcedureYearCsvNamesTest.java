package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * The names the procedure-year CSV writes and the header names it recognises (issue 13 part 4: the
 * round-trip property cannot tell the writer's English names from its Japanese ones, since the reader
 * takes both, and {@link ProcedureYearColumn#forHeader} had no test).
 */
class ProcedureYearCsvNamesTest {
  private static final ProcedureYearRow ROW = ProcedureYearRow.builder().departmentId("d1")
      .fiscalYear(FiscalYear.of(2023)).addAllFiveLess(EnumSet.of(FiveLess.PAPERLESS, FiveLess.COUNTERLESS))
      .minutesPerCase(30).online(5).total(9).build();

  private static List<String> lines(ProcedureYearCsvWriter w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(List.of(ROW), out);
    return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
  }

  @Test
  void theEnglishWriterWritesEnglishHeaderAndFiveLessNamesInCategoryOrder() {
    List<String> lines = lines(ProcedureYearCsvWriter.english());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("\uFEFFdepartment,fiscalYear,fiveLess,minutesPerCase,online,total");
    assertThat(lines.get(1)).startsWith("d1,").endsWith(",counterless|paperless,30,5,9");
  }

  @Test
  void theJapaneseWriterWritesJapaneseHeaderAndFiveLessNames() {
    List<String> lines = lines(ProcedureYearCsvWriter.japanese());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("\uFEFF部局,年度,5レス,1件あたり分,オンライン件数,総件数");
    assertThat(lines.get(1)).startsWith("d1,").endsWith(",カウンターレス|ペーパーレス,30,5,9");
  }

  @Test
  void aHeaderCellNamesAColumnByItsJapaneseOrEnglishNameOrAnAliasIgnoringCaseWidthSpacesAndDashes() {
    assertThat(ProcedureYearColumn.forHeader("部局")).contains(ProcedureYearColumn.DEPARTMENT);
    assertThat(ProcedureYearColumn.forHeader(" Department ")).contains(ProcedureYearColumn.DEPARTMENT);
    assertThat(ProcedureYearColumn.forHeader("部局ＩＤ")).contains(ProcedureYearColumn.DEPARTMENT);
    assertThat(ProcedureYearColumn.forHeader("fiscal_year")).contains(ProcedureYearColumn.FISCAL_YEAR);
    assertThat(ProcedureYearColumn.forHeader("Minutes-Per Case")).contains(ProcedureYearColumn.MINUTES_PER_CASE);
    assertThat(ProcedureYearColumn.forHeader("1件当たり分")).contains(ProcedureYearColumn.MINUTES_PER_CASE);
    assertThat(ProcedureYearColumn.forHeader("オンラインによる申請等")).contains(ProcedureYearColumn.ONLINE);
    assertThat(ProcedureYearColumn.forHeader("TOTALCASES")).contains(ProcedureYearColumn.TOTAL);
    assertThat(ProcedureYearColumn.forHeader("関連する5レス")).contains(ProcedureYearColumn.FIVE_LESS);
    assertThat(ProcedureYearColumn.forHeader("備考")).isEqualTo(Optional.empty());
    assertThat(ProcedureYearColumn.forHeader("")).isEmpty();
    assertThat(ProcedureYearColumn.TOTAL.label()).isEqualTo("総件数/total");
    assertThat(ProcedureYearColumn.ONLINE.aliases()).containsExactly("オンラインによる申請等", "onlineCases");
    assertThat(ProcedureYearColumn.FIVE_LESS.japaneseName()).isEqualTo("5レス");
    assertThat(ProcedureYearColumn.FIVE_LESS.englishName()).isEqualTo("fiveLess");
  }
}
