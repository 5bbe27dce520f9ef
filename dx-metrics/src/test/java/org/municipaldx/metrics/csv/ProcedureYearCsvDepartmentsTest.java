package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * The 部局 and 5レス cells of {@link ProcedureYearCsvReader}: department names given as a map, the
 * problems of unknown or empty departments and of an empty five-less category, each located (issue 13
 * part 4: mutation testing).
 */
class ProcedureYearCsvDepartmentsTest {
  private static final String HEADER = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Problem onlyProblem(ProcedureYearCsvReader reader, String csv) {
    IngestException e = catchThrowableOfType(IngestException.class, () -> reader.read(utf8(csv), "d.csv"));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void departmentNamesFromAMapResolveByIdOrNameIgnoringCaseAndWidth() {
    // rule: a 部局 cell is an id or a name (NFKC, trimmed, case ignored) of one of the departments given
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("somu", List.of("総務部", "General Affairs"));
    names.put("kikaku", List.of());
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create().withDepartmentNames(names);
    List<ProcedureYearRow> rows = reader.read(utf8(HEADER + "総務部,2023,,1,1,2\n GENERAL AFFAIRS ,2023,,1,1,2\n"
        + "ｇｅｎｅｒａｌ ａｆｆａｉｒｓ,2023,,1,1,2\nkikaku,2023,,1,1,2\n"), "d.csv");
    assertThat(rows).extracting(ProcedureYearRow::departmentId).containsExactly("somu", "somu", "somu", "kikaku");
    Problem p = onlyProblem(reader, HEADER + "市民部,2023,,1,1,2\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.header()).contains("部局");
    assertThat(p.reason()).isEqualTo("unknown department '市民部'; expected the id or name of one of the 2 departments"
        + " given: somu (総務部, General Affairs), kikaku");
  }

  @Test
  void aDepartmentMapWithAnIdOutsideThePatternIsRefused() {
    // rule: the ids of withDepartmentNames follow Ids.MODEL_ID_PATTERN
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> ProcedureYearCsvReader.create().withDepartmentNames(Map.of("Somu", List.of("総務部"))));
    assertThat(e).hasMessage("ProcedureYearCsvReader.departments: 'Somu' is not a department id (^[a-z0-9][a-z0-9-]*$)");
  }

  @Test
  void withoutDepartmentsACellMustBeAnId() {
    Problem p = onlyProblem(ProcedureYearCsvReader.create(), HEADER + "総務部,2023,,1,1,2\n");
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.reason()).isEqualTo("'総務部' is not a department id (^[a-z0-9][a-z0-9-]*$); give the reader the"
        + " departments to use names");
    Problem empty = onlyProblem(ProcedureYearCsvReader.create(), HEADER + " ,2023,,1,1,2\n");
    assertThat(empty.reason()).isEqualTo("the department is empty");
  }

  @Test
  void anEmptyFiveLessCategoryBetweenSeparatorsIsAProblem() {
    // rule: categories are separated by | ・ or ; and none of them is empty
    Problem p = onlyProblem(ProcedureYearCsvReader.create(), HEADER + "somu,2023,カウンターレス||ペーパーレス,1,1,2\n");
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.reason()).isEqualTo("empty five-less category in 'カウンターレス||ペーパーレス'; separate categories with | ・ or ;");
    List<ProcedureYearRow> rows = ProcedureYearCsvReader.create()
        .read(utf8(HEADER + "somu,2023,cashless;paperless,1,1,2\n"), "d.csv");
    assertThat(rows.get(0).fiveLess()).containsExactlyInAnyOrder(FiveLess.CASHLESS, FiveLess.PAPERLESS);
  }

  @Test
  void anEmptyFiscalYearIsAProblemAtItsCell() {
    Problem p = onlyProblem(ProcedureYearCsvReader.create(), HEADER + "somu, ,,1,1,2\n");
    assertThat(p.column()).isEqualTo(2);
    assertThat(p.reason()).isEqualTo("the fiscal year is empty");
  }

  @Test
  void readersWithTheSameSettingsAreEqual() {
    ProcedureYearCsvReader a = ProcedureYearCsvReader.create().withFiscalYear(FiscalYear.of(2023));
    ProcedureYearCsvReader b = ProcedureYearCsvReader.create().withFiscalYear(FiscalYear.of(2023));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(ProcedureYearCsvReader.create());
    assertThat(a).isNotEqualTo(a.withCharset(StandardCharsets.UTF_8));
    assertThat(a).isNotEqualTo(a.withDepartmentNames(Map.of("somu", List.of())));
    assertThat(a.toString()).isEqualTo("ProcedureYearCsvReader{charset=detect, departments=0, fiscalYear=Optional["
        + FiscalYear.of(2023) + "]}");
  }
}
