package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a national law, or one of its provisions, by e-Gov law ID, e.g. 消防法
 * ({@code 323AC0000000186}) 第十七条の三の三. A municipal provision often implements or mirrors one.
 *
 * <p>{@link #toString()} prints {@code 323AC0000000186 第十七条の三の三} (the provision is left out if
 * absent) and {@link #parse} reads that back, with the provision in kanji or Arabic numerals.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNationalLawReference.class)
@JsonDeserialize(as = ImmutableNationalLawReference.class)
public abstract class NationalLawReference {
  NationalLawReference() {}

  /** {@return the law's e-Gov ID, never null} */
  @NotNull
  public abstract LawId lawId();

  /** {@return the provision within the law, if one is referenced} */
  public abstract Optional<ProvisionReference> provision();

  /**
   * {@return the reference, never null}
   *
   * @param lawId  the law, not null
   * @param provision  the provision, or null for the whole law
   */
  public static NationalLawReference of(LawId lawId, ProvisionReference provision) {
    return builder().lawId(lawId).provision(Optional.ofNullable(provision)).build();
  }

  /**
   * {@return the reference, never null}
   *
   * @param text  {@code <law ID>} or {@code <law ID> <provision>}, e.g. {@code 323AC0000000186 第17条の3の3}
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static NationalLawReference parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = org.municipaldx.core.internal.Text.nfkc(text).strip();
    int space = s.indexOf(' ');
    int first = s.indexOf('第');
    int cut = space >= 0 ? space : first;
    try {
      if (cut < 0) {
        return of(LawId.parse(s), null);
      }
      return of(LawId.parse(s.substring(0, cut)), ProvisionReference.parse(s.substring(cut).strip()));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("NationalLawReference", "", text, e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return lawId() + provision().map(p -> " " + p).orElse("");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code NationalLawReference}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalLawReference}. */
  public static class Builder extends ImmutableNationalLawReference.Builder {}
}
