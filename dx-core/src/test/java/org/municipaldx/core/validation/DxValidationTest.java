package org.municipaldx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;

class DxValidationTest {

  /** A value that escaped its builder's checks: e.g. made by a proxy or a mapper with checks off. */
  static final class Unchecked {
    @jakarta.validation.constraints.NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public String title() {
      return " ";
    }

    @jakarta.validation.constraints.PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
    public long count() {
      return -3;
    }
  }

  @Test
  void messagesComeInEnglishAndJapanese() {
    try (ValidatorFactory en = DxValidation.factory(Locale.ENGLISH); ValidatorFactory ja = DxValidation.factory(Locale.JAPANESE)) {
      List<String> english = DxValidation.describe(en.getValidator(), new Unchecked());
      List<String> japanese = DxValidation.describe(ja.getValidator(), new Unchecked());
      assertThat(english).containsExactly("count: must be zero or more (was '-3')", "title: must not be blank (was ' ')");
      assertThat(japanese).containsExactly("count: 0以上でなければなりません (was '-3')", "title: 空欄にできません (was ' ')");
    }
  }

  @Test
  void validModelGraphsHaveNoViolationsAndCascadesAreFollowed() {
    Initiative i = Initiative.builder().id("remote-inspection").fiscalYear(FiscalYear.of(2023)).status(InitiativeStatus.NEW)
        .title("公共工事遠隔臨場").beneficiary(Beneficiary.STAFF)
        .addEstimates(FormulaEstimate.of(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(170, "件")))
        .build();
    try (ValidatorFactory f = DxValidation.factory(Locale.ENGLISH)) {
      Validator v = f.getValidator();
      assertThat(DxValidation.describe(v, i)).isEmpty();
      // the accessor strategy makes the model's constraints visible: the id pattern is known as a property constraint
      assertThat(v.getConstraintsForClass(Initiative.class).getConstrainedProperties())
          .extracting(p -> p.getPropertyName()).contains("id", "title", "estimates");
    }
  }

  /** An application's own JavaBean, validated by the same factory as the model (issue 14). */
  public static final class ApplicationBean {
    @jakarta.validation.constraints.NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public String getDepartmentName() {
      return "";
    }

    @jakarta.validation.constraints.AssertTrue
    public boolean isApproved() {
      return false;
    }

    @jakarta.validation.constraints.AssertTrue
    public boolean hasOwner() {
      return false;
    }

    @jakarta.validation.constraints.NotNull
    public String getURL() {
      return null;
    }
  }

  @Test
  void applicationBeansAreReportedUnderTheirJavaBeansPropertyNamesNotTheirGetterNames() {
    try (ValidatorFactory f = DxValidation.factory(Locale.ENGLISH)) {
      List<String> violations = DxValidation.describe(f.getValidator(), new ApplicationBean());
      assertThat(violations).extracting(v -> v.substring(0, v.indexOf(':')))
          .containsExactly("URL", "approved", "departmentName", "owner");
    }
  }

  @Test
  void getterCandidatesOfAPropertyCoverTheAccessorAndTheJavaBeansForms() {
    assertThat(new ModelAccessorStrategy().getGetterMethodNameCandidates("name"))
        .containsExactly("name", "getName", "isName", "hasName");
  }
}
