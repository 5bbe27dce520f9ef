package org.municipaldx.examples.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the {@code dx} commands' JSON output. They are generated from the
 * output records when {@code examples} is built (by victools jsonschema-generator, configured as for
 * dx-core's model schemas) and shipped in the command-line jar under
 * {@code org/municipaldx/examples/schema/<Record>.schema.json}; this class only reads them.
 */
public final class OutputSchemas {
  /** The root record of each command's JSON output. */
  public static final List<Class<? extends Record>> TYPES = List.of(
      RollupOutput.class, RegulationsOutput.class, AuditOutput.class, DecodeLppOutput.class, ValidateOutput.class,
      IotComplianceOutput.class, SurveyOutput.class);

  private OutputSchemas() {}

  /**
   * @param type  a root record, not null
   * @return its schema's resource path, e.g. {@code org/municipaldx/examples/schema/RollupOutput.schema.json}
   */
  public static String resourceName(Class<?> type) {
    return "org/municipaldx/examples/schema/" + type.getSimpleName() + ".schema.json";
  }

  /**
   * @param type  one of {@link #TYPES}, not null
   * @return the schema document, never null
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String schema(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No JSON Schema for " + type.getName() + ": expected one of " + TYPES);
    }
    try (InputStream in = OutputSchemas.class.getModule().getResourceAsStream(resourceName(type))) {
      InputStream s = in != null ? in : OutputSchemas.class.getClassLoader().getResourceAsStream(resourceName(type));
      if (s == null) {
        throw new IllegalStateException("Schema resource " + resourceName(type) + " is missing from the examples jar");
      }
      try (s) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
