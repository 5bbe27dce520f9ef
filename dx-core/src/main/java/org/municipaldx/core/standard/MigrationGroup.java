package org.municipaldx.core.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * A group of a migration plan (第1グループ, 【インフラ】 …): the operations it moves and its phase in each
 * fiscal year. A group may hold no operations (infrastructure tracks). Phases never go backwards
 * from one fiscal year to the next.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMigrationGroup.class)
@JsonDeserialize(as = ImmutableMigrationGroup.class)
public abstract class MigrationGroup {
  MigrationGroup() {}

  /** {@return the group's name, e.g. 第1グループ} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String name();

  /** {@return the standard operations the group migrates, possibly empty} */
  public abstract Set<StandardOperation> operations();

  /** {@return the phases per fiscal year, in order; several phases in one year are allowed} */
  public abstract List<@Valid PhaseEntry> phases();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(name(), "MigrationGroup", "name");
    for (int i = 1; i < phases().size(); i++) {
      PhaseEntry a = phases().get(i - 1);
      PhaseEntry b = phases().get(i);
      Checks.check(!b.fiscalYear().isBefore(a.fiscalYear()), "MigrationGroup", "phases[" + i + "].fiscalYear",
          b.fiscalYear(), "must not be before the previous entry's " + a.fiscalYear());
      Checks.check(b.phase().compareTo(a.phase()) >= 0 || b.fiscalYear().equals(a.fiscalYear()), "MigrationGroup",
          "phases[" + i + "].phase", b.phase(), "must not go back from " + a.phase() + " in a later year");
    }
  }

  /**
   * Finds where the group stands in a fiscal year.
   *
   * @param fy  the fiscal year, not null
   * @return the last phase scheduled in or before the fiscal year, if any
   */
  public java.util.Optional<MigrationPhase> phaseIn(FiscalYear fy) {
    MigrationPhase p = null;
    for (PhaseEntry e : phases()) {
      if (!e.fiscalYear().isAfter(fy)) {
        p = e.phase();
      }
    }
    return java.util.Optional.ofNullable(p);
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code MigrationGroup}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MigrationGroup}. */
  public static class Builder extends ImmutableMigrationGroup.Builder {}

  /** A phase in a fiscal year, e.g. FY2023 {@code Fit&Gap}, with the source's wording. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePhaseEntry.class)
  @JsonDeserialize(as = ImmutablePhaseEntry.class)
  public abstract static class PhaseEntry {
    PhaseEntry() {}

    /** {@return the fiscal year of the phase} */
    public abstract FiscalYear fiscalYear();

    /** {@return the phase the group is in that year} */
    public abstract MigrationPhase phase();

    /** {@return the source's wording, e.g. 仕様書(案)によるFit&amp;Gapの実施} */
    public abstract java.util.Optional<String> text();

    /**
     * Creates an entry without the source's wording.
     *
     * @param fy  the fiscal year, not null
     * @param phase  the phase, not null
     * @return the entry, never null
     * @throws NullPointerException if an argument is null
     */
    public static PhaseEntry of(FiscalYear fy, MigrationPhase phase) {
      return ImmutablePhaseEntry.builder().fiscalYear(fy).phase(phase).build();
    }
  }

}
