package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One link of a 準用 chain: the provisions applied mutatis mutandis by the provisions before them in
 * a {@link ProvisionCitation}, with or without terms replaced. In
 * {@code 第5条で準用する第3条において読み替えて準用する第2条} the links are {@code 第3条} (plain 準用)
 * and {@code 第2条} (読み替えて準用). Immutable and thread-safe.
 *
 * <p>Serialised as a record: its two components, checked again by the canonical constructor when
 * read back.
 *
 * @param provisions  the provisions applied, not empty
 * @param replacedTerms  whether they are applied with terms replaced (読み替えて準用)
 * @serial exclude (a record's serial form is its components, documented above; JDK 17's doclint
 *     otherwise asks for comments on the components' implicit fields, which cannot take one)
 */
public record AppliedProvisions(List<ProvisionRange> provisions, boolean replacedTerms) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Checks and copies the provisions.
   *
   * @param provisions  the provisions applied, not null, not empty
   * @param replacedTerms  whether they are applied with terms replaced (読み替えて準用)
   * @throws IllegalArgumentException if the list is empty
   */
  public AppliedProvisions {
    Objects.requireNonNull(provisions, "provisions");
    if (provisions.isEmpty()) {
      throw org.municipaldx.core.internal.Checks.invalid("AppliedProvisions", "provisions", provisions, "must not be empty");
    }
    provisions = List.copyOf(provisions);
  }

  /**
   * {@return a plain 準用 link (で準用する), never null}
   *
   * @param provisions  the provisions applied, not empty
   */
  public static AppliedProvisions of(List<ProvisionRange> provisions) {
    return new AppliedProvisions(provisions, false);
  }

  /** {@return the words that introduce this link in the canonical form} */
  String connective() {
    return replacedTerms ? "において読み替えて準用する" : "で準用する";
  }
}
