package org.municipaldx.iot.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;

/**
 * A set of environmental limits with their effective dates: a statutory standard such as
 * {@link Standards#BUILDING_HYGIENE} or {@link Standards#SCHOOL}, or one a user defines (e.g. a
 * municipality's own target, CO2 ≤ 800 ppm), built with {@link #builder()}.
 *
 * <p>At most one limit per quantity is in force on any day: limits of the same quantity must not
 * overlap in time. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvironmentalStandard.class)
@JsonDeserialize(as = ImmutableEnvironmentalStandard.class)
public abstract class EnvironmentalStandard {
  EnvironmentalStandard() {}

  /** {@return the stable id, e.g. {@code building-hygiene}} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return the Japanese name, e.g. 建築物環境衛生管理基準} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String japaneseName();

  /** {@return the English name, if any} */
  public abstract Optional<String> englishName();

  /** {@return the limits, never empty} */
  @NotEmpty
  public abstract List<@Valid Limit> limits();

  /**
   * {@return the limit of that quantity in force on that date, if any}
   *
   * @param quantity  the quantity, not null
   * @param date  the date, not null
   */
  public Optional<Limit> limit(Quantity quantity, LocalDate date) {
    for (Limit l : limits()) {
      if (l.quantity() == quantity && l.inForceOn(date)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
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
    Checks.check(Ids.isModelId(id()), "EnvironmentalStandard", "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    Checks.notBlank(japaneseName(), "EnvironmentalStandard", "japaneseName");
    Checks.check(!limits().isEmpty(), "EnvironmentalStandard", "limits", limits(), "must not be empty");
    for (int i = 0; i < limits().size(); i++) {
      for (int j = i + 1; j < limits().size(); j++) {
        Limit a = limits().get(i);
        Limit b = limits().get(j);
        Checks.check(a.quantity() != b.quantity() || !a.overlaps(b), "EnvironmentalStandard",
            "limits[" + j + "]", b.quantity() + " " + b.describe(),
            "must not be in force on the same days as limits[" + i + "] (" + a.describe() + ")");
      }
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code EnvironmentalStandard}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnvironmentalStandard}. */
  public static class Builder extends ImmutableEnvironmentalStandard.Builder {}
}
