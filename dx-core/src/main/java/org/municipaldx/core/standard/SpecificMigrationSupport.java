package org.municipaldx.core.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

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

  /** {@return the standard operation whose system is concerned} */
  @NotNull
  public abstract StandardOperation operation();

  /** {@return where its designation stands} */
  @NotNull
  public abstract Status status();

  /** {@return the new target fiscal year, if set} */
  public abstract Optional<FiscalYear> targetFiscalYear();

  /** {@return the reason, as stated, if stated (not blank)} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> reason();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    reason().ifPresent(r -> Checks.notBlank(r, "SpecificMigrationSupport", "reason"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code SpecificMigrationSupport}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpecificMigrationSupport}. */
  public static class Builder extends ImmutableSpecificMigrationSupport.Builder {}

  /** Where the designation stands. */
  public enum Status implements Labelled {
    /** 検討中: under consideration. */
    CONSIDERING("検討中", "under consideration"),
    /** 申請済: applied for. */
    APPLIED("申請済", "applied"),
    /** 該当: designated a 特定移行支援システム. */
    DESIGNATED("該当", "designated"),
    /** 移行済: migrated. */
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
