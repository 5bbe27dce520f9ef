package org.municipaldx.dataset;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Text;
import org.municipaldx.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A main initiative (主な取り組み) or a category row of the source's summary slides, with the
 * rounded annual saving it states (年間約12,000時間, 約7,300時間 …). These are the source's own
 * summaries, not derived from the detailed initiatives. Immutable and thread-safe.
 *
 * @param id  the stable id
 * @param vision  the plan's vision the slide belongs to (1 市民サービスの向上, 2 行政事務の効率化)
 * @param kind  {@code MAIN} for 主な取り組み, {@code NEW} for 2023年度の新規施策, {@code CATEGORY} for a row of the 区分 table
 * @param title  the initiative or category as printed
 * @param measures  the measures listed under it
 * @param hours  the stated annual saving in hours, if stated
 * @param approximate  whether the hours are approximate (約)
 * @param beneficiaryNote  whose time, as printed (e.g. 事業者の時間の削減), if printed
 * @param notes  other statements printed with it
 */
public record Highlight(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String id,
    @Min(value = 1, message = "{org.municipaldx.OneOrMore.message}") int vision,
    Kind kind,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String title,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> measures,
    Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") BigDecimal> hours,
    boolean approximate,
    Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> beneficiaryNote,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "Highlight";

  /** Where on the summary slides a highlight appears. */
  public enum Kind {
    /** 主な取り組み. */
    MAIN,
    /** 2023年度の新規施策（当初予算計上）. */
    NEW,
    /** A row of the 区分 table (削減される業務量). */
    CATEGORY
  }

  /**
   * Validates the highlight.
   *
   * @param id  the stable id
   * @param vision  the plan's vision the slide belongs to (1 市民サービスの向上, 2 行政事務の効率化)
   * @param kind  {@code MAIN} for 主な取り組み, {@code NEW} for 2023年度の新規施策, {@code CATEGORY} for a row
   *     of the 区分 table
   * @param title  the initiative or category as printed
   * @param measures  the measures listed under it
   * @param hours  the stated annual saving in hours, if stated
   * @param approximate  whether the hours are approximate (約)
   * @param beneficiaryNote  whose time, as printed (e.g. 事業者の時間の削減), if printed
   * @param notes  other statements printed with it
   * @throws IllegalArgumentException naming the field and the rule
   */
  public Highlight {
    Checks.id(id, T, "id");
    Checks.check(vision >= 1, T, "vision", vision, "must be 1 or more");
    Checks.nonNull(kind, T, "kind");
    Checks.notBlank(Checks.nonNull(title, T, "title"), T, "title");
    measures = Checks.strings(measures, T, "measures");
    hours = Checks.optional(hours);
    hours.ifPresent(h -> Checks.check(h.signum() >= 0, T, "hours", h, "must be zero or more"));
    beneficiaryNote = Checks.optionalNotBlank(beneficiaryNote, T, "beneficiaryNote");
    notes = Checks.strings(notes, T, "notes");
  }
}
