package org.municipaldx.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ReportingPeriod;

/**
 * Reads the values the schemas give as a text of a fixed form exactly in that form (issue 14: the strict
 * reader and the schemas accept the same documents). Jackson's own deserializers are laxer than the schemas:
 * <ul>
 *   <li>{@code java.time} values (dates, year-months, instants, durations …; schema: a text with a
 *       {@code format}): jsr310 also takes an array ({@code [2023,4,1]}, and {@code []} as no value) and numbers
 *       (epoch seconds, seconds), whatever the mapper's coercion settings, and trims the text. Here only a text
 *       without white space at either end is read;
 *   <li>URIs (schema: {@code format: uri}): Jackson trims the text. Here only a text without white space at either
 *       end is read;
 *   <li>enum constants (schema: {@code enum} of the names): Jackson trims the text ({@code " MET"} is
 *       {@code MET}). Here a name with white space around it is refused;
 *   <li>{@link MunicipalityCode} and {@link ReportingPeriod} (schema: a pattern, six digits and
 *       {@code FY2023}/{@code CY2022}): their {@code parse}, the JSON creator, also reads five digits, full-width
 *       digits, {@code 2022年} or {@code 令和5年度}, which stay accepted in Java. Here the text must be the form
 *       the value writes.
 * </ul>
 * Every refusal is a {@code MismatchedInputException} at the value, which {@link DxJson#read} locates at its
 * JSON pointer like a scalar of the wrong type. Not API.
 */
final class StrictText extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
      JsonDeserializer<?> deserializer) {
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
  public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
      BeanDescription description, JsonDeserializer<?> deserializer) {
    return new Exact(deserializer, Exact.UNTRIMMED);
  }

  /** {@return whether a text has white space (as {@link String#trim} or {@link String#strip} see it) at an end} */
  static boolean hasSpaceAtAnEnd(String text) {
    return !text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' '
        || Character.isWhitespace(text.codePointAt(0)) || Character.isWhitespace(text.codePointBefore(text.length())));
  }

  /** A deserializer that refuses what its delegate would take beyond the schema's form. */
  private static final class Exact extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    /** Texts only, none with white space at an end. */
    static final int TEXT_ONLY = 0;
    /** Texts with no white space at an end; other tokens as the delegate reads them. */
    static final int UNTRIMMED = 1;
    /** Texts only, each exactly as the value read from it writes itself. */
    static final int CANONICAL = 2;
    private final int mode;

    Exact(JsonDeserializer<?> delegate, int mode) {
      super(delegate);
      this.mode = mode;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Exact(delegate, mode);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        if (mode == UNTRIMMED || p.hasToken(JsonToken.VALUE_EMBEDDED_OBJECT)) {
          return _delegatee.deserialize(p, ctxt);
        }
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      if (hasSpaceAtAnEnd(text)) {
        return ctxt.handleWeirdStringValue(handledType(), text, "white space at either end is not allowed");
      }
      Object value = _delegatee.deserialize(p, ctxt);
      if (mode == CANONICAL && value != null && !value.toString().equals(text)) {
        return ctxt.handleWeirdStringValue(handledType(), text, "must be written as '%s'", value);
      }
      return value;
    }
  }
}
