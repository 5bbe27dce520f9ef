package org.municipaldx.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An application with its own {@code ValidationMessages.properties} first on the class path still
 * gets the library's messages, in Japanese and English: dx-core ships them as Hibernate Validator's
 * {@code ContributorValidationMessages}, which are merged across jars instead of being hidden by the
 * first {@code ValidationMessages} found.
 */
class ApplicationMessagesTest {

  /** An application's bean using one message of its own and one of the library's. */
  static final class ApplicationBean {
    @jakarta.validation.constraints.NotBlank(message = "{com.example.app.Name.message}")
    public String name() {
      return "";
    }

    @jakarta.validation.constraints.PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
    public long count() {
      return -1;
    }

    @jakarta.validation.constraints.NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public String title() {
      return " ";
    }
  }

  @Test
  void theApplicationsOwnFileIsFirstOnTheClassPath() throws Exception {
    List<URL> found = Collections.list(getClass().getClassLoader().getResources("ValidationMessages.properties"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPath()).contains("test-classes");
    assertThat(getClass().getClassLoader().getResource("ContributorValidationMessages_ja.properties")).isNotNull();
  }

  @Test
  void libraryMessagesSurviveTheApplicationsOwnValidationMessages() {
    try (ValidatorFactory ja = DxValidation.factory(Locale.JAPANESE); ValidatorFactory en = DxValidation.factory(Locale.ENGLISH)) {
      assertThat(DxValidation.describe(ja.getValidator(), new ApplicationBean())).containsExactly(
          "count: 0以上でなければなりません (was '-1')",
          "name: the application's own message (was '')",
          "title: 空欄にできません (was ' ')");
      assertThat(DxValidation.describe(en.getValidator(), new ApplicationBean())).containsExactly(
          "count: must be zero or more (was '-1')",
          "name: the application's own message (was '')",
          "title: must not be blank (was ' ')");
    }
  }
}
