package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.internal.Serial;

/**
 * Online take-up: online procedures / procedures and online applications / applications. Sums
 * of take-ups add numerators and denominators ({@link Rate#plus}). Immutable and thread-safe.
 */
public final class TakeUp implements Serializable {
  private static final long serialVersionUID = 1L;
  /** No procedures, no applications: both rates undefined. */
  public static final TakeUp NONE = new TakeUp(Rate.UNDEFINED, Rate.UNDEFINED);

  /** The value of {@link #procedures()}. */
  private final Rate procedures;
  /** The value of {@link #applications()}. */
  private final Rate applications;

  private TakeUp(Rate procedures, Rate applications) {
    this.procedures = procedures;
    this.applications = applications;
  }

  /**
   * {@return the take-up, never null}
   *
   * @param procedures  online procedures / procedures, not null
   * @param applications  online applications / applications, not null
   */
  public static TakeUp of(Rate procedures, Rate applications) {
    return new TakeUp(Objects.requireNonNull(procedures, "TakeUp.procedures: must not be null"),
        Objects.requireNonNull(applications, "TakeUp.applications: must not be null"));
  }

  /**
   * {@return its rates, never null}
   *
   * @param t  a department's reported take-up, not null
   */
  public static TakeUp of(ProcedureTakeUp t) {
    return new TakeUp(Rate.of(t.onlineProcedures(), t.procedures()), Rate.of(t.onlineApplications(), t.applications()));
  }

  /**
   * {@return the take-up with an undefined procedure rate (one volume says nothing about how many
   * procedures are online) and its application rate, never null}
   *
   * @param v  one procedure's application volume, not null
   */
  public static TakeUp of(ChannelVolume v) {
    return new TakeUp(Rate.UNDEFINED, Rate.of(v.onlineApplications(), v.totalApplications()));
  }

  /** {@return online procedures / procedures, never null} */
  public Rate procedures() {
    return procedures;
  }

  /** {@return online applications / applications, never null} */
  public Rate applications() {
    return applications;
  }

  /**
   * {@return the sums of numerators and denominators, never null}
   *
   * @param other  another take-up, not null
   */
  public TakeUp plus(TakeUp other) {
    return new TakeUp(procedures.plus(other.procedures), applications.plus(other.applications));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TakeUp && procedures.equals(((TakeUp) o).procedures)
        && applications.equals(((TakeUp) o).applications);
  }

  @Override
  public int hashCode() {
    return procedures.hashCode() * 31 + applications.hashCode();
  }

  /** {@return e.g. {@code procedures 21/100, applications 1303/12512}} */
  @Override
  public String toString() {
    return "procedures " + procedures + ", applications " + applications;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a missing rate is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(procedures, applications));
  }
}
