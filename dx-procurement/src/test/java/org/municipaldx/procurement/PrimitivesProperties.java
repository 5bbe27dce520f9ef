package org.municipaldx.procurement;

import static org.municipaldx.procurement.ProcessTrials.API;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

class PrimitivesProperties {

  @Test
  void corporateNumberParseToStringRoundTrip() {
    API.longs().withLimit(200).supplyTo(PrimitivesProperties::corporateNumberRoundTrip);
  }

  private static void corporateNumberRoundTrip(long seed) {
    CorporateNumber n = ProcessTrials.corporateNumber(new Random(seed));
    assertThat(CorporateNumber.parse(n.toString())).isEqualTo(n);
    PeppolParticipantId id = PeppolParticipantId.ofCorporateNumber(n);
    assertThat(PeppolParticipantId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void everyWrongCheckDigitIsRejected() {
    API.longs().and(API.integers(1, 8)).withLimit(200).supplyTo((seed, shift) -> everyWrongCheckDigitIsRejected(seed, shift));
  }

  private static void everyWrongCheckDigitIsRejected(long seed, int shift) {
    String s = ProcessTrials.corporateNumber(new Random(seed)).value();
    int wrong = (s.charAt(0) - '0' + shift) % 10;
    assertThatThrownBy(() -> CorporateNumber.parse(wrong + s.substring(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check digit is " + wrong);
  }

  @Test
  void remoteEventAvoidsTheRoundTripOfEveryAttendee() {
    API.longs(0, 10_000).and(API.integers(1, 50)).withLimit(100)
        .supplyTo((minutes, attendees) -> remoteEventAvoidsTheRoundTrip(minutes, attendees));
  }

  private static void remoteEventAvoidsTheRoundTrip(long minutes, int attendees) {
    SiteEvent.Builder b = SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(java.time.LocalDate.of(2023, 5, 1))
        .attendees(attendees).oneWayTravelMinutes(minutes);
    assertThat(b.mode(AttendanceMode.REMOTE).build().travelAvoidedMinutes()).isEqualTo(minutes * 2 * attendees);
  }
}
