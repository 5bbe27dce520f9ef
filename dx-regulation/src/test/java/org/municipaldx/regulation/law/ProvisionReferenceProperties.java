package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProvisionReferenceProperties {

  @Provide
  Arbitrary<ProvisionNumber> numbers() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 9999);
    Arbitrary<List<Integer>> branches = Arbitraries.integers().between(1, 99).list().ofMaxSize(2);
    return Combinators.combine(n, branches).as(ProvisionNumber::of);
  }

  @Provide
  Arbitrary<ProvisionReference> references() {
    return Combinators.combine(numbers(), numbers().injectNull(0.4), numbers().injectNull(0.4))
        .as(ProvisionReference::of);
  }

  @Property(tries = 300)
  void kanjiAndArabicFormsRoundTrip(@ForAll("references") ProvisionReference ref) {
    String kanji = ref.toKanjiString();
    String arabic = ref.toArabicString();
    assertThat(ProvisionReference.parse(kanji)).isEqualTo(ref);
    assertThat(ProvisionReference.parse(arabic)).isEqualTo(ref);
    // kanji → Arabic → kanji
    assertThat(ProvisionReference.parse(ProvisionReference.parse(kanji).toArabicString()).toKanjiString()).isEqualTo(kanji);
    assertThat(kanji).doesNotContainPattern("[0-9]");
    assertThat(arabic).doesNotContainPattern("[一二三四五六七八九十百千]");
  }

  @Property(tries = 200)
  void fullWidthArabicParsesTheSame(@ForAll("references") ProvisionReference ref) {
    StringBuilder wide = new StringBuilder();
    for (char c : ref.toArabicString().toCharArray()) {
      wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    assertThat(ProvisionReference.parse(wide)).isEqualTo(ref);
  }
}
