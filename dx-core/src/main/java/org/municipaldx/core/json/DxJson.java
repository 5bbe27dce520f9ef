package org.municipaldx.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The library's JSON contract in one place.
 *
 * <p>{@link #mapper()} is strict: unknown properties, numbers for enums, fractions for whole
 * numbers, nulls for primitives and trailing tokens are errors. {@link #tolerantMapper()} ignores
 * unknown properties (for reading documents written by a newer version). Both write stable camelCase
 * properties in declaration order, ISO-8601 dates, and leave out absent optional values.
 *
 * <p>Integrators who keep their own {@link ObjectMapper} call {@link #configure(JsonMapper.Builder)}.
 * {@link #read} turns Jackson's exceptions into a {@link DxJsonException} naming the JSON pointer,
 * line and column.
 */
public final class DxJson {
  private static final ObjectMapper STRICT = configure(JsonMapper.builder()).build();
  private static final ObjectMapper TOLERANT =
      configure(JsonMapper.builder()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private DxJson() {}

  /**
   * Applies the contract's settings to a builder.
   *
   * @param builder  the builder, not null
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
  }

  /** @return the shared strict mapper (thread-safe; do not reconfigure it) */
  public static ObjectMapper mapper() {
    return STRICT;
  }

  /** @return the shared mapper that ignores unknown properties */
  public static ObjectMapper tolerantMapper() {
    return TOLERANT;
  }

  /**
   * Reads a value with the strict mapper.
   *
   * @param <T>  the type
   * @param json  the document, not null
   * @param type  the type, not null
   * @return the value, never null
   * @throws DxJsonException naming where and why the document is wrong
   */
  public static <T> T read(String json, Class<T> type) {
    return read(STRICT, json, STRICT.constructType(type));
  }

  /** Reads a value of a generic type (e.g. {@code List<Initiative>}) with the strict mapper. */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(STRICT, json, STRICT.constructType(type));
  }

  /** Reads a value from a stream with the strict mapper; the stream is not closed. */
  public static <T> T read(InputStream in, TypeReference<T> type) {
    Objects.requireNonNull(in, "in");
    try {
      return STRICT.readerFor(STRICT.constructType(type)).readValue(in);
    } catch (JsonProcessingException e) {
      throw located(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value with the given mapper, translating errors.
   *
   * @throws DxJsonException naming where and why the document is wrong
   */
  public static <T> T read(ObjectMapper mapper, String json, JavaType type) {
    Objects.requireNonNull(json, "json");
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw located(e);
    }
  }

  /**
   * Writes a value as pretty-printed JSON with the strict mapper.
   *
   * @param value  the value, not null
   * @return the document, never null
   */
  public static String write(Object value) {
    try {
      return STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Translates a Jackson exception into a {@link DxJsonException} with pointer, line, column and the
   * innermost cause's message (e.g. the model's own rule).
   */
  public static DxJsonException located(JsonProcessingException e) {
    String pointer = "";
    if (e instanceof JsonMappingException) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        sb.append('/');
        if (r.getFieldName() != null) {
          sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else if (r.getIndex() >= 0) {
          sb.append(r.getIndex());
        }
      }
      pointer = sb.toString();
    }
    JsonLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    String why;
    if (e instanceof UnrecognizedPropertyException) {
      why = "unknown property '" + ((UnrecognizedPropertyException) e).getPropertyName() + "'";
    } else {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      why = root instanceof JsonProcessingException
          ? ((JsonProcessingException) root).getOriginalMessage()
          : root.getMessage();
    }
    return new DxJsonException(pointer.isEmpty() ? "/" : pointer, line, column, why, e);
  }
}
