package org.municipaldx.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.municipaldx.regulation.law.LegalInstrument;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.law.ProvisionReference;

/**
 * A provision of a municipality's instrument, e.g. 郡山市火災予防条例 第四十四条第一項. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvision.class)
@JsonDeserialize(as = ImmutableProvision.class)
public abstract class Provision {
  Provision() {}

  /** {@return the instrument, never null} */
  @NotNull
  @Valid
  public abstract LegalInstrument instrument();

  /** {@return the provision within it, never null} */
  @NotNull
  public abstract ProvisionReference reference();

  /**
   * {@return the provision, never null}
   *
   * @param kind  the instrument's kind, not null
   * @param title  the instrument's title, not blank
   * @param reference  the provision, e.g. {@code 第12条第2項}, in kanji or Arabic numerals
   * @throws IllegalArgumentException if the title is blank or the reference cannot be parsed
   */
  public static Provision of(LegalInstrumentKind kind, String title, String reference) {
    return builder().instrument(LegalInstrument.of(kind, title)).reference(ProvisionReference.parse(reference)).build();
  }

  /** {@return e.g. {@code 郡山市火災予防条例第四十四条第一項}} */
  @Override
  public String toString() {
    return instrument().title() + reference();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Provision}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provision}. */
  public static class Builder extends ImmutableProvision.Builder {}
}
