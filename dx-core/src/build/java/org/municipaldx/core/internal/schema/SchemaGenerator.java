package org.municipaldx.core.internal.schema;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;

/**
 * Generates the JSON Schemas of {@link DxSchemas#TYPES} from the model classes at build time (run by
 * the dx-core build in {@code process-classes}); not API, not used at run time.
 *
 * <p>Properties are those Jackson writes for the generated implementation class (so the schema
 * describes exactly the JSON the library reads and writes); a property is required when its accessor
 * is abstract and its type is neither optional nor a collection (Immutables' rule); additional
 * properties are forbidden, as the strict mapper forbids them. The model's hand-written primitives
 * get their JSON forms: FiscalYear an integer, MunicipalityCode six digits, ReportingPeriod FY/CY
 * and a year.
 */
public final class SchemaGenerator {
  private static final ObjectMapper MAPPER = DxJson.mapper();
  private static final Map<Class<?>, Set<String>> PROPERTIES = new HashMap<>();
  /**
   * A text with at least one character that is not white space as {@link Character#isWhitespace} (and so
   * {@link String#isBlank}) defines it: the complement of exactly those characters (BMP).
   */
  static final String NOT_BLANK = org.municipaldx.core.internal.Text.NOT_BLANK;

  private SchemaGenerator() {}

  /**
   * @param args  the output directory (the class output directory of dx-core), then optionally the
   *     fully qualified names of other modules' types (e.g. dx-dataset's report model), each written to
   *     {@code <its package as a path>/schema/<SimpleName>.schema.json} instead of dx-core's types; the
   *     types after {@code --registry} are written where {@code DxSchemas.resourceName} names them
   * @throws IOException if a schema cannot be written
   * @throws ClassNotFoundException if a named type is not on the class path
   */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path out = Path.of(args[0]);
    com.github.victools.jsonschema.generator.SchemaGenerator generator = generator();
    Map<Class<?>, String> types = new java.util.LinkedHashMap<>();
    if (args.length == 1) {
      DxSchemas.TYPES.forEach(t -> types.put(t, DxSchemas.resourceName(t)));
    }
    boolean registry = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--registry")) {
        // the types after it: their module's JSON types, read by DxSchemas.schema(Class) (see DxSchemas.resourceName)
        registry = true;
        continue;
      }
      Class<?> t = Class.forName(args[i]);
      types.put(t, registry ? DxSchemas.resourceName(t)
          : t.getPackageName().replace('.', '/') + "/schema/" + t.getSimpleName() + ".schema.json");
    }
    for (Map.Entry<Class<?>, String> typeAndResource : types.entrySet()) {
      Class<?> type = typeAndResource.getKey();
      ObjectNode schema = generator.generateSchema(type);
      schema = (ObjectNode) stripMethodSuffix(schema);
      allowTypeIdInSubtypes(schema);
      nullableCollections(schema);
      discriminateOnKind(schema, schema.get("$defs"));
      nullableWithoutAnyOf(schema);
      schema.put("$id", "https://municipaldx.org/schema/" + type.getSimpleName() + ".schema.json");
      schema.put("title", type.getSimpleName());
      Path file = out.resolve(typeAndResource.getValue());
      Files.createDirectories(file.getParent());
      Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  /**
   * victools describes a subtype of a polymorphic type as {@code X-2 = $ref X-1 + {kind: const}}; as
   * X-1 forbids additional properties, the type id would be rejected. Declare it in X-1 too.
   */
  static void allowTypeIdInSubtypes(ObjectNode schema) {
    com.fasterxml.jackson.databind.JsonNode defs = schema.get("$defs");
    if (defs == null) {
      return;
    }
    defs.properties().forEach(e -> {
      com.fasterxml.jackson.databind.JsonNode ref = e.getValue().get("$ref");
      com.fasterxml.jackson.databind.JsonNode kind = e.getValue().path("properties").get("kind");
      if (ref != null && kind != null && ref.asText().startsWith("#/$defs/")) {
        com.fasterxml.jackson.databind.JsonNode target = defs.get(ref.asText().substring("#/$defs/".length()));
        if (target instanceof ObjectNode && target.get("properties") instanceof ObjectNode) {
          ((ObjectNode) target.get("properties")).set("kind", kind.deepCopy());
        }
      }
    });
  }

  /**
   * victools writes a nullable reference as {@code anyOf [null, $ref]}: one bad field inside the value then
   * gives two errors (not null; the field). {@code if not null then $ref} accepts the same documents and
   * gives the one error.
   */
  static void nullableWithoutAnyOf(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      com.fasterxml.jackson.databind.JsonNode anyOf = o.get("anyOf");
      if (anyOf != null && anyOf.isArray() && anyOf.size() == 2 && anyOf.get(0).size() == 1
          && "null".equals(anyOf.get(0).path("type").asText(null))) {
        com.fasterxml.jackson.databind.JsonNode value = anyOf.get(1);
        o.remove("anyOf");
        o.putObject("if").putObject("not").put("type", "null");
        o.set("then", value);
      }
      o.forEach(SchemaGenerator::nullableWithoutAnyOf);
    } else if (node != null && node.isArray()) {
      node.forEach(SchemaGenerator::nullableWithoutAnyOf);
    }
  }

  /**
   * The reader takes {@code null} for a collection property as empty: such a property that may be empty
   * (no {@code minItems}) and is not required is {@code array} or {@code null} in the schema too.
   */
  static void nullableCollections(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode) {
      com.fasterxml.jackson.databind.JsonNode properties = node.get("properties");
      if (properties instanceof ObjectNode) {
        String required = node.path("required").toString();
        properties.properties().forEach(p -> {
          if (p.getValue() instanceof ObjectNode && "array".equals(p.getValue().path("type").asText(null))
              && !p.getValue().has("minItems") && !required.contains("\"" + p.getKey() + "\"")) {
            ((ObjectNode) p.getValue()).putArray("type").add("array").add("null");
          }
        });
      }
      node.forEach(SchemaGenerator::nullableCollections);
    } else if (node != null && node.isArray()) {
      node.forEach(SchemaGenerator::nullableCollections);
    }
  }

  /**
   * victools describes a polymorphic value as {@code anyOf} its subtypes; a document with one bad field
   * then fails every branch and a validator reports each branch's errors (15 for one bad factor). The
   * type id {@code kind} says which branch applies, so each {@code anyOf} of subtypes that all require a
   * {@code kind} const becomes: {@code kind} required and one of the known ids ({@code enum}), and
   * {@code allOf} one {@code if kind == c then $ref subtype} per subtype. One bad field gives exactly
   * one error (from the one branch that applies); a bad or missing {@code kind} gives one error. The
   * documents accepted are the same as with {@code anyOf}: the branches' {@code kind} consts differ.
   */
  static void discriminateOnKind(com.fasterxml.jackson.databind.JsonNode node,
      com.fasterxml.jackson.databind.JsonNode defs) {
    if (defs == null) {
      return;
    }
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      com.fasterxml.jackson.databind.JsonNode anyOf = o.get("anyOf");
      java.util.List<String> kinds = new java.util.ArrayList<>();
      java.util.List<String> refs = new java.util.ArrayList<>();
      if (anyOf != null && anyOf.isArray() && anyOf.size() > 1) {
        for (com.fasterxml.jackson.databind.JsonNode branch : anyOf) {
          String ref = branch.path("$ref").asText("");
          com.fasterxml.jackson.databind.JsonNode target =
              ref.startsWith("#/$defs/") ? defs.get(ref.substring("#/$defs/".length())) : null;
          com.fasterxml.jackson.databind.JsonNode kind =
              target == null ? null : target.path("properties").path("kind").get("const");
          boolean requiresKind = target != null && target.path("required").toString().contains("\"kind\"");
          if (branch.size() != 1 || kind == null || !kind.isTextual() || !requiresKind) {
            kinds.clear();
            break;
          }
          kinds.add(kind.asText());
          refs.add(ref);
        }
      }
      if (!kinds.isEmpty()) {
        o.remove("anyOf");
        o.put("type", "object");
        o.putArray("required").add("kind");
        com.fasterxml.jackson.databind.node.ArrayNode known =
            o.putObject("properties").putObject("kind").putArray("enum");
        kinds.forEach(known::add);
        com.fasterxml.jackson.databind.node.ArrayNode allOf = o.putArray("allOf");
        for (int i = 0; i < kinds.size(); i++) {
          ObjectNode branch = allOf.addObject();
          ObjectNode condition = branch.putObject("if");
          condition.putArray("required").add("kind");
          condition.putObject("properties").putObject("kind").put("const", kinds.get(i));
          branch.putObject("then").put("$ref", refs.get(i));
        }
      }
      o.properties().forEach(e -> discriminateOnKind(e.getValue(), defs));
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
      node.forEach(n -> discriminateOnKind(n, defs));
    }
  }

  /**
   * victools names method-derived properties {@code id()}; the JSON property is the method name.
   * Renames every property key and {@code required} entry ending in {@code ()}.
   */
  static com.fasterxml.jackson.databind.JsonNode stripMethodSuffix(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode in = (ObjectNode) node;
      ObjectNode out = in.objectNode();
      in.properties().forEach(e -> {
        boolean isProperties = e.getKey().equals("properties") && e.getValue().isObject();
        com.fasterxml.jackson.databind.JsonNode v = stripMethodSuffix(e.getValue());
        if (isProperties) {
          ObjectNode renamed = in.objectNode();
          v.properties().forEach(p -> renamed.set(strip(p.getKey()), p.getValue()));
          v = renamed;
        } else if (e.getKey().equals("required") && v.isArray()) {
          com.fasterxml.jackson.databind.node.ArrayNode req = in.arrayNode();
          v.forEach(r -> req.add(strip(r.asText())));
          v = req;
        }
        out.set(e.getKey(), v);
      });
      return out;
    }
    if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
      com.fasterxml.jackson.databind.node.ArrayNode out = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
      node.forEach(n -> out.add(stripMethodSuffix(n)));
      return out;
    }
    return node;
  }

  private static String strip(String name) {
    return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
  }

  static com.github.victools.jsonschema.generator.SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      Class<?> raw = javaType.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (raw == FiscalYear.class) {
        node.put("type", "integer").put("minimum", FiscalYear.MIN_YEAR).put("maximum", FiscalYear.MAX_YEAR)
            .put("description", "fiscal year (April–March) by its starting calendar year");
      } else if (raw == MunicipalityCode.class) {
        node.put("type", "string").put("pattern", "^[0-9]{6}$")
            .put("description", "全国地方公共団体コード: six digits with check digit");
      } else if (raw == ReportingPeriod.class) {
        node.put("type", "string").put("pattern", "^(FY|CY)[0-9]{4}$")
            .put("description", "FY2023 (fiscal year) or CY2022 (calendar year)");
      } else if (raw == YearMonth.class) {
        // the months 01–12 only: the reader refuses 2023-13, so the schema does too (issue 14 part 6)
        node.put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
      } else if (raw == LocalDate.class) {
        node.put("type", "string").put("format", "date");
      } else if (raw == BigDecimal.class) {
        node.put("type", "number");
      } else if (Map.class.isAssignableFrom(raw) && javaType.typeParametersFor(Map.class).size() == 2) {
        // a map is an object whose values are the map's values; with enum keys, only the constants' names are keys
        // (victools' default, an object with no properties and no others, refuses every non-empty map)
        com.fasterxml.classmate.ResolvedType key = javaType.typeParametersFor(Map.class).get(0);
        com.fasterxml.classmate.ResolvedType value = javaType.typeParametersFor(Map.class).get(1);
        node.put("type", "object");
        node.set("additionalProperties", context.createDefinitionReference(value));
        if (key.getErasedType().isEnum()) {
          com.fasterxml.jackson.databind.node.ArrayNode names = node.putObject("propertyNames").putArray("enum");
          for (Object constant : key.getErasedType().getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
          }
        }
      } else if (raw == OptionalLong.class) {
        // Jackson reads null as empty, and refuses a number out of a long's range
        node.putArray("type").add("integer").add("null");
        node.put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
      } else if (raw == OptionalInt.class) {
        node.putArray("type").add("integer").add("null");
        node.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      } else if (raw == long.class || raw == Long.class) {
        // the reader refuses a number out of the Java type's range: so does the schema
        node.put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
      } else if (raw == int.class || raw == Integer.class) {
        node.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      } else if (!raw.isEnum() && jsonValueType(raw) != null) {
        // another module's value written as one JSON value (CorporateNumber, LawId, ProvisionReference …):
        // the JSON type of its @JsonValue; its own rules (check digits, citation grammar) are the reader's
        Class<?> value = jsonValueType(raw);
        if (value == String.class) {
          node.put("type", "string").put("minLength", 1);
        } else if (value == int.class || value == long.class || value == Integer.class || value == Long.class) {
          node.put("type", "integer");
        } else {
          return null;
        }
        node.put("description", raw.getSimpleName());
      } else {
        return null;
      }
      return new com.github.victools.jsonschema.generator.CustomDefinition(node, true);
    });
    // Immutables value types: the properties are the accessor methods Jackson maps; their fields are ignored
    // Hand-written classes and records: the fields Jackson maps, and a @JsonProperty accessor whose property no field
    // holds (dx-survey's ApproximateCount writes its field 'value' as "approximately"); both required unless optional
    config.forFields()
        .withIgnoreCheck(field -> isImmutablesType(field.getDeclaringType().getErasedType())
            || !jacksonProperties(field.getDeclaringType().getErasedType()).contains(field.getName()))
        .withRequiredCheck(field -> !isOptionalOrCollection(field.getType().getErasedType()) || nonEmpty(field));
    config.forMethods()
        .withIgnoreCheck(method -> !method.getArgumentTypes().isEmpty()
            || !(isImmutablesType(described(method)) ? jacksonProperties(described(method)).contains(method.getName())
                : isPropertyWithoutField(method)))
        .withRequiredCheck(method -> (Modifier.isAbstract(method.getRawMember().getModifiers())
            || !isImmutablesType(described(method)))
            && (!isOptionalOrCollection(method.getRawMember().getReturnType()) || nonEmpty(method)))
        // a defaulted property (@Value.Default: not abstract) takes null as its default when read: so does the schema
        .withNullableCheck(method -> isImmutablesType(described(method))
            && !Modifier.isAbstract(method.getRawMember().getModifiers())
            && !method.getRawMember().getReturnType().isPrimitive() ? Boolean.TRUE : null);
    // @NotBlank: the model's check refuses a text of only white space (String.isBlank), which minLength cannot say;
    // on the text itself or on an optional text's type argument (Optional<@NotBlank String>); a @Pattern wins (the
    // Jakarta module's resolver comes first), so a pattern on a text that must not be blank says both
    config.forFields().withStringPatternResolver(field -> isNotBlank(field) ? NOT_BLANK : null);
    config.forMethods().withStringPatternResolver(method -> isNotBlank(method) ? NOT_BLANK : null);
    // @PositiveOrZero on an OptionalLong or OptionalInt (Hibernate Validator unwraps them by default): the custom
    // definition above gives the Java type's range; the constraint raises its minimum to zero
    config.forFields().withInstanceAttributeOverride((node, field, context) -> positiveOrZero(node, field));
    config.forMethods().withInstanceAttributeOverride((node, method, context) -> positiveOrZero(node, method));
    // @Size and @NotEmpty on a map: how many keys (with enum keys, @Size(min = the number of constants) = every key)
    config.forFields().withInstanceAttributeOverride((node, field, context) -> mapSize(node, field));
    config.forMethods().withInstanceAttributeOverride((node, method, context) -> mapSize(node, method));
    return new com.github.victools.jsonschema.generator.SchemaGenerator(config.build());
  }

  /** Whether a text member, or an optional text's type argument, is {@code @NotBlank}. */
  private static boolean isNotBlank(com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
    return member.getType() != null && member.getType().isInstanceOf(CharSequence.class)
        && (member.getAnnotationConsideringFieldAndGetterIfSupported(jakarta.validation.constraints.NotBlank.class) != null
            || member.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(
                jakarta.validation.constraints.NotBlank.class) != null);
  }

  /**
   * Sets {@code minimum} 0 on the schema of a {@code @PositiveOrZero} member that is an {@code OptionalLong} or
   * {@code OptionalInt} (whose custom definition states the Java type's range, which the Jakarta module's
   * resolvers do not change for a type they do not know as a number).
   */
  private static void positiveOrZero(ObjectNode node, com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
    Class<?> raw = member.getType() == null ? null : member.getType().getErasedType();
    if ((raw == OptionalLong.class || raw == OptionalInt.class)
        && member.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.PositiveOrZero.class) != null) {
      node.put("minimum", 0);
    }
  }

  /** Sets {@code minProperties}/{@code maxProperties} on the schema of a map member with {@code @Size} or {@code @NotEmpty}. */
  private static void mapSize(ObjectNode node, com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
    if (member.getType() == null || !Map.class.isAssignableFrom(member.getType().getErasedType())
        || member.isFakeContainerItemScope()) {
      return;
    }
    jakarta.validation.constraints.Size size =
        member.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.Size.class);
    if (size != null && size.min() > 0) {
      node.put("minProperties", size.min());
    }
    if (size != null && size.max() < Integer.MAX_VALUE) {
      node.put("maxProperties", size.max());
    }
    if (member.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.NotEmpty.class) != null
        && !node.has("minProperties")) {
      node.put("minProperties", 1);
    }
  }

  /**
   * Whether a collection or map member must not be empty ({@code @NotEmpty}, {@code @Size(min > 0)}): the reader
   * takes a missing one as empty and refuses it, so the schema requires it.
   */
  private static boolean nonEmpty(com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
    jakarta.validation.constraints.Size size =
        member.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.Size.class);
    return member.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.NotEmpty.class) != null
        || size != null && size.min() > 0;
  }

  /** The return type of a type's {@code @JsonValue} method, or null if it has none. */
  private static Class<?> jsonValueType(Class<?> type) {
    for (java.lang.reflect.Method m : type.getMethods()) {
      if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class) && m.getParameterCount() == 0) {
        return m.getReturnType();
      }
    }
    return null;
  }

  /**
   * Whether a method of a hand-written class is a {@code @JsonProperty} accessor of a property Jackson maps that no
   * field of the class is named after (else the field describes it).
   */
  private static boolean isPropertyWithoutField(com.github.victools.jsonschema.generator.MethodScope method) {
    com.fasterxml.jackson.annotation.JsonProperty property =
        method.getRawMember().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    if (property == null) {
      return false;
    }
    String name = property.value().isEmpty() ? method.getName() : property.value();
    Class<?> owner = described(method);
    if (!jacksonProperties(owner).contains(name)) {
      return false;
    }
    for (java.lang.reflect.Field f : owner.getDeclaredFields()) {
      if (f.getName().equals(name)) {
        return false;
      }
    }
    return true;
  }

  /** The type whose schema a member belongs to (for inherited accessors, the subtype). */
  private static Class<?> described(com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
    return member.getDeclaringTypeMembers().mainTypeAndOverrides().get(0).getErasedType();
  }

  private static boolean isImmutablesType(Class<?> type) {
    JsonSerialize ser = type.getAnnotation(JsonSerialize.class);
    return ser != null && ser.as() != Void.class;
  }

  private static Set<String> jacksonProperties(Class<?> owner) {
    return PROPERTIES.computeIfAbsent(owner, o -> {
      Class<?> impl = implementation(o);
      JavaType jt = MAPPER.constructType(impl);
      return MAPPER.getSerializationConfig().introspect(jt).findProperties().stream()
          .map(BeanPropertyDefinition::getName)
          .collect(Collectors.toSet());
    });
  }

  private static Class<?> implementation(Class<?> type) {
    JsonSerialize ser = type.getAnnotation(JsonSerialize.class);
    if (ser != null && ser.as() != Void.class) {
      return ser.as();
    }
    return type;
  }

  private static boolean isOptionalOrCollection(Class<?> c) {
    return c == Optional.class || c == OptionalLong.class || c == OptionalInt.class
        || Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
  }
}
