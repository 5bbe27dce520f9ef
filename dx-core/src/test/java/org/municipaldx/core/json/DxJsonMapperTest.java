package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InputLimits;

/**
 * What an integrator who builds an own mapper from {@link DxJson#factory()} and {@link DxJson#configure}
 * gets, and how {@link DxJson#located} turns a Jackson error into a located one (issue 13, mutation
 * testing: these public entry points were not exercised apart from the shared mappers).
 */
class DxJsonMapperTest {

  @Test
  @DisplayName("a mapper built from factory() and configure() reads strictly within InputLimits, like the shared one")
  void anIntegratorsMapperHasTheContractsSettingsAndLimits() throws Exception {
    ObjectMapper own = DxJson.configure(JsonMapper.builder(DxJson.factory())).build();
    assertThat(own.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(InputLimits.MAX_NESTING_DEPTH);
    assertThat(own.getFactory().streamReadConstraints().getMaxNumberLength()).isEqualTo(InputLimits.MAX_NUMBER_LENGTH);
    DxJsonException unknown = catchThrowableOfType(
        () -> DxJson.read(own, "{\"colour\": 1}", own.constructType(Department.class)), DxJsonException.class);
    assertThat(unknown.pointer()).isEqualTo("/colour");
    assertThat(unknown.reason()).isEqualTo("unknown property 'colour'");
    String deep = "[".repeat(InputLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(InputLimits.MAX_NESTING_DEPTH + 1);
    DxJsonException tooDeep = catchThrowableOfType(() -> DxJson.read(own, deep, own.constructType(Object.class)),
        DxJsonException.class);
    assertThat(tooDeep.reason()).contains("nesting depth");
    assertThat(own.writeValueAsString(FiscalYear.of(2023))).isEqualTo("2023");
  }

  @Test
  @DisplayName("located(e) of a Jackson error with no location and no path is at the document, line and column -1")
  void locatedWithoutALocationIsAtTheDocument() {
    DxJsonException e = DxJson.located(new JsonParseException((JsonParser) null, "boom"));
    assertThat(e.pointer()).isEqualTo("/");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e.reason()).isEqualTo("boom");
    assertThat(e.where().line()).isEmpty();
    assertThat(e.where().column()).isEmpty();
  }

  @Test
  @DisplayName("located(e) writes a mapping error's path as an RFC 6901 pointer: '~' as ~0, '/' as ~1, indexes as numbers")
  void locatedEscapesThePointer() {
    JsonMappingException e = JsonMappingException.from((JsonParser) null, "bad value");
    e.prependPath(new JsonMappingException.Reference(List.class, 3));
    e.prependPath(new JsonMappingException.Reference(Object.class, "a/b~c"));
    DxJsonException located = DxJson.located(e);
    assertThat(located.pointer()).isEqualTo("/a~1b~0c/3");
    assertThat(located.reason()).isEqualTo("bad value");
  }

  @Test
  @DisplayName("a value Jackson rejects is located where the value starts, not where the parser stopped after it")
  void aRejectedValueIsLocatedAtItsStart() {
    String json = "{\"id\": \"a\", \"japaneseName\": \"建設部\", \"kind\": \"XX\"}";
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, Department.class), DxJsonException.class);
    assertThat(e.pointer()).isEqualTo("/kind");
    assertThat(e.line()).isEqualTo(1);
    // column 44 is the opening quote of "XX"; the parser has read on to column 48
    assertThat(json.charAt(44 - 1)).isEqualTo('"');
    assertThat(e.column()).isEqualTo(44);
  }

  @Test
  @DisplayName("a line or column that is not positive is unknown: the location leaves it out")
  void nonPositiveLinesAndColumnsAreUnknown() {
    DxJsonException atStart = new DxJsonException("/a", 0, 0, "why", null);
    assertThat(atStart.where().line()).isEmpty();
    assertThat(atStart.where().column()).isEmpty();
    assertThat(atStart.where().pointer()).contains("/a");
    DxJsonException known = new DxJsonException("/a", 1, 1, "why", null);
    assertThat(known.where().line()).hasValue(1);
    assertThat(known.where().column()).hasValue(1);
  }

  @Test
  @DisplayName("a UTF-8 stream is read with or without a leading byte order mark, and a generic type is read as given")
  void streamsAndGenericTypes() {
    com.fasterxml.jackson.core.type.TypeReference<List<Long>> longs = new com.fasterxml.jackson.core.type.TypeReference<>() {};
    byte[] plain = "[1, 2]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bom = "\uFEFF[1, 2]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bom).hasSize(plain.length + 3);
    assertThat(DxJson.read(new java.io.ByteArrayInputStream(plain), longs)).containsExactly(1L, 2L);
    assertThat(DxJson.read(new java.io.ByteArrayInputStream(bom), longs)).containsExactly(1L, 2L);
    assertThat(DxJson.read("[3]", longs)).containsExactly(3L);
  }

  @Test
  @DisplayName("a stream of only a byte order mark is the empty document: the mark is dropped, not read as a character")
  void aStreamOfOnlyAByteOrderMarkIsTheEmptyDocument() {
    com.fasterxml.jackson.core.type.TypeReference<List<Long>> longs = new com.fasterxml.jackson.core.type.TypeReference<>() {};
    byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    DxJsonException bom = catchThrowableOfType(() -> DxJson.read(new java.io.ByteArrayInputStream(bomOnly), longs),
        DxJsonException.class);
    DxJsonException empty = catchThrowableOfType(() -> DxJson.read("", longs), DxJsonException.class);
    assertThat(bom.reason()).isEqualTo(empty.reason()).doesNotContain("0xfeff");
    assertThat(bom.line()).isEqualTo(empty.line());
    assertThat(bom.column()).isEqualTo(empty.column());
  }

  @Test
  @DisplayName("a stream of exactly InputLimits.MAX_DOCUMENT_LENGTH bytes is read; one byte more is refused")
  void aStreamOfExactlyTheDocumentLimitIsRead() {
    com.fasterxml.jackson.core.type.TypeReference<List<Long>> longs = new com.fasterxml.jackson.core.type.TypeReference<>() {};
    byte[] atLimit = new byte[InputLimits.MAX_DOCUMENT_LENGTH];
    java.util.Arrays.fill(atLimit, (byte) ' ');
    atLimit[0] = '[';
    atLimit[atLimit.length - 2] = '7';
    atLimit[atLimit.length - 1] = ']';
    assertThat(DxJson.read(new java.io.ByteArrayInputStream(atLimit), longs)).containsExactly(7L);
    byte[] over = java.util.Arrays.copyOf(atLimit, atLimit.length + 1);
    over[over.length - 1] = ' ';
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(new java.io.ByteArrayInputStream(over), longs),
        DxJsonException.class);
    assertThat(e.reason()).contains("longer than " + InputLimits.MAX_DOCUMENT_LENGTH);
  }

  @Test
  @DisplayName("the literal null is rejected at its own line and column, after any whitespace before it")
  void theLiteralNullIsLocatedAfterLeadingWhitespace() {
    DxJsonException e = catchThrowableOfType(() -> DxJson.read("\n\n   null", Department.class), DxJsonException.class);
    assertThat(e.pointer()).isEqualTo("/");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("must be a Department, was null");
  }

  @Test
  @DisplayName("readTree returns the document's tree; an empty document is an error at line 1, column 1")
  void readTreeReadsADocumentAndRejectsAnEmptyOne() {
    assertThat(DxJson.readTree("{\"a\": 1}").get("a").asInt()).isEqualTo(1);
    assertThat(DxJson.readTree("null").isNull()).isTrue();
    DxJsonException e = catchThrowableOfType(() -> DxJson.readTree("  "), DxJsonException.class);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo("no content: an empty document");
  }
}
