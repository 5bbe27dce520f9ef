package org.municipaldx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * The one validation helper behind every model check and dx-dataset's records (issue 13, mutation
 * testing: the helpers returned values and bounds that no test stated). Each test names the rule and
 * asserts the exact error: type, field, value and rule.
 */
class ChecksTest {

  private static InvalidValueException rejected(Runnable call) {
    return catchThrowableOfType(call::run, InvalidValueException.class);
  }

  private static void assertRule(InvalidValueException e, String field, String value, String rule) {
    assertThat(e).as("expected %s to be rejected", field).isNotNull();
    assertThat(e.type()).isEqualTo("T");
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.rule()).isEqualTo(rule);
  }

  @Test
  @DisplayName("positive: 1 is the least positive number and is returned; 0 and -1 are rejected")
  void positiveStartsAtOne() {
    assertThat(Checks.positive(1, "T", "n")).isEqualTo(1);
    assertThat(Checks.positive(42, "T", "n")).isEqualTo(42);
    assertRule(rejected(() -> Checks.positive(0, "T", "n")), "n", "0", "must be positive");
    assertRule(rejected(() -> Checks.positive(-1, "T", "n")), "n", "-1", "must be positive");
  }

  @Test
  @DisplayName("nonNegative: 0 is accepted and returned; -1 is rejected")
  void nonNegativeStartsAtZero() {
    assertThat(Checks.nonNegative(0, "T", "n")).isZero();
    assertThat(Checks.nonNegative(7, "T", "n")).isEqualTo(7);
    assertRule(rejected(() -> Checks.nonNegative(-1, "T", "n")), "n", "-1", "must be zero or more");
  }

  @Test
  @DisplayName("notBlank returns the text; a blank one is rejected, a null one is a NullPointerException naming the field")
  void notBlankRejectsBlankAndNull() {
    assertThat(Checks.notBlank(" a ", "T", "s")).isEqualTo(" a ");
    assertRule(rejected(() -> Checks.notBlank(" \t", "T", "s")), "s", " \t", "must not be blank");
    assertThat(catchThrowableOfType(() -> Checks.notBlank(null, "T", "s"), NullPointerException.class))
        .hasMessage("T.s: must not be null");
  }

  @Test
  @DisplayName("message is 'Type.field: rule (was 'value')'")
  void messageNamesTypeFieldRuleAndValue() {
    assertThat(Checks.message("T", "f", 3, "must be small")).isEqualTo("T.f: must be small (was '3')");
  }

  @Test
  @DisplayName("plain prints a decimal in plain digits up to 200 characters (2 × MAX_NUMBER_LENGTH), else in scientific notation")
  void plainIsBoundedAt200Characters() {
    assertThat(Checks.plain(null)).isEqualTo("null");
    assertThat(Checks.plain(new BigDecimal("1234.5"))).isEqualTo("1234.5");
    // precision 1 + |scale| 197 + 2 = 200: still plain
    assertThat(Checks.plain(new BigDecimal("1E+197"))).isEqualTo("1" + "0".repeat(197));
    // 201: scientific
    assertThat(Checks.plain(new BigDecimal("1E+198"))).isEqualTo("1E+198");
    // a long fraction counts its scale as well: precision 1 + 197 + 2 = 200, and 201
    assertThat(Checks.plain(new BigDecimal("1E-197"))).isEqualTo("0." + "0".repeat(196) + "1");
    assertThat(Checks.plain(new BigDecimal("1E-198"))).isEqualTo("1E-198");
    // precision counts too: 150 digits with scale -48 is 150 + 48 + 2 = 200, with -49 it is 201
    BigDecimal digits150 = new BigDecimal("9".repeat(150));
    assertThat(Checks.plain(digits150.scaleByPowerOfTen(48))).isEqualTo("9".repeat(150) + "0".repeat(48));
    assertThat(Checks.plain(digits150.scaleByPowerOfTen(49))).isEqualTo(digits150.scaleByPowerOfTen(49).toString())
        .contains("E+");
  }

  @Test
  @DisplayName("quote keeps a text of up to 120 characters whole and shortens a longer one to 60 characters and its length")
  void quoteIsBoundedAt120Characters() {
    String exactly120 = "x".repeat(120);
    assertThat(Checks.quote(exactly120)).isEqualTo(exactly120);
    assertThat(Checks.quote("y".repeat(121))).isEqualTo("y".repeat(60) + "…(121 characters)");
  }

  @Test
  @DisplayName("nonNull returns the value; null is rejected as 'must be present'")
  void nonNullRejectsNull() {
    assertThat(Checks.nonNull("v", "T", "f")).isEqualTo("v");
    assertRule(rejected(() -> Checks.nonNull(null, "T", "f")), "f", "null", "must be present");
  }

  @Test
  @DisplayName("id returns a model id; null, blank and a text outside the pattern are rejected, each with its rule")
  void idFollowsTheModelIdPattern() {
    assertThat(Checks.id("health-welfare", "T", "id")).isEqualTo("health-welfare");
    assertRule(rejected(() -> Checks.id(null, "T", "id")), "id", "null", "must be present");
    assertRule(rejected(() -> Checks.id(" ", "T", "id")), "id", " ", "must not be blank");
    assertRule(rejected(() -> Checks.id("Health", "T", "id")), "id", "Health",
        "must match " + org.municipaldx.core.Ids.MODEL_ID_PATTERN);
  }

  @Test
  @DisplayName("list copies a list unmodifiably, gives an empty list for null, and rejects a null element")
  void listCopiesAndRejectsNullElements() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Checks.list(source, "T", "xs");
    source.add("c");
    assertThat(copy).containsExactly("a", "b");
    assertThat(catchThrowableOfType(() -> copy.add("d"), UnsupportedOperationException.class)).isNotNull();
    assertThat(Checks.list(null, "T", "xs")).isEmpty();
    assertRule(rejected(() -> Checks.list(Arrays.asList("a", null), "T", "xs")), "xs", "null",
        "elements must not be null");
  }

  @Test
  @DisplayName("strings copies a list of texts, gives an empty list for null, and rejects a blank element")
  void stringsCopiesAndRejectsBlankElements() {
    List<String> source = new ArrayList<>(List.of("a"));
    List<String> copy = Checks.strings(source, "T", "xs");
    source.add("b");
    assertThat(copy).containsExactly("a");
    assertThat(Checks.strings(null, "T", "xs")).isEmpty();
    assertRule(rejected(() -> Checks.strings(List.of("a", " "), "T", "xs")), "xs", " ", "elements must not be blank");
  }

  @Test
  @DisplayName("optional gives empty for null and the value otherwise; optionalNotBlank also rejects a blank text")
  void optionalsAreNeverNull() {
    assertThat(Checks.optional(null)).isEmpty();
    assertThat(Checks.optional(Optional.of(3))).contains(3);
    assertThat(Checks.optionalNotBlank(null, "T", "o")).isEmpty();
    assertThat(Checks.optionalNotBlank(Optional.of("x"), "T", "o")).contains("x");
    assertRule(rejected(() -> Checks.optionalNotBlank(Optional.of(""), "T", "o")), "o", "", "must not be blank");
  }
}
