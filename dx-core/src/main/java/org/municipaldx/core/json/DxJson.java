package org.municipaldx.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.municipaldx.core.InputLimits;

/**
 * The library's JSON contract in one place.
 *
 * <p>{@link #mapper()} is strict: unknown properties, numbers for enums, fractions for whole
 * numbers, nulls for primitives and trailing tokens are errors. {@link #tolerantMapper()} ignores
 * unknown properties (for reading documents written by a newer version). Both write stable camelCase
 * properties in declaration order, ISO-8601 dates, times and durations, and leave out absent optional values.
 * Values the schemas give as a text of a fixed form are read only in that form, each refusal an error located at
 * its JSON pointer: dates, times and durations only from texts (not an array such as {@code [2023,4,1]}, nor a
 * number of seconds), enum constants and dates without white space around them, municipality codes and
 * reporting periods exactly as they are written ({@code "072036"}, {@code "FY2023"}; their {@code parse} methods
 * stay lenient).
 *
 * <p>Integrators who keep their own {@link ObjectMapper} call {@link #configure(JsonMapper.Builder)}.
 * {@link #read} turns Jackson's exceptions into a {@link DxJsonException} naming the JSON pointer,
 * line and column.
 *
 * <p>Both mappers read within {@link InputLimits} ({@link #READ_CONSTRAINTS}): nesting depth, number
 * length, document and string length. A document over a limit is a {@link DxJsonException} located
 * like any other error. A byte stream must be UTF-8 (RFC 8259 section 8.1: JSON exchanged between
 * systems "MUST be encoded using UTF-8"); a malformed byte is reported with its line, column and byte
 * offset.
 */
public final class DxJson {
  /** Jackson's reading limits, taken from {@link InputLimits}; the same for every mapper of this class. */
  public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
      .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
      .maxDocumentLength(InputLimits.MAX_DOCUMENT_LENGTH)
      .maxStringLength(InputLimits.MAX_STRING_LENGTH)
      .build();
  private static final ObjectMapper STRICT = configure(JsonMapper.builder(factory())).build();
  private static final ObjectMapper TOLERANT =
      configure(JsonMapper.builder(factory())).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
        // dates, times, durations, enum constants, codes and periods only in the form the schemas give (issue 14)
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("municipal-dx java.time as text")
            .setDeserializerModifier(new StrictText()))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // a key twice in one object is an error at its place, whatever is read (FAIL_ON_READING_DUP_TREE_KEY
        // covers trees only): otherwise {"id":"a",…,"id":"b"} is read as "b" and "a" is lost unreported
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // a value of another JSON type is an error, never converted ("7" for a number, 7 for a text, "true"
        // for a boolean), as the JSON Schemas say (issue 14: the reader and the schema accept the same documents)
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
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // a duration as ISO-8601 text (PT15M), as the schemas say (format duration), not as a number of seconds
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
  }

  /**
   * A JSON factory that reads within {@link #READ_CONSTRAINTS}; integrators who build their own mapper
   * with {@link #configure(JsonMapper.Builder)} start from {@code JsonMapper.builder(DxJson.factory())}.
   *
   * @return a new factory, never null
   */
  public static JsonFactory factory() {
    return JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build();
  }

  /** {@return the shared strict mapper (thread-safe; do not reconfigure it)} */
  public static ObjectMapper mapper() {
    return STRICT;
  }

  /** {@return the shared mapper that ignores unknown properties} */
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

  /**
   * Reads a value of a generic type (e.g. {@code List<Initiative>}) with the strict mapper.
   *
   * @param <T>  the type
   * @param json  the document, not null
   * @param type  the type, e.g. {@code new TypeReference<List<Initiative>>() {}}, not null
   * @return the value, never null
   * @throws DxJsonException naming where and why the document is wrong
   */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(STRICT, json, STRICT.constructType(type));
  }

  /**
   * Reads a value from a UTF-8 stream with the strict mapper; the stream is not closed.
   *
   * @param <T>  the type
   * @param in  the stream, read to its end, not null
   * @param type  the type, not null
   * @return the value, never null
   * @throws DxJsonException if the bytes are not UTF-8, longer than {@link InputLimits#MAX_DOCUMENT_LENGTH},
   *     or not a document of the type, naming where
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream in, TypeReference<T> type) {
    Objects.requireNonNull(in, "in");
    return read(STRICT, utf8(in), STRICT.constructType(type));
  }

  /**
   * Reads a document as a tree with the strict mapper's settings and limits.
   *
   * @param json  the document, not null
   * @return the tree, never null (the literal {@code null} gives a {@code NullNode})
   * @throws DxJsonException naming where and why the document is malformed
   */
  public static JsonNode readTree(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = STRICT.createParser(json)) {
      try {
        JsonNode node = STRICT.readTree(p);
        if (node == null) {
          throw emptyDocument();
        }
        return node;
      } catch (JsonProcessingException e) {
        throw located(e, p);
      }
    } catch (JsonProcessingException e) {
      throw located(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the error for a document of nothing or only whitespace: the same from {@link #read} and
   * {@link #readTree}, at line 1, column 1, where the document that has no content starts} (Jackson itself
   * says "No content to map due to end-of-input" at column 0)
   */
  private static DxJsonException emptyDocument() {
    return new DxJsonException("/", 1, 1, "no content: an empty document", null);
  }

  /** Reads at most the document limit of bytes and decodes them as strict UTF-8 (a leading BOM is dropped). */
  private static String utf8(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(InputLimits.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > InputLimits.MAX_DOCUMENT_LENGTH) {
      throw new DxJsonException("/", -1, -1, "the document is longer than " + InputLimits.MAX_DOCUMENT_LENGTH
          + " bytes (InputLimits.MAX_DOCUMENT_LENGTH)", null);
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer src = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult r = decoder.decode(src, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new DxJsonException("/", line, column, "not UTF-8: malformed byte sequence at byte " + src.position()
          + " (RFC 8259 section 8.1: JSON is exchanged as UTF-8)", null);
    }
    out.flip();
    return out.toString();
  }

  /**
   * Reads a value with the given mapper, translating errors.
   *
   * @param <T>  the type
   * @param mapper  the mapper, e.g. {@link #mapper()}, {@link #tolerantMapper()} or one the caller
   *     configured, not null
   * @param json  the document, not null
   * @param type  the type, not null
   * @return the value, never null (the literal {@code null} is an error)
   * @throws DxJsonException naming where and why the document is wrong
   */
  public static <T> T read(ObjectMapper mapper, String json, JavaType type) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = mapper.createParser(json)) {
      T value;
      try {
        if (p.nextToken() == null) {
          throw emptyDocument();
        }
        value = mapper.readerFor(type).readValue(p);
      } catch (JsonProcessingException e) {
        throw located(e, p);
      }
      if (value == null) {
        // the literal null: read never returns null
        int at = 0;
        int line = 1;
        int column = 1;
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
          if (json.charAt(at) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
          at++;
        }
        throw new DxJsonException("/", line, column, "must be a " + type.getRawClass().getSimpleName() + ", was null", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw located(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * message of the model's own rule when the model rejected the value (else Jackson's message).
   *
   * @param e  the exception, not null
   * @return the located exception, never null
   */
  public static DxJsonException located(JsonProcessingException e) {
    return located(e, null);
  }

  /**
   * As {@link #located(JsonProcessingException)}, taking the location (and, for errors that are not
   * about mapping, such as a limit of {@link InputLimits}, the pointer) from the parser when the
   * exception has none.
   */
  private static DxJsonException located(JsonProcessingException e, JsonParser parser) {
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
    } else if (parser != null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 0) && parser != null) {
      loc = parser.currentLocation();
    }
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    String why;
    if (e instanceof UnrecognizedPropertyException) {
      why = "unknown property '" + ((UnrecognizedPropertyException) e).getPropertyName() + "'";
    } else {
      // Jackson wraps the model's IllegalArgumentException; its message states the rule (its own cause,
      // e.g. an ArithmeticException, only says how the rule was found broken)
      Throwable root = e;
      while (root instanceof JsonProcessingException && root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      why = root instanceof JsonProcessingException
          ? ((JsonProcessingException) root).getOriginalMessage()
          : root.getMessage();
    }
    return new DxJsonException(pointer.isEmpty() ? "/" : pointer, line, column, why, e);
  }
}
