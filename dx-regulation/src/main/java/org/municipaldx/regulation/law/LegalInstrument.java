package org.municipaldx.regulation.law;

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
 * A municipality's legal instrument (例規), e.g. 郡山市火災予防条例 (条例). Immutable and
 * thread-safe; build with {@link #builder()} or {@link #of(LegalInstrumentKind, String)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalInstrument.class)
@JsonDeserialize(as = ImmutableLegalInstrument.class)
public abstract class LegalInstrument {
  LegalInstrument() {}

  /** {@return the kind, never null} */
  @NotNull
  public abstract LegalInstrumentKind kind();

  /** {@return the title, e.g. 郡山市火災予防条例, never blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the instrument's number as promulgated, e.g. 昭和37年条例第30号, if recorded} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> number();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(title(), "LegalInstrument", "title");
    number().ifPresent(n -> Checks.notBlank(n, "LegalInstrument", "number"));
  }

  /**
   * {@return the instrument, never null}
   *
   * @param kind  the kind, not null
   * @param title  the title, not blank
   * @throws IllegalArgumentException if the title is blank
   */
  public static LegalInstrument of(LegalInstrumentKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code LegalInstrument}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalInstrument}. */
  public static class Builder extends ImmutableLegalInstrument.Builder {}
}
