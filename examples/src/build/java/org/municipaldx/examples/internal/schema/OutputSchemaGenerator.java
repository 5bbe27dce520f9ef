package org.municipaldx.examples.internal.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.examples.output.OutputSchemas;

/**
 * Generates the JSON Schemas of the {@code dx} commands' output records ({@link OutputSchemas#TYPES}) at
 * build time, with the generator dx-core uses for the model (victools, draft 2020-12, Jackson module,
 * additional properties forbidden); not API, not in the command-line jar.
 *
 * <p>Record components are the properties; a component is required unless it is an {@link Optional}
 * (the mapper omits an empty one). Exact decimals are JSON numbers, big integers JSON integers, instants
 * RFC 3339 date-times and dates ISO dates, as {@code DxJson.mapper()} writes them.
 */
public final class OutputSchemaGenerator {
  private static final ObjectMapper MAPPER = DxJson.mapper();

  private OutputSchemaGenerator() {}

  /**
   * @param args  the output directory (the class output directory of examples)
   * @throws IOException if a schema cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    SchemaGenerator generator = generator();
    for (Class<?> type : OutputSchemas.TYPES) {
      ObjectNode schema = generator.generateSchema(type);
      schema.put("$id", "https://municipaldx.org/schema/dx/" + type.getSimpleName() + ".schema.json");
      schema.put("title", type.getSimpleName());
      Path file = out.resolve(OutputSchemas.resourceName(type));
      Files.createDirectories(file.getParent());
      Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.FLATTENED_OPTIONALS)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .without(Option.NONSTATIC_NONVOID_NONGETTER_METHODS);
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      Class<?> raw = javaType.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (raw == BigDecimal.class) {
        node.put("type", "number");
      } else if (raw == BigInteger.class) {
        node.put("type", "integer");
      } else if (raw == Instant.class) {
        node.put("type", "string").put("format", "date-time");
      } else if (raw == LocalDate.class) {
        node.put("type", "string").put("format", "date");
      } else if (java.util.Map.class.isAssignableFrom(raw)) {
        // a map is an object whose property names are the keys (enum constant names where the key is an enum)
        // and whose values all have the value type's schema
        var key = javaType.getTypeParameters().get(0);
        var value = javaType.getTypeParameters().get(1);
        node.put("type", "object");
        node.set("additionalProperties", context.createDefinitionReference(value));
        if (key.getErasedType().isEnum()) {
          var names = node.putObject("propertyNames").putArray("enum");
          for (Object c : key.getErasedType().getEnumConstants()) {
            names.add(((Enum<?>) c).name());
          }
        }
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.NO);
      } else {
        return null;
      }
      return new CustomDefinition(node, true);
    });
    config.forFields()
        .withIgnoreCheck(field -> field.isStatic())
        .withRequiredCheck(field -> field.getType().getErasedType() != Optional.class);
    return new SchemaGenerator(config.build());
  }
}
