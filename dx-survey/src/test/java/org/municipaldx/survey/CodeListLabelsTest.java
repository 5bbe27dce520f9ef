package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Labelled;

/**
 * Every value of every code list has its code, Japanese label and English label, distinct within its list, and its
 * code and label read back as the value: the accessors are what a report prints and what the reader matches on.
 */
class CodeListLabelsTest {
  private static final List<Class<? extends SurveyCode>> CODE_LISTS = List.of(Attachment.class,
      AttachmentAbolition.class, AttachmentFormRule.class, AttachmentSignature.class, AttachmentSubmission.class,
      BusinessLifeEvent.class, CommonProcedure.class, FeeRequirement.class, FormInformation.class,
      IdentityCheck.class, IndividualLifeEvent.class, LocalWorkKind.class, Ministry.class, OnlineDiscount.class,
      OnlineObstacle.class, OnlineStatus.class, PartyCode.class, PaymentMethod.class, ProcedureType.class,
      Profession.class);

  private static final List<Class<? extends Labelled>> LABELLED = List.of(Party.class, PeriodUnit.class);

  @Test
  void everyCodeListValueHasACodeAndTwoLabelsDistinctWithinItsList() {
    for (Class<? extends SurveyCode> list : CODE_LISTS) {
      SurveyCode[] values = list.getEnumConstants();
      assertThat(values).as(list.getSimpleName()).isNotEmpty();
      distinctAndNotBlank(list, values, SurveyCode::code, "code");
      distinctAndNotBlank(list, values, SurveyCode::japaneseName, "japaneseName");
      distinctAndNotBlank(list, values, SurveyCode::englishName, "englishName");
    }
  }

  @Test
  void everyPartyAndPeriodUnitHasTwoLabelsDistinctWithinItsList() {
    for (Class<? extends Labelled> list : LABELLED) {
      Labelled[] values = list.getEnumConstants();
      assertThat(values).as(list.getSimpleName()).isNotEmpty();
      distinctAndNotBlank(list, values, Labelled::japaneseName, "japaneseName");
      distinctAndNotBlank(list, values, Labelled::englishName, "englishName");
    }
  }

  @Test
  void everyCodeAndJapaneseLabelReadsBackAsItsValue() {
    for (Class<? extends SurveyCode> list : CODE_LISTS) {
      readsBack(list);
    }
  }

  private static <E extends Enum<E> & SurveyCode> void readsBackTyped(Class<E> list) {
    for (E e : list.getEnumConstants()) {
      assertThat(Codes.find(list, e.code())).as(list.getSimpleName() + " code " + e.code()).contains(e);
      assertThat(Codes.find(list, e.japaneseName())).as(list.getSimpleName() + " label " + e.japaneseName())
          .contains(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readsBack(Class<? extends SurveyCode> list) {
    readsBackTyped((Class) list);
  }

  private static <T> void distinctAndNotBlank(Class<?> list, T[] values, Function<T, String> accessor, String what) {
    List<String> texts = Arrays.stream(values).map(accessor).toList();
    assertThat(texts).as(list.getSimpleName() + "." + what).allSatisfy(t -> assertThat(t).isNotBlank())
        .doesNotHaveDuplicates();
  }
}
