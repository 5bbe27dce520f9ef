package org.municipaldx.core.initiative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Ids;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.internal.Checks;

/**
 * An initiative (取組) of a department in a fiscal year's DX plan: its status (継続/新規/拡充), the
 * vision it serves, title, summary points, tags, beneficiary and expected time savings.
 *
 * <p>An initiative may carry several estimates (e.g. one per beneficiary task); an estimate that
 * breaks another down names it in {@link SavingsEstimate#breakdownOf()} and is not added to totals
 * again. A reposted initiative (【再掲】) refers to its first appearance. Labels of estimates must be
 * unique, and every {@code breakdownOf} must name another estimate's label.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInitiative.class)
@JsonDeserialize(as = ImmutableInitiative.class)
public abstract class Initiative {
  Initiative() {}

  /** {@return the stable id} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return the fiscal year of the plan the initiative belongs to} */
  @NotNull
  public abstract FiscalYear fiscalYear();

  /** {@return the department's id, if known} */
  public abstract Optional<@Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String> departmentId();

  /** {@return why the department was inferred rather than stated, if it was} */
  public abstract Optional<String> departmentInference();

  /** {@return the status (区分)} */
  @NotNull
  public abstract InitiativeStatus status();

  /** {@return the number of the plan's vision the initiative serves (1–3 in Koriyama's plan), if stated} */
  public abstract Optional<@Min(1) @Max(99) Integer> vision();

  /** {@return the title (取組), e.g. 公共工事遠隔臨場} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the summary points (概要)} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> summary();

  /** {@return the tags (関連する5レス等), as a set in the tags' declaration order (the source's order is not kept)} */
  public abstract Set<DxTag> tags();

  /** {@return whose time is saved} */
  @NotNull
  public abstract Beneficiary beneficiary();

  /** {@return the expected savings; empty means none stated at all} */
  public abstract List<@Valid SavingsEstimate> estimates();

  /** {@return the id of the initiative this one reposts (【再掲】), if it is a repost} */
  public abstract Optional<String> repostOf();

  /** {@return the five-less mask of {@link #tags()} (see {@link org.municipaldx.core.FiveLess#bit()})} */
  @JsonIgnore
  public int fiveLessMask() {
    return DxTag.fiveLessMask(tags());
  }

  /** {@return the estimates that count towards totals: those that break no other estimate down} */
  @JsonIgnore
  public List<SavingsEstimate> countedEstimates() {
    return estimates().stream().filter(e -> e.breakdownOf().isEmpty()).collect(java.util.stream.Collectors.toList());
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
    String t = "Initiative";
    Checks.check(Ids.isModelId(id()), t, "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    departmentId().ifPresent(d -> Checks.check(Ids.isModelId(d), t, "departmentId", d,
        "must match " + Ids.MODEL_ID_PATTERN));
    Checks.check(departmentInference().isEmpty() || departmentId().isPresent(), t, "departmentInference",
        departmentInference().orElse(null), "needs a departmentId to explain");
    vision().ifPresent(v -> Checks.check(v >= 1 && v <= 99, t, "vision", v, "must be from 1 to 99"));
    Checks.notBlank(title(), t, "title");
    Checks.noBlanks(summary(), t, "summary");
    repostOf().ifPresent(r -> Checks.check(!r.equals(id()), t, "repostOf", r, "must not be the initiative itself"));
    Set<String> labels = new HashSet<>();
    for (SavingsEstimate e : estimates()) {
      e.label().ifPresent(l -> Checks.check(labels.add(l), t, "estimates.label", l, "must be unique"));
    }
    for (SavingsEstimate e : estimates()) {
      e.breakdownOf().ifPresent(b -> Checks.check(labels.contains(b) && !b.equals(e.label().orElse(null)), t,
          "estimates.breakdownOf", b, "must name the label of another estimate of the initiative"));
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Initiative}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}. */
  public static class Builder extends ImmutableInitiative.Builder {}
}
