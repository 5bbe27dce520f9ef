package org.municipaldx.core.roadmap;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * An item of a strategic roadmap (戦略的ロードマップ): a title, its future vision (将来像), the target
 * fiscal year (★…年度達成予定), background events (背景及び経過), per-fiscal-year actions grouped by
 * track, and milestones. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoadmapItem.class)
@JsonDeserialize(as = ImmutableRoadmapItem.class)
public abstract class RoadmapItem {
  RoadmapItem() {}

  /** {@return the item's key in a dataset; matches {@link Ids#MODEL_ID_PATTERN}} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return the item's title as the roadmap prints it, not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the future vision, one statement per element} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> futureVision();

  /** {@return the target fiscal year (★), if stated} */
  public abstract Optional<FiscalYear> targetFiscalYear();

  /** {@return the background events (背景及び経過) in the order stated, possibly empty} */
  public abstract List<@Valid BackgroundEvent> background();

  /** {@return the per-fiscal-year actions (年度別の取組) in the order stated, possibly empty} */
  public abstract List<@Valid RoadmapAction> actions();

  /** {@return the milestones in the order stated, possibly empty} */
  public abstract List<@Valid Milestone> milestones();

  /** {@return the five-less and other DX tags of the item, possibly empty} */
  public abstract Set<DxTag> tags();

  /** {@return the sum of the actions' stated budgets in yen (actions without a budget add nothing)} */
  public long totalBudgetYen() {
    long sum = 0;
    for (RoadmapAction a : actions()) {
      OptionalLong b = a.budgetYen();
      if (b.isPresent()) {
        sum = Math.addExact(sum, b.getAsLong());
      }
    }
    return sum;
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
    Checks.check(Ids.isModelId(id()), "RoadmapItem", "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    Checks.notBlank(title(), "RoadmapItem", "title");
    Checks.noBlanks(futureVision(), "RoadmapItem", "futureVision");
    try {
      totalBudgetYen();
    } catch (ArithmeticException e) {
      throw Checks.invalid("RoadmapItem", "actions.budgetYen", id(), "the total overflows", e);
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code RoadmapItem}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoadmapItem}. */
  public static class Builder extends ImmutableRoadmapItem.Builder {}

  /** An event of the background (背景及び経過), e.g. (2022年) the draft standard specifications were published. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableBackgroundEvent.class)
  @JsonDeserialize(as = ImmutableBackgroundEvent.class)
  public abstract static class BackgroundEvent {
    BackgroundEvent() {}

    /** {@return when, as the source writes it (2020年, 2013年～年次計画, ~2022)} */
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public abstract String when();

    /** {@return what happened, as the source states it, not blank} */
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public abstract String text();

    /**
     * Rejects an instance that breaks this type's rules; the generated implementation calls it each
     * time an instance is built, so an invalid instance never exists.
     *
     * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
     *     rule broken
     */
    @Value.Check
    protected void check() {
      Checks.notBlank(when(), "BackgroundEvent", "when");
      Checks.notBlank(text(), "BackgroundEvent", "text");
    }

    /**
     * Creates an event.
     *
     * @param when  when, as the source writes it, e.g. 2020年, not blank
     * @param text  what happened, not blank
     * @return the event, never null
     * @throws org.municipaldx.core.InvalidValueException if either is blank
     */
    public static BackgroundEvent of(String when, String text) {
      return ImmutableBackgroundEvent.builder().when(when).text(text).build();
    }
  }
}
