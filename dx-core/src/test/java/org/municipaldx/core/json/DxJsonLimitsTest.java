package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Department;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.estimate.SavingsEstimate;

/** The fuzz findings D2, D3, D4 and D7 of issue 13 and the reading limits of {@link InputLimits}. */
class DxJsonLimitsTest {

  @Test
  void d2_bytesInAnUnsupportedEncodingAreALocatedInputErrorNotAnIoFailure() {
    byte[] bytes = {0x00, 0x5B, 0x00, 0x00};
    DxJsonException e = catchThrowableOfType(
        () -> DxJson.read(new ByteArrayInputStream(bytes), new TypeReference<List<Department>>() {}), DxJsonException.class);
    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/");
    // 0x00 is valid UTF-8 (NUL); Jackson reports the position just after the character it rejects
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.reason()).contains("code 0");
  }

  @Test
  void d2_aMalformedUtf8ByteIsReportedAtItsLineAndColumn() {
    byte[] head = "[\n  {\"id\": \"a".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by '"' is not UTF-8
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    DxJsonException e = catchThrowableOfType(
        () -> DxJson.read(new ByteArrayInputStream(bytes), new TypeReference<List<Department>>() {}), DxJsonException.class);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.reason()).contains("byte " + head.length);
  }

  @Test
  void d3_theLiteralNullIsRejectedBecauseReadNeverReturnsNull() {
    DxJsonException e = catchThrowableOfType(() -> DxJson.read("null", Department.class), DxJsonException.class);
    assertThat(e.pointer()).isEqualTo("/");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo("must be a Department, was null");
    assertThatThrownBy(() -> DxJson.read(new ByteArrayInputStream("  null ".getBytes(StandardCharsets.UTF_8)),
        new TypeReference<List<Department>>() {})).isInstanceOf(DxJsonException.class).hasMessageContaining("was null");
  }

  @Test
  void d4_aHugeExponentIsRejectedWithTheModelsRuleQuicklyAndWithoutExpandingTheNumber() {
    String json = "{\"kind\":\"measured\",\"savedHours\":1,\"beforeHours\":1e999999999}";
    DxJson.read("{\"kind\":\"measured\",\"savedHours\":1}", SavingsEstimate.class); // the mapper's first use is not timed
    long start = cpuNanos(); // CPU time: a loaded machine does not fail the test
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, SavingsEstimate.class), DxJsonException.class);
    assertThat(Duration.ofNanos(cpuNanos() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(e.pointer()).isEqualTo("/");
    assertThat(e.reason()).isEqualTo(
        "MeasuredEstimate.beforeHours: must be a whole number of minutes that fits a long (was '1E+999999999')");
    assertThat(e.getMessage().length()).isLessThan(300);
  }

  @Test
  void d4_statedHoursThatWouldPrintAsABillionDigitsAreRejected() {
    String json = "{\"kind\":\"formula\",\"factors\":[{\"value\":30,\"unit\":\"分\"}],\"statedHours\":1e999999999}";
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, SavingsEstimate.class), DxJsonException.class);
    assertThat(e.reason()).isEqualTo("FormulaEstimate.statedHours: must have at most " + InputLimits.MAX_NUMBER_LENGTH
        + " digits when printed (InputLimits.MAX_NUMBER_LENGTH) (was '1E+999999999')");
    // 100 digits print fine
    String ok = json.replace("1e999999999", "1e99");
    assertThat(DxJson.read(ok, SavingsEstimate.class)).isNotNull();
  }

  @Test
  void d7_aNumberLongerThanTheLimitIsLocatedAtItsLineColumnAndPointer() {
    String digits = "1".repeat(InputLimits.MAX_NUMBER_LENGTH + 1);
    String json = "{\"kind\":\"lumpSum\",\n \"hours\":" + digits + "}";
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, SavingsEstimate.class), DxJsonException.class);
    assertThat(e.pointer()).isEqualTo("/hours");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.reason()).contains("Number value length").contains(String.valueOf(InputLimits.MAX_NUMBER_LENGTH));
    // a thousand digits, the finding's own size, is over the limit as well
    DxJsonException thousand = catchThrowableOfType(
        () -> DxJson.read("[" + "9".repeat(1001) + "]", new TypeReference<List<Long>>() {}), DxJsonException.class);
    assertThat(thousand.line()).isEqualTo(1);
    assertThat(thousand.pointer()).isEqualTo("/0");
  }

  @Test
  void d7_aHugeLumpSumKeepsTheModelsRuleInsteadOfArithmeticOverflow() {
    DxJsonException e = catchThrowableOfType(
        () -> DxJson.read("{\"kind\":\"lumpSum\",\"hours\":1e10000}", SavingsEstimate.class), DxJsonException.class);
    assertThat(e.reason()).isEqualTo(
        "LumpSumEstimate.hours: must be a whole number of minutes that fits a long (was '1E+10000')");
  }

  @Test
  void nestingDeeperThanTheLimitIsALocatedInputError() {
    String json = "[".repeat(InputLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(InputLimits.MAX_NESTING_DEPTH + 1);
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, Object.class), DxJsonException.class);
    assertThat(e.line()).isEqualTo(1);
    // the position just after the bracket that opens level 101
    assertThat(e.column()).isEqualTo(InputLimits.MAX_NESTING_DEPTH + 2);
    assertThat(e.reason()).contains("nesting depth").contains(String.valueOf(InputLimits.MAX_NESTING_DEPTH));
    // the limit itself is allowed
    String atLimit = "[".repeat(InputLimits.MAX_NESTING_DEPTH) + "]".repeat(InputLimits.MAX_NESTING_DEPTH);
    assertThat(DxJson.read(atLimit, Object.class)).isInstanceOf(List.class);
  }

  @Test
  void theStrictAndTheTolerantMapperShareTheLimits() {
    for (var mapper : List.of(DxJson.mapper(), DxJson.tolerantMapper())) {
      var c = mapper.getFactory().streamReadConstraints();
      assertThat(c.getMaxNestingDepth()).isEqualTo(InputLimits.MAX_NESTING_DEPTH);
      assertThat(c.getMaxNumberLength()).isEqualTo(InputLimits.MAX_NUMBER_LENGTH);
      assertThat(c.getMaxDocumentLength()).isEqualTo((long) InputLimits.MAX_DOCUMENT_LENGTH);
      assertThat(c.getMaxStringLength()).isEqualTo(InputLimits.MAX_STRING_LENGTH);
    }
  }

  @Test
  void aStreamLongerThanTheDocumentLimitIsRejectedWithoutReadingItAll() {
    byte[] big = new byte[InputLimits.MAX_DOCUMENT_LENGTH + 2];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '[';
    big[big.length - 1] = ']';
    DxJsonException e = catchThrowableOfType(
        () -> DxJson.read(new ByteArrayInputStream(big), new TypeReference<List<Long>>() {}), DxJsonException.class);
    assertThat(e.reason()).contains("longer than " + InputLimits.MAX_DOCUMENT_LENGTH);
  }

  /**
   * The CPU time of the current thread (ThreadMXBean, called reflectively: the test sources compile
   * inside the library's module, which does not read java.management).
   */
  static long cpuNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
