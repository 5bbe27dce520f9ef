package org.municipaldx.procurement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * A supervision or inspection event of a contract (監督・立会, 中間検査, 完了検査), attended on site
 * or remotely (遠隔臨場).
 *
 * <p>{@link #oneWayTravelMinutes()} is the one-way travel time to the site per person. A remote
 * event avoids the round trip of every attendee: {@code oneWayTravelMinutes × 2（往復）× attendees},
 * the seed's {@code 40分×2（往復）×1人} per event. The product is checked for overflow when built.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSiteEvent.class)
@JsonDeserialize(as = ImmutableSiteEvent.class)
public abstract class SiteEvent {
  SiteEvent() {}

  /** {@return supervision or which inspection, never null} */
  @NotNull
  public abstract SiteEventKind kind();

  /** {@return the date of the event, never null} */
  @NotNull
  public abstract LocalDate date();

  /** {@return on site or remote, never null} */
  @NotNull
  public abstract AttendanceMode mode();

  /** {@return the number of the municipality's staff attending, at least one} */
  @Positive
  public abstract int attendees();

  /** {@return the one-way travel time to the site per person in minutes, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long oneWayTravelMinutes();

  /** {@return the travel minutes this event avoids: the round trip of every attendee if remote, else 0} */
  @JsonIgnore
  public long travelAvoidedMinutes() {
    return mode() == AttendanceMode.REMOTE ? roundTrips() : 0;
  }

  private long roundTrips() {
    return Math.multiplyExact(Math.multiplyExact(oneWayTravelMinutes(), 2L), (long) attendees());
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.positive(attendees(), "SiteEvent", "attendees");
    Checks.nonNegative(oneWayTravelMinutes(), "SiteEvent", "oneWayTravelMinutes");
    try {
      roundTrips();
    } catch (ArithmeticException e) {
      throw Checks.invalid("SiteEvent", "oneWayTravelMinutes", oneWayTravelMinutes(),
          "× 2 × " + attendees() + " attendees overflows a long number of minutes", e);
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code SiteEvent}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SiteEvent}. */
  public static class Builder extends ImmutableSiteEvent.Builder {}
}
