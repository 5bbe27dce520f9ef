package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;

/** The one input-error model of issue 12: type, field, value, rule and location are fields, not message text. */
class InputErrorModelTest {
  @Test
  void aModelCheckThrowsInvalidValueExceptionWithItsFields() {
    InvalidValueException e = catchThrowableOfType(() -> ProcedureTakeUp.builder()
        .period(ReportingPeriod.fiscalYear(FiscalYear.of(2023))).procedures(10).onlineProcedures(5)
        .applications(12_512).onlineApplications(13_000).build(), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("ProcedureTakeUp");
    assertThat(e.field()).isEqualTo("onlineApplications");
    assertThat(e.value()).isEqualTo("13000");
    assertThat(e.rule()).isEqualTo("must not exceed applications 12512");
    assertThat(e.getMessage()).isEqualTo("ProcedureTakeUp.onlineApplications: must not exceed applications 12512 (was '13000')");
    assertThat(e).isInstanceOf(InputException.class).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.where().field()).contains("ProcedureTakeUp.onlineApplications");
    assertThat(e.why()).isEqualTo(e.rule());
  }

  @Test
  void aValueParserThrowsInvalidValueExceptionForTheWholeText() {
    InvalidValueException e = catchThrowableOfType(() -> FiscalYear.parse("2022(令和3)年度"), InvalidValueException.class);
    assertThat(e.type()).isEqualTo("FiscalYear");
    assertThat(e.field()).isEmpty();
    assertThat(e.value()).isEqualTo("2022(令和3)年度");
    assertThat(e.rule()).isEqualTo("令和3 is 2021, not 2022");
    InvalidValueException code = catchThrowableOfType(() -> MunicipalityCode.parse("072031"), InvalidValueException.class);
    assertThat(code.type()).isEqualTo("MunicipalityCode");
    assertThat(code.rule()).startsWith("check digit is 1 but must be 6");
    InvalidValueException unknown = catchThrowableOfType(() -> FiveLess.parse("タイムレス"), InvalidValueException.class);
    assertThat(unknown.type()).isEqualTo("FiveLess");
    assertThat(unknown.value()).isEqualTo("タイムレス");
  }

  @Test
  void theValueInTheExceptionIsBounded() {
    String huge = "x".repeat(1_000_000);
    InvalidValueException e = catchThrowableOfType(() -> Checks.check(false, "T", "f", huge, "rule"),
        InvalidValueException.class);
    assertThat(e.value()).hasSize(60 + "…(1000000 characters)".length()).endsWith("…(1000000 characters)");
    assertThat(e.getMessage().length()).isLessThan(200);
    InvalidValueException big = Checks.invalid("T", "f", new java.math.BigDecimal("1E+999999999"), "rule");
    assertThat(big.value()).isEqualTo("1E+999999999");
  }

  @Test
  void aJsonErrorHasItsPointerLineAndColumnAndTheModelCheckAsFields() {
    String json = "[\n {\"id\": \"ok\", \"japaneseName\": \"総務部\", \"kind\": \"BU\"},\n"
        + " {\"id\": \"Not An Id\", \"japaneseName\": \"建設部\", \"kind\": \"BU\"}\n]";
    DxJsonException e = catchThrowableOfType(
        () -> DxJson.read(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.List<Department>>() {}),
        DxJsonException.class);
    assertThat(e.where().pointer()).contains("/1");
    assertThat(e.where().line()).isEqualTo(OptionalLong.of(3));
    assertThat(e.where().column()).isPresent();
    assertThat(e.invalidValue()).hasValueSatisfying(v -> {
      assertThat(v.type()).isEqualTo("Department");
      assertThat(v.field()).isEqualTo("id");
      assertThat(v.value()).isEqualTo("Not An Id");
    });
    DxJsonException unknown = catchThrowableOfType(() -> DxJson.read("{\"colour\": 1}", Department.class),
        DxJsonException.class);
    assertThat(unknown.where().pointer()).contains("/colour");
    assertThat(unknown.why()).isEqualTo("unknown property 'colour'");
    assertThat(unknown.invalidValue()).isEmpty();
  }

  @Test
  void aLocationHasTypedCoordinatesAndReadsAsAPlace() {
    InputLocation at = InputLocation.of("a.csv").atLine(3).atColumn(4).atByteOffset(57).atField("オンライン件数");
    assertThat(at.source()).isEqualTo("a.csv");
    assertThat(at.line()).isEqualTo(OptionalLong.of(3));
    assertThat(at.column()).isEqualTo(OptionalInt.of(4));
    assertThat(at.byteOffset()).isEqualTo(OptionalLong.of(57));
    assertThat(at.charIndex()).isEmpty();
    assertThat(at.pointer()).isEmpty();
    assertThat(at.cell()).isEqualTo(Optional.empty());
    assertThat(at).hasToString("a.csv line 3, column 4, byte offset 57 (オンライン件数)");
    assertThat(InputLocation.unnamed().atPointer("/a/0").atLine(2)).hasToString("JSON /a/0, line 2");
    assertThat(InputLocation.unnamed()).hasToString("(input)");
    assertThat(InputLocation.ofField("Rate", "numerator").withSource("x.json").field()).contains("Rate.numerator");
    assertThat(catchThrowableOfType(() -> InputLocation.unnamed().atLine(0), IllegalArgumentException.class))
        .hasMessageContaining("InputLocation.line");
    EqualsVerifier.forClass(InputLocation.class).withNonnullFields("source").verify();
  }

  @Test
  void aGenericInputExceptionSaysWhereAndWhy() {
    InputException e = new InputException(InputLocation.of("t.txt"), "is not UTF-8 text", null);
    assertThat(e).hasMessage("t.txt: is not UTF-8 text");
    assertThat(e.where().source()).isEqualTo("t.txt");
    assertThat(e.why()).isEqualTo("is not UTF-8 text");
    // without a cause given, a subtype can still set one (XlsxException does)
    RuntimeException cause = new RuntimeException("zip");
    assertThat(e.initCause(cause)).hasCause(cause);
  }
}
