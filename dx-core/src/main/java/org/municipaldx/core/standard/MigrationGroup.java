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

  /** @return the group's name, e.g. 第1グループ */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String name();

  public abstract Set<StandardOperation> operations();

  /** @return the phases per fiscal year, in order; several phases in one year are allowed */
  public abstract List<@Valid PhaseEntry> phases();

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

  /** @return the last phase scheduled in or before the fiscal year, if any */
  public java.util.Optional<MigrationPhase> phaseIn(FiscalYear fy) {
    MigrationPhase p = null;
    for (PhaseEntry e : phases()) {
      if (!e.fiscalYear().isAfter(fy)) {
        p = e.phase();
      }
    }
    return java.util.Optional.ofNullable(p);
  }

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

    public abstract FiscalYear fiscalYear();

    public abstract MigrationPhase phase();

    /** @return the source's wording, e.g. 仕様書(案)によるFit&amp;Gapの実施 */
    public abstract java.util.Optional<String> text();

    public static PhaseEntry of(FiscalYear fy, MigrationPhase phase) {
      return ImmutablePhaseEntry.builder().fiscalYear(fy).phase(phase).build();
    }
  }

}
