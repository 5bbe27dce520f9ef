package org.municipaldx.core.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Checks;

/**
 * A system moved to 特定移行支援システム (a system for which migration by the FY2025 deadline is
 * found to be extremely difficult, so a later deadline applies — Digital Agency, 2023 onwards) and
 * its status.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecificMigrationSupport.class)
@JsonDeserialize(as = ImmutableSpecificMigrationSupport.class)
public abstract class SpecificMigrationSupport {
  SpecificMigrationSupport() {}

  @NotNull
  public abstract StandardOperation operation();

  @NotNull
  public abstract Status status();

  /** @return the new target fiscal year, if set */
  public abstract Optional<FiscalYear> targetFiscalYear();

  public abstract Optional<String> reason();

  @Value.Check
  protected void check() {
    reason().ifPresent(r -> Checks.notBlank(r, "SpecificMigrationSupport", "reason"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpecificMigrationSupport}. */
  public static class Builder extends ImmutableSpecificMigrationSupport.Builder {}

  /** Where the designation stands. */
  public enum Status implements Labelled {
    CONSIDERING("検討中", "under consideration"),
    APPLIED("申請済", "applied"),
    DESIGNATED("該当", "designated"),
    MIGRATED("移行済", "migrated");

    private final String japaneseName;
    private final String englishName;

    Status(String japaneseName, String englishName) {
      this.japaneseName = japaneseName;
      this.englishName = englishName;
    }

    @Override
    public String japaneseName() {
      return japaneseName;
    }

    @Override
    public String englishName() {
      return englishName;
    }
  }
}
