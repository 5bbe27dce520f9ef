package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Labelled;

/**
 * The law package's code lists are labelled (issue 13: model invariants): every value of every enum has a
 * Japanese and an English name, neither blank, each distinct within its enum, so a report or a JSON document
 * never shows an empty or ambiguous label. And a refused provision says what was expected where reading stopped,
 * as a field of the exception, not only in its message.
 */
class LawLabelsInvariantsTest {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(LawIdType.class, LawNumberKind.class,
      ProvisionPart.class, SentencePart.class, LegalInstrumentKind.class);

  @Test
  void everyValueHasDistinctJapaneseAndEnglishNames() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      Set<String> japanese = new HashSet<>();
      Set<String> english = new HashSet<>();
      for (Enum<?> value : type.getEnumConstants()) {
        Labelled l = (Labelled) value;
        assertThat(l.japaneseName()).as("%s.%s japaneseName", type.getSimpleName(), value).isNotBlank();
        assertThat(l.englishName()).as("%s.%s englishName", type.getSimpleName(), value).isNotBlank();
        assertThat(japanese.add(l.japaneseName())).as("%s.%s japaneseName '%s' repeated", type.getSimpleName(),
            value, l.japaneseName()).isTrue();
        assertThat(english.add(l.englishName())).as("%s.%s englishName '%s' repeated", type.getSimpleName(), value,
            l.englishName()).isTrue();
      }
    }
  }

  @Test
  void aRefusedCitationSaysWhatWasExpectedWhereReadingStopped() {
    ProvisionParseException e = catchThrowableOfType(() -> ProvisionCitation.parse("第5条で準用する第3条で準用する"),
        ProvisionParseException.class);
    assertThat(e.index()).isEqualTo(16);
    assertThat(e.expected()).isNotBlank();
    assertThat(e.getMessage()).endsWith(": " + e.expected());
  }
}
