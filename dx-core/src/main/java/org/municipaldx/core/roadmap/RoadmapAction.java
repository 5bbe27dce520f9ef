package org.municipaldx.core.roadmap;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * An action of a roadmap item in one fiscal year, on a track (【インフラ】, 【第1グループ】 …), with an
 * optional budget in yen. Sources often give budgets in 千円: use {@link #thousandYen(long)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoadmapAction.class)
@JsonDeserialize(as = ImmutableRoadmapAction.class)
public abstract class RoadmapAction {
  RoadmapAction() {}

  /** {@return the fiscal year of the action (年度別の取組)} */
  @NotNull
  public abstract FiscalYear fiscalYear();

  /** {@return the track (without brackets), e.g. インフラ, 第1グループ, 指定管理施設} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> track();

  /** {@return what is done that year, as the roadmap states it, not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String text();

  /** {@return the budget in yen, if stated} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract OptionalLong budgetYen();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(text(), "RoadmapAction", "text");
    track().ifPresent(t -> Checks.notBlank(t, "RoadmapAction", "track"));
    budgetYen().ifPresent(b -> Checks.nonNegative(b, "RoadmapAction", "budgetYen"));
  }

  /**
   * {@return the amount in yen}
   *
   * @param thousands  an amount in 千円, zero or more
   * @throws ArithmeticException if it overflows
   */
  public static long thousandYen(long thousands) {
    return Math.multiplyExact(thousands, 1000L);
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code RoadmapAction}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoadmapAction}. */
  public static class Builder extends ImmutableRoadmapAction.Builder {}
}
