package org.municipaldx.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ReportingPeriod;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The library's JSON contract for Jackson 3 ({@code tools.jackson}, Spring Boot 4's default): the
 * same documents as {@code org.municipaldx.core.json.DxJson} writes and reads with Jackson 2.
 *
 * <p>Jackson 3 keeps Jackson 2's {@code com.fasterxml.jackson.annotation} annotations, which the
 * model uses for properties, creators and polymorphism, but not Jackson 2's databind annotations: the
 * model's {@code @JsonDeserialize(as = ImmutableX.class)}, which names the implementation of each
 * abstract value type, is invisible to it ("no Creators"). {@link #module()} reads those annotations
 * for Jackson 3. The settings of {@link #configure(JsonMapper.Builder)} are {@code DxJson}'s, spelled
 * in Jackson 3's terms (several of its defaults differ from Jackson 2's, e.g. properties sorted
 * alphabetically).
 *
 * <p>Example:
 * <pre>{@code
 * JsonMapper mapper = DxJackson3.configure(JsonMapper.builder()).build();   // or DxJackson3.mapper()
 * Initiative back = mapper.readValue(json, Initiative.class);
 * }</pre>
 */
public final class DxJackson3 {
  private static final JsonMapper STRICT = configure(JsonMapper.builder()).build();

  private DxJackson3() {}

  /**
   * Applies the contract's settings and {@link #module()} to a Jackson 3 builder.
   *
   * @param builder  the builder, not null
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return Objects.requireNonNull(builder, "builder")
        .addModule(module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // as DxJson: a key twice in one object is an error at its place, never "the last one wins"
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // as DxJson (issue 14): a value of another JSON type is an error, never converted, as the JSON Schemas say
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
  }

  /** {@return the shared strict Jackson 3 mapper (thread-safe)} */
  public static JsonMapper mapper() {
    return STRICT;
  }

  /**
   * {@return a Jackson 3 module that maps each abstract model type to the implementation its Jackson 2
   * {@code @JsonDeserialize(as = ...)} annotation names}
   */
  public static JacksonModule module() {
    return new Jackson2AsModule();
  }

  /** A deserializer that refuses what its delegate would take beyond the schema's form (as DxJson's). */
  private static final class Exact extends DelegatingDeserializer {
    /** Texts only, none with white space at an end. */
    static final int TEXT_ONLY = 0;
    /** Texts with no white space at an end; other tokens as the delegate reads them. */
    static final int UNTRIMMED = 1;
    /** Texts only, each exactly as the value read from it writes itself. */
    static final int CANONICAL = 2;
    private final int mode;

    Exact(ValueDeserializer<?> delegate, int mode) {
      super(delegate);
      this.mode = mode;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Exact(delegate, mode);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        if (mode == UNTRIMMED || p.hasToken(JsonToken.VALUE_EMBEDDED_OBJECT)) {
          return _delegatee.deserialize(p, ctxt);
        }
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getString();
      if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' '
          || Character.isWhitespace(text.codePointAt(0)) || Character.isWhitespace(text.codePointBefore(text.length())))) {
        return ctxt.handleWeirdStringValue(handledType(), text, "white space at either end is not allowed");
      }
      Object value = _delegatee.deserialize(p, ctxt);
      if (mode == CANONICAL && value != null && !value.toString().equals(text)) {
        return ctxt.handleWeirdStringValue(handledType(), text, "must be written as '%s'", value);
      }
      return value;
    }
  }

  /** Reads Jackson 2's {@code @JsonDeserialize(as = ...)} for Jackson 3. */
  private static final class Jackson2AsModule extends JacksonModule {
    @Override
    public String getModuleName() {
      return "municipal-dx Jackson 2 'as' annotations";
    }

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
      // as DxJson (issue 14): dates, times, durations, enum constants, municipality codes and reporting periods
      // only in the form the schemas give; Jackson's java.time deserializers also take [2023,4,1], [] (as no value)
      // and epoch numbers whatever the coercion settings, and Jackson trims texts of dates and enum names
      context.addDeserializerModifier(new ValueDeserializerModifier() {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
          Class<?> raw = description.getBeanClass();
          if ("java.time".equals(raw.getPackageName()) && !raw.isEnum() || raw == java.net.URI.class) {
            return new Exact(deserializer, Exact.TEXT_ONLY);
          }
          if (raw == MunicipalityCode.class || raw == ReportingPeriod.class) {
            return new Exact(deserializer, Exact.CANONICAL);
          }
          return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
          return new Exact(deserializer, Exact.UNTRIMMED);
        }
      });
      context.addAbstractTypeResolver(new AbstractTypeResolver() {
        @Override
        public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
          com.fasterxml.jackson.databind.annotation.JsonDeserialize as =
              type.getRawClass().getAnnotation(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class);
          if (as == null || as.as() == Void.class || as.as() == type.getRawClass()) {
            return null;
          }
          return config.constructType(as.as());
        }
      });
    }
  }
}
