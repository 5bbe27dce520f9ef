package org.municipaldx.core.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * A municipality's plan to move its core systems to the standard specifications: groups with their
 * operations and per-fiscal-year phases, the deadline (FY2025 nationally), and systems moved to
 * 特定移行支援システム. Invariant: no operation is in two groups.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMigrationPlan.class)
@JsonDeserialize(as = ImmutableMigrationPlan.class)
public abstract class MigrationPlan {
  MigrationPlan() {}

  /** {@return the deadline by which the plan expects every group in operation} */
  @NotNull
  public abstract FiscalYear deadline();

  /** {@return the migration groups (第1グループ, 第2グループ, …) in the order stated} */
  public abstract List<@Valid MigrationGroup> groups();

  /** {@return the systems moved to 特定移行支援システム (a later deadline applies), possibly empty} */
  public abstract List<@Valid SpecificMigrationSupport> specificMigrationSupport();

  /** {@return the operations that no group covers} */
  public Set<StandardOperation> uncovered() {
    Set<StandardOperation> s = EnumSet.allOf(StandardOperation.class);
    groups().forEach(g -> s.removeAll(g.operations()));
    return s;
  }

  /** {@return the groups not in operation by the deadline} */
  public List<MigrationGroup> lateGroups() {
    return groups().stream()
        .filter(g -> !g.operations().isEmpty())
        .filter(g -> g.phaseIn(deadline()).map(p -> p != MigrationPhase.OPERATION).orElse(true))
        .collect(java.util.stream.Collectors.toList());
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
    Set<StandardOperation> seen = EnumSet.noneOf(StandardOperation.class);
    for (MigrationGroup g : groups()) {
      for (StandardOperation op : g.operations()) {
        Checks.check(seen.add(op), "MigrationPlan", "groups.operations", op.japaneseName(), "must be in one group only");
      }
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code MigrationPlan}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MigrationPlan}. */
  public static class Builder extends ImmutableMigrationPlan.Builder {}
}
