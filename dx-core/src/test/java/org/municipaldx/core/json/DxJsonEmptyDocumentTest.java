package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/**
 * A document of nothing or only whitespace is one error whichever way it is read — {@link DxJson#read}
 * of a string, of a stream, of a generic type, {@link DxJson#readTree} — at line 1, column 1 with the
 * library's reason, never Jackson's own message at column 0.
 */
class DxJsonEmptyDocumentTest {
  private static final List<String> EMPTY = List.of("", " ", "\n\n  ", "\t\r\n");

  @Test
  void anEmptyDocumentIsTheSameLocatedErrorFromEveryReader() {
    for (String json : EMPTY) {
      List<DxJsonException> errors = List.of(
          catchThrowableOfType(() -> DxJson.read(json, FiscalYear.class), DxJsonException.class),
          catchThrowableOfType(() -> DxJson.read(json, new TypeReference<List<FiscalYear>>() {}),
              DxJsonException.class),
          catchThrowableOfType(() -> DxJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
              new TypeReference<FiscalYear>() {}), DxJsonException.class),
          catchThrowableOfType(() -> DxJson.readTree(json), DxJsonException.class));
      for (DxJsonException e : errors) {
        assertThat(e).as("'%s'", json).isNotNull();
        assertThat(e.reason()).as("'%s'", json).isEqualTo("no content: an empty document");
        assertThat(e.line()).as("'%s'", json).isEqualTo(1);
        assertThat(e.column()).as("'%s'", json).isEqualTo(1);
        assertThat(e.pointer()).isEqualTo("/");
      }
    }
  }

  @Test
  void aDocumentWithContentIsStillRead() {
    assertThat(DxJson.read("  2023\n", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
  }
}
