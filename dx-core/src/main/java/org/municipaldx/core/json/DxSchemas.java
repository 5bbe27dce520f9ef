package org.municipaldx.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.Department;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.Procedure;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationPlan;

/**
 * The JSON Schemas (draft 2020-12) of the model's top-level types. They are generated from the model
 * classes when the library is built (by victools jsonschema-generator, with the Jackson and Jakarta
 * Validation modules) and shipped inside this jar under {@code org/municipaldx/core/schema/}; this
 * class only reads them, so it needs no generator at run time.
 */
public final class DxSchemas {
  /** The top-level types that have a schema. */
  public static final List<Class<?>> TYPES = List.of(
      Municipality.class, Department.class, Procedure.class, ChannelVolume.class, ProcedureTakeUp.class,
      SavingsEstimate.class, Initiative.class, DxPlan.class, KpiSeries.class, WorkloadSurvey.class,
      WorkloadComparison.class, RoadmapItem.class, MigrationPlan.class);

  private DxSchemas() {}

  /**
   * Names the class-path resource that holds a model type's JSON Schema.
   *
   * @param type  a model type, not null (the path is computed; only the types with a schema have one
   *     there)
   * @return the resource path of a type's schema, e.g.
   *     {@code org/municipaldx/core/schema/Initiative.schema.json}
   */
  public static String resourceName(Class<?> type) {
    return "org/municipaldx/core/schema/" + type.getSimpleName() + ".schema.json";
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
    try (InputStream in = DxSchemas.class.getModule().getResourceAsStream(resourceName(type))) {
      InputStream s = in != null ? in : DxSchemas.class.getClassLoader().getResourceAsStream(resourceName(type));
      if (s == null) {
        throw new IllegalStateException("Schema resource " + resourceName(type) + " is missing from the dx-core jar");
      }
      try (s) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
