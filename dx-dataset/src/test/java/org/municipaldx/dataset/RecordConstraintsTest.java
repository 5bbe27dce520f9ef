package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.core.validation.DxValidation;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: the Bean Validation constraints on dx-dataset's records (which shape their JSON Schemas) speak
 * Japanese and English through dx-core's {@code ContributorValidationMessages}; the bundled dataset's records satisfy
 * them; and each rule {@link SchemaReaderAgreementTest} names as the reader's is one the schema cannot state: a
 * document the schema accepts and the reader refuses for exactly that rule.
 */
class RecordConstraintsTest {
  private static final Path KORIYAMA = Path.of("../examples/src/main/resources/org/municipaldx/examples/data/koriyama-fy2023");

  private static List<String> messages(ValidatorFactory factory, Class<?> type, String property, Object value) {
    return factory.getValidator().validateValue(type, property, value).stream()
        .map(ConstraintViolation::getMessage).distinct().collect(Collectors.toList());
  }

  @Test
  void theRecordsConstraintsSpeakJapaneseAndEnglish() {
    try (ValidatorFactory ja = DxValidation.factory(Locale.JAPANESE); ValidatorFactory en = DxValidation.factory(Locale.ENGLISH)) {
      assertThat(messages(ja, DepartmentBlock.class, "order", 0)).containsExactly("1以上でなければなりません");
      assertThat(messages(en, DepartmentBlock.class, "order", 0)).containsExactly("must be 1 or more");
      assertThat(messages(ja, AnalogRegulationPolicy.RegulationTypeEntry.class, "number", -3))
          .containsExactly("1以上でなければなりません");
      assertThat(messages(ja, HeadlineFigure.class, "value", new BigDecimal("-1"))).containsExactly("0以上でなければなりません");
      assertThat(messages(en, HeadlineFigure.class, "value", new BigDecimal("-1"))).containsExactly("must be zero or more");
      assertThat(messages(ja, Highlight.class, "title", "\u3000")).containsExactly("空欄にできません");
      assertThat(messages(en, Highlight.class, "title", "\u3000")).containsExactly("must not be blank");
      assertThat(messages(en, HistoryEvent.class, "topic", "Online Procedures")).containsExactly(
          "must be an id of lower-case letters, digits and hyphens, starting with a letter or digit (pattern ^[a-z0-9][a-z0-9-]*$)");
      assertThat(messages(ja, DepartmentBlock.class, "order", 1)).isEmpty();
    }
  }

  @Test
  void theBundledRecordsSatisfyTheirConstraints() {
    Assumptions.assumeTrue(Files.isDirectory(KORIYAMA), "the bundled dataset is beside this module in the checkout: " + KORIYAMA);
    Dataset d = DatasetLoader.load(KORIYAMA);
    List<Object> records = new ArrayList<>();
    records.add(d.manifest());
    records.addAll(d.blocks());
    records.addAll(d.takeUps());
    records.addAll(d.initiatives());
    records.addAll(d.headlineFigures());
    records.addAll(d.highlights());
    records.addAll(d.history());
    d.tools().ifPresent(records::add);
    d.analogRegulation().ifPresent(records::add);
    assertThat(records).hasSize(138);
    try (ValidatorFactory en = DxValidation.factory(Locale.ENGLISH)) {
      Validator v = en.getValidator();
      for (Object r : records) {
        assertThat(DxValidation.describe(v, r)).as(r.toString()).isEmpty();
      }
    }
  }

  /** A document the schema accepts and the strict reader refuses, for the named rule. */
  private static void onlyTheReaderStates(Class<?> type, String json, String rule) {
    assertThat(SchemaAgreement.errors(DxSchemas.schema(type), json)).as(json).isEmpty();
    assertThatThrownBy(() -> DxJson.read(json, type)).as(json).satisfies(e -> assertThat(SchemaAgreement.isRule(e, rule))
        .as(e.toString()).isTrue());
  }

  @Test
  void theRulesNamedAsTheReadersAreBetweenFieldsOrElements() {
    onlyTheReaderStates(DepartmentBlock.class, "{\"id\":\"block-01\",\"order\":1,\"departmentInference\":\"a guess\"}",
        "needs a departmentId to explain");
    onlyTheReaderStates(DepartmentBlock.class, "{\"id\":\"block-01\",\"order\":1,\"heading\":\"産業観光部\"}",
        "a heading naming the department needs its departmentId");
    onlyTheReaderStates(DepartmentBlock.class,
        "{\"id\":\"block-01\",\"order\":1,\"departmentId\":\"industry\",\"heading\":\"産業観光部\",\"departmentInference\":\"a guess\"}",
        "a department named by a heading is stated, not inferred");
    onlyTheReaderStates(HistoryEvent.class,
        "{\"topic\":\"t\",\"when\":\"2021年度\",\"fiscalYear\":2021,\"month\":\"2022-02\",\"text\":\"x\"}", "at most one may be set");
    String tool = "{\"id\":\"kintone\",\"category\":\"c\",\"product\":\"p\",\"capability\":\"c\",\"exampleUse\":\"u\"}";
    onlyTheReaderStates(DigitalTools.class, "{\"issue\":\"i\",\"solution\":\"s\",\"contractPeriod\":{\"from\":2022,\"to\":2027},"
        + "\"contract\":\"c\",\"tools\":[" + tool + "," + tool + "]}", "must be unique");
    onlyTheReaderStates(DigitalTools.class, "{\"issue\":\"i\",\"solution\":\"s\",\"contractPeriod\":{\"from\":2027,\"to\":2022},"
        + "\"contract\":\"c\"}", "must not be before from");
    String policy = "{\"title\":\"t\",\"department\":\"d\",\"manual\":\"m\",\"manualPublished\":\"%s\",\"nationalDeadline\":\"%s\","
        + "\"types\":[{\"number\":1,\"name\":\"目視\"},{\"number\":%d,\"name\":\"実地監査\"}]}";
    onlyTheReaderStates(AnalogRegulationPolicy.class, String.format(policy, "2024-06", "2022-11", 2), "must come after manualPublished");
    onlyTheReaderStates(AnalogRegulationPolicy.class, String.format(policy, "2022-11", "2024-06", 1), "must be unique");
  }

  /** A month the reader refuses (there is no 13th) the schema refuses too: its pattern names the months 01–12. */
  @Test
  void aMonthOutOfRangeIsRejectedByBoth() {
    String json = "{\"topic\":\"t\",\"when\":\"2023年13月\",\"month\":\"2023-13\",\"text\":\"x\"}";
    assertThat(SchemaAgreement.errors(DxSchemas.schema(HistoryEvent.class), json)).singleElement().asString().startsWith("/month: ");
    assertThatThrownBy(() -> DxJson.read(json, HistoryEvent.class)).isInstanceOf(RuntimeException.class);
    String valid = json.replace("2023-13", "2023-12");
    assertThat(SchemaAgreement.errors(DxSchemas.schema(HistoryEvent.class), valid)).isEmpty();
    assertThat(DxJson.read(valid, HistoryEvent.class).month()).contains(java.time.YearMonth.of(2023, 12));
  }
}
