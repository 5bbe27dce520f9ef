package org.municipaldx.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sageserpent.americium.java.Trials;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.internal.Text;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: the text rules the model checks in code and the patterns that state them for Bean Validation and
 * the JSON Schemas ({@link Text}) accept the same texts — in Java's regular expressions and in a standard JSON Schema
 * validator — over random texts of digits (ASCII, full-width, one outside the BMP), white space (ASCII, ideographic,
 * a no-break space that is not white space for Java), letters and {@code /}.
 */
class TextRulePatternsTest {
  private static final String ALPHABET = "a分回0９\u0660 \t\n\u3000\u00A0/";
  private static final String MATH_DIGIT_ZERO = new String(Character.toChars(0x1D7CE));

  private static Trials<String> texts() {
    List<String> units = new java.util.ArrayList<>(ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    units.add(MATH_DIGIT_ZERO);
    return Trials.api().integers(0, 5).flatMap(n -> Trials.api().choose(units).immutableListsOfSize(n))
        .map(parts -> parts.stream().collect(Collectors.joining()));
  }

  private static boolean accepted(Runnable build) {
    try {
      build.run();
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static boolean schemaAccepts(String pattern, String text) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string").put("pattern", pattern);
    return SchemaAgreement.errors(schema.toString(), JsonNodeFactory.instance.textNode(text).toString()).isEmpty();
  }

  @Test
  void aFactorsUnitAndPrefixFollowTheirPatterns() {
    int[] seen = new int[4];
    texts().withLimits(TrialScale.trials(400), TrialScale.limits()).supplyTo(text -> {
      boolean unit = accepted(() -> Factor.builder().value(1).unit(text).build());
      assertThat(text.matches(Text.NO_DIGITS_STRIPPED)).as("unit '%s'", text).isEqualTo(unit);
      assertThat(schemaAccepts(Text.NO_DIGITS_STRIPPED, text)).as("unit '%s' in the schema", text).isEqualTo(unit);
      boolean prefix = accepted(() -> Factor.builder().value(1).unit("人").prefix(text).build());
      assertThat(text.matches(Text.NOT_BLANK_NO_DIGITS)).as("prefix '%s'", text).isEqualTo(prefix);
      assertThat(schemaAccepts(Text.NOT_BLANK_NO_DIGITS, text)).as("prefix '%s' in the schema", text).isEqualTo(prefix);
      boolean note = accepted(() -> Factor.builder().value(1).unit("人").note(text).build());
      assertThat(text.matches(Text.NOT_BLANK_TEXT)).as("note '%s'", text).isEqualTo(note);
      assertThat(schemaAccepts(Text.NOT_BLANK_TEXT, text)).as("note '%s' in the schema", text).isEqualTo(note);
      assertThat(schemaAccepts(Text.NOT_BLANK, text)).as("note '%s', search pattern", text).isEqualTo(note);
      seen[(unit ? 1 : 0) + (prefix ? 2 : 0)]++;
    });
    // the texts reach every verdict: neither, a unit only (empty), a prefix only (a space at an end), both
    assertThat(seen).doesNotContain(0);
  }
}
