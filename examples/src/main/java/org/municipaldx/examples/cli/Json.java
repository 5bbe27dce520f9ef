package org.municipaldx.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.municipaldx.core.json.DxJson;

/** Pretty JSON output with the library's mapper. */
final class Json {
  private Json() {}

  static String write(Object value) {
    try {
      return DxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
