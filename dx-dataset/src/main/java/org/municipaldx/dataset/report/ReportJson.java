package org.municipaldx.dataset.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import org.municipaldx.core.json.DxJson;

/**
 * The JSON of the report model, as {@code dx report --format json} prints it and {@link ReportSchemas}
 * describes it: {@code DxJson.mapper()} (camelCase properties, fiscal years as integers, enums as their
 * constant names, absent values omitted), pretty-printed, with decimals as plain JSON numbers
 * ({@code 259360}, {@code 651.5}; never {@code 2.5936E+5}). Counts and minutes are integers; hours and
 * percentages are the exact decimals the report's stated rounding policies give.
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * {@return its JSON document, never null}
   *
   * @param report  the report, not null
   */
  public static String write(DatasetReport report) {
    return json(Objects.requireNonNull(report, "report"));
  }

  /**
   * {@return its JSON document, never null}
   *
   * @param report  the wider-area report, not null
   */
  public static String write(WiderAreaReport report) {
    return json(Objects.requireNonNull(report, "report"));
  }

  private static String json(Object value) {
    try {
      return DxJson.mapper().writerWithDefaultPrettyPrinter().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the report as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
