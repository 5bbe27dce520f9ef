package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * The invariants of dx-procurement's smaller records (issue 13y: {@code Award}, {@code Bid}, {@code Supplier},
 * {@code SiteEvent}), each at its edge: the last value accepted and the first refused, with the type, field and
 * rule of the error.
 */
class ProcurementModelInvariantsTest {

  private static final Supplier SUPPLIER = Supplier.of("s-1", "株式会社郡山");

  private static InvalidValueException refused(Runnable build) {
    InvalidValueException e = catchThrowableOfType(build::run, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e;
  }

  private static Bid.Builder bid(long yen) {
    return Bid.builder().bidder(SUPPLIER).channel(Channel.ELECTRONIC).submittedAt(Instant.parse("2023-05-01T00:00:00Z"))
        .amountYen(yen);
  }

  @Test
  @DisplayName("an award's and a bid's amount may be 0 yen but not -1")
  void amountsAreZeroOrMore() {
    assertThat(Award.builder().supplier(SUPPLIER).date(LocalDate.of(2023, 5, 1)).amountYen(0).build().amountYen()).isZero();
    InvalidValueException award = refused(
        () -> Award.builder().supplier(SUPPLIER).date(LocalDate.of(2023, 5, 1)).amountYen(-1).build());
    assertThat(award.type()).isEqualTo("Award");
    assertThat(award.field()).isEqualTo("amountYen");
    assertThat(award.rule()).isEqualTo("must be zero or more");

    assertThat(bid(0).build().amountYen()).isZero();
    InvalidValueException negative = refused(() -> bid(-1).build());
    assertThat(negative.type()).isEqualTo("Bid");
    assertThat(negative.field()).isEqualTo("amountYen");
    assertThat(negative.value()).isEqualTo("-1");
  }

  @Test
  @DisplayName("a supplier's id is a record id (a letter or digit first) and its name is not blank")
  void supplierIdAndName() {
    assertThat(Supplier.of("S.1_a-b", "名").id()).isEqualTo("S.1_a-b");
    InvalidValueException id = refused(() -> Supplier.of("-s1", "名"));
    assertThat(id.type()).isEqualTo("Supplier");
    assertThat(id.field()).isEqualTo("id");
    assertThat(id.rule()).isEqualTo("must match " + org.municipaldx.core.Ids.RECORD_ID_PATTERN);
    InvalidValueException name = refused(() -> Supplier.of("s1", " \u3000"));
    assertThat(name.field()).isEqualTo("name");
    assertThat(name.rule()).isEqualTo("must not be blank");
  }

  private static SiteEvent.Builder event(AttendanceMode mode, int attendees, long minutes) {
    return SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(LocalDate.of(2023, 6, 1)).mode(mode)
        .attendees(attendees).oneWayTravelMinutes(minutes);
  }

  @Test
  @DisplayName("a site event has 1 attendee or more and 0 travel minutes or more")
  void siteEventAttendeesAndMinutes() {
    assertThat(event(AttendanceMode.ON_SITE, 1, 0).build().attendees()).isEqualTo(1);
    InvalidValueException none = refused(() -> event(AttendanceMode.ON_SITE, 0, 10).build());
    assertThat(none.type()).isEqualTo("SiteEvent");
    assertThat(none.field()).isEqualTo("attendees");
    assertThat(none.rule()).isEqualTo("must be positive");
    InvalidValueException minutes = refused(() -> event(AttendanceMode.ON_SITE, 1, -1).build());
    assertThat(minutes.field()).isEqualTo("oneWayTravelMinutes");
    assertThat(minutes.rule()).isEqualTo("must be zero or more");
  }

  @Test
  @DisplayName("only a remote event avoids travel: one way × 2 × attendees minutes, which must fit a long")
  void travelAvoidedByRemoteEvents() {
    assertThat(event(AttendanceMode.REMOTE, 3, 40).build().travelAvoidedMinutes()).isEqualTo(240);
    assertThat(event(AttendanceMode.ON_SITE, 3, 40).build().travelAvoidedMinutes()).isZero();
    // the largest round trip that fits: (MAX / 2) × 2 × 1 = MAX - 1
    long half = Long.MAX_VALUE / 2;
    assertThat(event(AttendanceMode.REMOTE, 1, half).build().travelAvoidedMinutes()).isEqualTo(Long.MAX_VALUE - 1);
    InvalidValueException overflow = refused(() -> event(AttendanceMode.REMOTE, 1, half + 1).build());
    assertThat(overflow.type()).isEqualTo("SiteEvent");
    assertThat(overflow.field()).isEqualTo("oneWayTravelMinutes");
    assertThat(overflow.rule()).isEqualTo("× 2 × 1 attendees overflows a long number of minutes");
    assertThat(overflow).hasCauseInstanceOf(ArithmeticException.class);
    // the rule holds for an on-site event too: its record is the same shape
    assertThat(refused(() -> event(AttendanceMode.ON_SITE, 2, half).build()).rule())
        .isEqualTo("× 2 × 2 attendees overflows a long number of minutes");
  }
}
