package org.municipaldx.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * A local government: its 全国地方公共団体コード, Japanese name, optional English name and
 * prefecture (which must agree with the code's first two digits).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
public abstract class Municipality {
  Municipality() {}

  /** {@return the code, never null} */
  @NotNull
  public abstract MunicipalityCode code();

  /** {@return the Japanese name, e.g. 郡山市} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String japaneseName();

  /** {@return the English name, e.g. Koriyama City, if known} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> englishName();

  /** {@return the prefecture, never null} */
  @NotNull
  public abstract Prefecture prefecture();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(japaneseName(), "Municipality", "japaneseName");
    englishName().ifPresent(n -> Checks.notBlank(n, "Municipality", "englishName"));
    Checks.check(code().prefecture() == prefecture(), "Municipality", "prefecture", prefecture(),
        "must be the prefecture of code " + code() + " (" + code().prefecture() + ")");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Municipality}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Municipality}. */
  public static class Builder extends ImmutableMunicipality.Builder {}
}
