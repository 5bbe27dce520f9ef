package org.municipaldx.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import java.util.List;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Municipality;

/**
 * The file {@code dataset.json}: which municipality and fiscal year the dataset describes and where
 * its figures come from. Immutable and thread-safe.
 *
 * @param id  the dataset's id, e.g. {@code my-city-fy2024}
 * @param title  a title for people
 * @param municipality  the municipality, validated against dx-core's {@code Municipality} schema
 * @param fiscalYear  the fiscal year of the plan the dataset describes
 * @param source  where the figures come from (document, date)
 * @param notes  notes on the source and on how it was encoded
 */
public record DatasetManifest(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String id,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String title,
    @Valid Municipality municipality,
    FiscalYear fiscalYear,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String source,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "DatasetManifest";

  /**
   * Validates the manifest.
   *
   * @param id  the dataset's id, e.g. {@code koriyama-fy2023}
   * @param title  a title for people
   * @param municipality  the municipality, validated against dx-core's {@code Municipality} schema
   * @param fiscalYear  the fiscal year of the plan the dataset describes
   * @param source  where the figures come from (document, date)
   * @param notes  notes on the source and on how it was encoded
   * @throws IllegalArgumentException naming the field and the rule
   */
  public DatasetManifest {
    Checks.id(id, T, "id");
    Checks.notBlank(Checks.nonNull(title, T, "title"), T, "title");
    Checks.nonNull(municipality, T, "municipality");
    Checks.nonNull(fiscalYear, T, "fiscalYear");
    Checks.notBlank(Checks.nonNull(source, T, "source"), T, "source");
    notes = Checks.strings(notes, T, "notes");
  }
}
