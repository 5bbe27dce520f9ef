package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.initiative.Initiative;

class DxJsonTest {

  @Test
  void unknownPropertiesAreRejectedNamingThePropertyAndWhere() {
    String json = "{\n  \"id\": \"kensetsu\",\n  \"japaneseName\": \"建設部\",\n  \"kind\": \"BU\",\n  \"colour\": \"red\"\n}";
    assertThatThrownBy(() -> DxJson.read(json, Department.class))
        .isInstanceOf(DxJsonException.class)
        .hasMessageContaining("unknown property 'colour'")
        .hasMessageContaining("/colour")
        .hasMessageContaining("line 5");
  }

  @Test
  void tolerantModeIgnoresUnknownProperties() throws Exception {
    String json = "{\"id\":\"kensetsu\",\"japaneseName\":\"建設部\",\"kind\":\"BU\",\"colour\":\"red\"}";
    Department d = DxJson.tolerantMapper().readValue(json, Department.class);
    assertThat(d.japaneseName()).isEqualTo("建設部");
  }

  @Test
  void modelRulesSurfaceWithTheirPointer() {
    String json = "{\"period\":\"CY2022\",\"procedures\":10,\"onlineProcedures\":11,\"applications\":5,\"onlineApplications\":1}";
    assertThatThrownBy(() -> DxJson.read(json, org.municipaldx.core.ProcedureTakeUp.class))
        .isInstanceOf(DxJsonException.class)
        .hasMessageContaining("onlineProcedures")
        .hasMessageContaining("must not exceed procedures 10");
  }

  @Test
  void aKeyTwiceInOneObjectIsAnErrorAtItsPlaceNotTheLastOneWins() {
    String twice = "{\"code\":\"072036\",\"japaneseName\":\"郡山市\",\n\"japaneseName\":\"福島市\",\"prefecture\":\"FUKUSHIMA\"}";
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(twice, Municipality.class), DxJsonException.class);
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("japaneseName");
    // the same object with the key once is read
    assertThat(DxJson.read(twice.replace("\"japaneseName\":\"郡山市\",\n", ""), Municipality.class).japaneseName())
        .isEqualTo("福島市");
  }

  @Test
  void wrongCheckDigitsAndEraMismatchesAreRejectedOnRead() {
    String code = "{\"code\":\"072035\",\"japaneseName\":\"郡山市\",\"prefecture\":\"FUKUSHIMA\"}";
    assertThatThrownBy(() -> DxJson.read(code, Municipality.class))
        .hasMessageContaining("/code").hasMessageContaining("must be 6");
    // JSON has one form of fiscal year, the number (issue 14: as the schema says); the text forms are FiscalYear.parse's
    assertThat(DxJson.read("2023", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
    assertThatThrownBy(() -> DxJson.read("\"2023(令和5)年度\"", FiscalYear.class)).hasMessageContaining("as a JSON number");
    assertThatThrownBy(() -> FiscalYear.parse("2022(令和3)年度")).hasMessageContaining("令和3 is 2021");
  }

  @Test
  void fractionsAreNotAcceptedForWholeNumbers() {
    String json = "{\"id\":\"a\",\"fiscalYear\":2023,\"status\":\"NEW\",\"title\":\"t\",\"beneficiary\":\"STAFF\","
        + "\"estimates\":[{\"kind\":\"formula\",\"factors\":[{\"value\":1.5,\"unit\":\"分\"}]}]}";
    assertThatThrownBy(() -> DxJson.read(json, Initiative.class))
        .isInstanceOf(DxJsonException.class)
        .hasMessageContaining("/estimates/0/factors/0/value");
  }

  @Test
  void fiscalYearsMustBeWholeNumbersEvenWhenTheFractionIsBelowDoublePrecision() {
    // 2023.00000000000000000001 is 2023.0 as a double: the check must be exact
    assertThatThrownBy(() -> DxJson.read("2023.00000000000000000001", FiscalYear.class))
        .isInstanceOf(DxJsonException.class)
        .hasMessageContaining("whole year");
    assertThatThrownBy(() -> DxJson.read("2023.5", FiscalYear.class)).hasMessageContaining("whole year");
    assertThat(DxJson.read("2023", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
  }

  @Test
  void writesFiscalYearsAsNumbersAndLeavesOutAbsentOptionals() {
    Department d = Department.builder().id("kensetsu").japaneseName("建設部").kind(org.municipaldx.core.DepartmentKind.BU).build();
    assertThat(DxJson.write(d)).doesNotContain("englishName").contains("\"kind\" : \"BU\"");
    assertThat(DxJson.write(FiscalYear.of(2023))).isEqualTo("2023");
  }
}
