package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PrimitivesProperties {

  @Property(tries = 200)
  void corporateNumberParseToStringRoundTrip(@ForAll long seed) {
    CorporateNumber n = ProcessArbitraries.corporateNumber(new Random(seed));
    assertThat(CorporateNumber.parse(n.toString())).isEqualTo(n);
    PeppolParticipantId id = PeppolParticipantId.ofCorporateNumber(n);
    assertThat(PeppolParticipantId.parse(id.toString())).isEqualTo(id);
  }

  @Property(tries = 200)
  void everyWrongCheckDigitIsRejected(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int shift) {
    String s = ProcessArbitraries.corporateNumber(new Random(seed)).value();
    int wrong = (s.charAt(0) - '0' + shift) % 10;
    assertThatThrownBy(() -> CorporateNumber.parse(wrong + s.substring(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check digit is " + wrong);
  }

  @Property(tries = 100)
  void remoteEventAvoidsTheRoundTripOfEveryAttendee(@ForAll @LongRange(max = 10_000) long minutes,
      @ForAll @IntRange(min = 1, max = 50) int attendees) {
    SiteEvent.Builder b = SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(java.time.LocalDate.of(2023, 5, 1))
        .attendees(attendees).oneWayTravelMinutes(minutes);
    assertThat(b.mode(AttendanceMode.REMOTE).build().travelAvoidedMinutes()).isEqualTo(minutes * 2 * attendees);
  }
}
