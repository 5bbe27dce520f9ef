package org.municipaldx.consumertest;

import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.validation.DxValidation;
import org.municipaldx.jackson3.DxJackson3;

/**
 * Builds a model value, round-trips it through the library's JSON contract, and validates the
 * application's own form with Bean Validation in Japanese, using one message of its own and the
 * library's. Exits with status 1 when anything differs from what the library promises.
 */
public final class ConsumerApp {
  private ConsumerApp() {}

  /** The application's own form: one message of its own, two of the library's. */
  public static final class ApplicationForm {
    private final String applicant;
    private final long count;
    private final String reference;

    /**
     * Creates a form.
     *
     * @param applicant  the applicant
     * @param count  the number of applications
     * @param reference  the reception number
     */
    public ApplicationForm(String applicant, long count, String reference) {
      this.applicant = applicant;
      this.count = count;
      this.reference = reference;
    }

    /** {@return the applicant} */
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public String applicant() {
      return applicant;
    }

    /** {@return the number of applications} */
    @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
    public long count() {
      return count;
    }

    /** {@return the reception number} */
    @NotBlank(message = "{com.example.consumer.Reference.message}")
    public String reference() {
      return reference;
    }
  }

  /** The violations the invalid form must give, in Japanese, sorted by property. */
  public static final List<String> EXPECTED_JAPANESE = List.of(
      "applicant: 空欄にできません (was ' ')",
      "count: 0以上でなければなりません (was '-2')",
      "reference: 受付番号を入力してください (was '')");

  /**
   * Runs the checks.
   *
   * @return what was checked, one line each
   * @throws IllegalStateException if the library does not behave as documented
   */
  public static List<String> run() {
    List<String> done = new ArrayList<>();
    Initiative initiative = initiative();

    String json = DxJson.write(initiative);
    Initiative back = DxJson.read(json, Initiative.class);
    check(back.equals(initiative), "the JSON round trip changed the initiative: " + json);
    done.add("JSON round trip of an Initiative: equal (" + json.length() + " characters)");

    // a vendor on Jackson 3 (Spring Boot 4): the same document, read back equal
    String jackson2Compact;
    try {
      jackson2Compact = DxJson.mapper().writeValueAsString(initiative);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Jackson 2 could not write the initiative", e);
    }
    String jackson3 = DxJackson3.mapper().writeValueAsString(initiative);
    check(jackson3.equals(jackson2Compact), "Jackson 3 wrote " + jackson3 + ", Jackson 2 " + jackson2Compact);
    check(DxJackson3.mapper().readValue(json, Initiative.class).equals(initiative),
        "Jackson 3 read the Jackson 2 document differently");
    done.add("Jackson 3 writes the same document and reads it back equal");

    try (ValidatorFactory factory = DxValidation.factory(Locale.JAPANESE)) {
      List<String> violations = DxValidation.describe(factory.getValidator(), new ApplicationForm(" ", -2, ""));
      check(violations.equals(EXPECTED_JAPANESE), "Japanese messages: expected " + EXPECTED_JAPANESE + ", got " + violations);
      done.add("Bean Validation in Japanese: " + violations);
      List<String> model = DxValidation.describe(factory.getValidator(), initiative);
      check(model.isEmpty(), "a valid Initiative has violations: " + model);
      done.add("Bean Validation of a model graph: no violations");
    }
    return done;
  }

  /** {@return the initiative the checks use: remote site inspection, 40分×2（往復）×1人×5回×170件} */
  public static Initiative initiative() {
    return Initiative.builder().id("remote-inspection").fiscalYear(FiscalYear.of(2023))
        .status(InitiativeStatus.NEW).title("公共工事遠隔臨場").beneficiary(Beneficiary.STAFF)
        .addEstimates(FormulaEstimate.of(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"),
            Factor.of(5, "回"), Factor.of(170, "件")))
        .build();
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException(problem);
    }
  }

  /**
   * Runs the checks and prints them.
   *
   * @param args  none
   */
  public static void main(String[] args) {
    String path = ConsumerApp.class.getModule().isNamed() ? "module path" : "class path";
    try {
      run().forEach(line -> System.out.println("consumer-test (" + path + "): " + line));
    } catch (RuntimeException e) {
      System.err.println("consumer-test (" + path + ") FAILED: " + e);
      System.exit(1);
    }
  }
}
