package org.municipaldx.dataset.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the report model as {@code DxJson.mapper()} writes it (the
 * {@code dx report --format json} contract). They are generated from the classes when the library is
 * built, by dx-core's schema generator, and shipped in this jar under
 * {@code org/municipaldx/dataset/report/schema/}.
 */
public final class ReportSchemas {
  /** The types that have a schema. */
  public static final List<Class<?>> TYPES = List.of(DatasetReport.class, WiderAreaReport.class);

  private ReportSchemas() {}

  /**
   * {@return the resource path of a type's schema, e.g.
   * {@code org/municipaldx/dataset/report/schema/DatasetReport.schema.json}}
   *
   * @param type  a type, not null (the path is computed: only {@link #TYPES} have a schema there)
   */
  public static String resourceName(Class<?> type) {
    return type.getPackageName().replace('.', '/') + "/schema/" + type.getSimpleName() + ".schema.json";
  }

  /**
   * {@return the schema document, never null}
   *
   * @param type  one of {@link #TYPES}, not null
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String schema(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No JSON Schema for " + type.getName() + ": expected one of " + TYPES);
    }
    try (InputStream in = ReportSchemas.class.getModule().getResourceAsStream(resourceName(type))) {
      InputStream s = in != null ? in : ReportSchemas.class.getClassLoader().getResourceAsStream(resourceName(type));
      if (s == null) {
        throw new IllegalStateException("Schema resource " + resourceName(type) + " is missing from the dx-dataset jar");
      }
      try (s) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
