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
 *
 * <p>The other library modules' JSON types (dx-procurement's contracting processes, dx-iot's sensors and
 * standards, dx-regulation's inventory items, dx-metrics' procedure-year rows …) have schemas generated
 * the same way into their own jars under {@code META-INF/municipaldx/schema/}; {@link #schema(Class)}
 * reads those too. A polymorphic value is discriminated by its {@code kind}: {@code if kind == c then}
 * that subtype's schema, so one bad field gives one error with a standard validator. The strict reader
 * ({@link DxJson#read}) and the schemas accept the same documents (a property test checks it); a rule
 * between two fields (online applications must not exceed applications) is checked by the reader only,
 * as JSON Schema compares no two values. Validators should assert {@code format} ({@code date}).
 */
public final class DxSchemas {
  /** The top-level types that have a schema. */
  public static final List<Class<?>> TYPES = List.of(
      Municipality.class, Department.class, Procedure.class, ChannelVolume.class, ProcedureTakeUp.class,
      SavingsEstimate.class, Initiative.class, DxPlan.class, KpiSeries.class, WorkloadSurvey.class,
      WorkloadComparison.class, RoadmapItem.class, MigrationPlan.class);

  private DxSchemas() {}

  /**
   * Names the class-path resource that holds a type's JSON Schema.
   *
   * @param type  a model type, not null (the path is computed; only the types with a schema have one
   *     there)
   * @return the resource path of a type's schema: for dx-core's {@link #TYPES}, e.g.
   *     {@code org/municipaldx/core/schema/Initiative.schema.json}; for another module's JSON types, in
   *     that module's jar, {@code META-INF/municipaldx/schema/} and the type's fully qualified name, e.g.
   *     {@code META-INF/municipaldx/schema/org.municipaldx.procurement.Supplier.schema.json} (a path no
   *     module encapsulates, so this class reads it on the module path as on the class path)
   */
  public static String resourceName(Class<?> type) {
    if (TYPES.contains(type)) {
      return "org/municipaldx/core/schema/" + type.getSimpleName() + ".schema.json";
    }
    return MODULE_SCHEMAS + type.getName() + ".schema.json";
  }

  /** Where every module's build puts the schemas of its JSON types (see {@link #resourceName}). */
  private static final String MODULE_SCHEMAS = "META-INF/municipaldx/schema/";

  /**
   * {@return the schema document, never null}
   *
   * @param type  one of {@link #TYPES}, or a JSON type of another library module whose jar ships its
   *     schema (e.g. dx-procurement's {@code Supplier}, dx-iot's {@code EnvironmentalStandard}), not null
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String schema(Class<?> type) {
    Objects.requireNonNull(type, "type");
    String name = resourceName(type);
    try (InputStream in = open(type, name)) {
      if (in == null) {
        if (TYPES.contains(type)) {
          throw new IllegalStateException("Schema resource " + name + " is missing from the dx-core jar");
        }
        throw new IllegalArgumentException("No JSON Schema for " + type.getName() + ": expected one of " + TYPES
            + " or a type whose module ships " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource from the type's own module (or class loader on the class path), else null. */
  private static InputStream open(Class<?> type, String name) throws IOException {
    Class<?> owner = TYPES.contains(type) ? DxSchemas.class : type;
    InputStream in = owner.getModule().getResourceAsStream(name);
    if (in == null && owner.getClassLoader() != null) {
      in = owner.getClassLoader().getResourceAsStream(name);
    }
    return in;
  }
}
