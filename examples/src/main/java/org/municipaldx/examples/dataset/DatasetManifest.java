package org.municipaldx.examples.dataset;

import java.util.List;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Municipality;

/**
 * The file {@code dataset.json}: which municipality and fiscal year the dataset describes and where
 * its figures come from. Immutable and thread-safe.
 *
 * @param id  the dataset's id, e.g. {@code koriyama-fy2023}
 * @param title  a title for people
 * @param municipality  the municipality, validated against dx-core's {@code Municipality} schema
 * @param fiscalYear  the fiscal year of the plan the dataset describes
 * @param source  where the figures come from (document, date)
 * @param notes  notes on the source and on how it was encoded
 */
public record DatasetManifest(String id, String title, Municipality municipality, FiscalYear fiscalYear,
    String source, List<String> notes) {
  private static final String T = "DatasetManifest";

  /** Validates the manifest. @throws IllegalArgumentException naming the field and the rule */
  public DatasetManifest {
    Require.id(id, T, "id");
    Require.notBlank(title, T, "title");
    Require.nonNull(municipality, T, "municipality");
    Require.nonNull(fiscalYear, T, "fiscalYear");
    Require.notBlank(source, T, "source");
    notes = Require.strings(notes, T, "notes");
  }
}
