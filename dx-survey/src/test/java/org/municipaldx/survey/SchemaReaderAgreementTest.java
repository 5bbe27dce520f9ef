package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 14 part 6: dx-survey's JSON types ({@link TimeSaving} and its {@link ApproximateCount}) have schemas in its
 * jar, read by {@link DxSchemas#schema}, and the strict reader ({@link DxJson#read}) and the schema accept the same
 * documents: valid documents written from random values, and their mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = TrialScale.trials(150);
  private static final TrialsApi API = Trials.api();

  private static <T> SchemaAgreement.Tally agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.valid).as(tally.toString()).isEqualTo(TRIALS);
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
    return tally;
  }

  static Trials<ApproximateCount> counts() {
    return API.longs(0, 10_000_000_000L).flatMap(n -> API.choose(ApproximateCount.Basis.values())
        .map(b -> ApproximateCount.of(n, b)));
  }

  static Trials<String> texts() {
    return API.choose("住民票の写しの交付請求", "旅券の発給申請", "農地転用許可申請", "法務省", "", " 国土交通省 ");
  }

  static Trials<TimeSaving> savings() {
    return API.integers(1, 99_999_999).flatMap(id -> texts().flatMap(name -> texts().flatMap(ministry -> counts()
        .flatMap(cases -> API.longs(0, 600).map(minutes -> new TimeSaving(String.valueOf(id), name, ministry, cases,
            minutes, Math.multiplyExact(cases.approximately(), minutes),
            cases + "件 × " + minutes + "分 (a test)"))))));
  }

  @Test
  void timeSaving() {
    // the minutes must be offlineCases × minutesPerCase, and the product must fit a long: rules between fields
    agree(TimeSaving.class, savings(), "must be offlineCases × minutesPerCase", "overflow");
  }

  @Test
  void approximateCount() {
    agree(ApproximateCount.class, counts());
  }

  @Test
  void aTimeSavingIsWrittenAndReadBack() {
    TimeSaving saving = new TimeSaving("123", "旅券の発給申請", "外務省",
        ApproximateCount.of(1800, ApproximateCount.Basis.ROUNDED_REPORT), 30, 54_000, "約1,800件 × 30分 (a test)");
    String json = DxJson.write(saving);
    assertThat(json).contains("\"offlineCases\" : {", "\"approximately\" : 1800", "\"basis\" : \"ROUNDED_REPORT\"",
        "\"approximateMinutes\" : 54000");
    assertThat(DxJson.read(json, TimeSaving.class)).isEqualTo(saving);
    assertThat(SchemaAgreement.errors(DxSchemas.schema(TimeSaving.class), json)).isEmpty();
    // one bad field, one error at its pointer
    assertThat(SchemaAgreement.errors(DxSchemas.schema(TimeSaving.class), json.replace("1800", "-1800")))
        .hasSize(1).allMatch(e -> e.startsWith("/offlineCases/approximately: "));
  }
}
