package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * {@link ProvisionNumber}: the 1–9999 rule on the main number and on each branch, both prints, the
 * order of inserted articles, and {@link NationalLawReference#parse}'s errors (issue 13 part 4).
 */
class ProvisionNumberTest {

  @Test
  void theMainNumberAndEachBranchAreFromOneTo9999() {
    // rule: every number of a level is from 1 to KanjiNumerals.MAX (9999)
    assertThat(ProvisionNumber.of(1).toArabic()).isEqualTo("1");
    assertThat(ProvisionNumber.of(9999, 9999).toKanji()).isEqualTo("九千九百九十九の九千九百九十九");
    for (int bad : new int[] {0, 10_000}) {
      InvalidValueException main = catchThrowableOfType(InvalidValueException.class, () -> ProvisionNumber.of(bad));
      assertThat(main.field()).isEqualTo("main");
      assertThat(main.value()).isEqualTo(String.valueOf(bad));
      assertThat(main.rule()).isEqualTo("must be from 1 to 9999");
      InvalidValueException branch = catchThrowableOfType(InvalidValueException.class, () -> ProvisionNumber.of(3, 2, bad));
      assertThat(branch.field()).isEqualTo("branches");
      assertThat(branch.value()).isEqualTo(String.valueOf(bad));
    }
  }

  @Test
  void bothPrintsJoinBranchesWithNo() {
    ProvisionNumber n = ProvisionNumber.of(12, 3, 2);
    assertThat(n.toArabic()).isEqualTo("12の3の2");
    assertThat(n.toString()).isEqualTo("12の3の2");
    assertThat(n.toKanji()).isEqualTo("十二の三の二");
    assertThat(n.branches()).containsExactly(3, 2);
    assertThat(n.isBranch()).isTrue();
    assertThat(ProvisionNumber.of(12).isBranch()).isFalse();
    assertThat(ProvisionNumber.of(12).branches()).isEmpty();
  }

  @Test
  void theArrayGivenIsCopied() {
    // rule: immutable: changing the caller's array afterwards changes nothing
    int[] branches = {2};
    ProvisionNumber n = ProvisionNumber.of(4, branches);
    branches[0] = 7;
    assertThat(n.toArabic()).isEqualTo("4の2");
  }

  @Test
  void insertedArticlesSortAfterTheirMainNumberAndBeforeTheNext() {
    // rule: 第4条 < 第4条の2 < 第4条の2の1 < 第4条の10 < 第5条
    List<ProvisionNumber> sorted = new ArrayList<>(List.of(ProvisionNumber.of(5), ProvisionNumber.of(4, 10),
        ProvisionNumber.of(4, 2, 1), ProvisionNumber.of(4), ProvisionNumber.of(4, 2)));
    sorted.sort(null);
    assertThat(sorted).extracting(ProvisionNumber::toArabic).containsExactly("4", "4の2", "4の2の1", "4の10", "5");
    assertThat(ProvisionNumber.of(4, 2).compareTo(ProvisionNumber.of(4, 2))).isZero();
  }

  @Test
  void aNationalLawReferenceNamesItsBadPart() {
    // rule: <law ID>[ <provision>]; an error names the whole text and keeps the cause
    InvalidValueException badId = catchThrowableOfType(InvalidValueException.class,
        () -> NationalLawReference.parse("323XX0000000186 第17条"));
    assertThat(badId.type()).isEqualTo("NationalLawReference");
    assertThat(badId.field()).isEmpty();
    assertThat(badId.value()).isEqualTo("323XX0000000186 第17条");
    assertThat(badId.getCause()).isInstanceOf(IllegalArgumentException.class);
    InvalidValueException badProvision = catchThrowableOfType(InvalidValueException.class,
        () -> NationalLawReference.parse("323AC0000000186 第十七"));
    assertThat(badProvision.value()).isEqualTo("323AC0000000186 第十七");
    assertThat(NationalLawReference.parse(" 323AC0000000186 ").toString()).isEqualTo("323AC0000000186");
    assertThat(NationalLawReference.parse("323AC0000000186 第17条の3の3").toString())
        .isEqualTo("323AC0000000186 第十七条の三の三");
  }
}
