package org.municipaldx.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * An administrative procedure (行政手続き) a department handles, e.g. 粗大ごみ収集の申込, and
 * since when it can be done online, if it can. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedure.class)
@JsonDeserialize(as = ImmutableProcedure.class)
public abstract class Procedure {
  Procedure() {}

  /** {@return the stable id ({@link Ids#MODEL_ID_PATTERN})} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return the procedure's name} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String name();

  /** {@return the id of the department handling it, if known} */
  public abstract Optional<@Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String> departmentId();

  /** {@return the date from which it can be done online; empty if it cannot (or it is not known)} */
  public abstract Optional<LocalDate> onlineSince();

  /**
   * Tells whether the procedure can be done online on a date: it has an online-since date on or
   * before it (an unknown date counts as not online).
   *
   * @param date  the date, not null
   * @return whether the procedure can be done online on the date
   */
  public boolean isOnlineOn(LocalDate date) {
    return onlineSince().map(d -> !d.isAfter(date)).orElse(false);
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
    Checks.check(Ids.isModelId(id()), "Procedure", "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    Checks.notBlank(name(), "Procedure", "name");
    departmentId().ifPresent(d -> Checks.check(Ids.isModelId(d), "Procedure", "departmentId", d,
        "must match " + Ids.MODEL_ID_PATTERN));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Procedure}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Procedure}. */
  public static class Builder extends ImmutableProcedure.Builder {}
}
