package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link Lookup#index(Record, int, int)}: a prediction makes a look-up cheaper when it is right and
 * never changes its answer. Whatever is predicted — the right value, another one, a negative one, one
 * beyond {@link Lookup#PREDICTED} — the answer is the rule's value for the field's text, as
 * {@link Lookup#index(Record, int)} gives it, in UTF-8 and Windows-31J, for quoted fields with {@code ""},
 * and the lazy encoding check still raises its error for a field no look-up proved.
 */
class LookupPredictionProperties {
  private static final List<String> TEXTS = List.of("a", "ab", "x9", "市民課", "市民", "未知の値",
      "dept-500", "dept-5000", "the-eighth", "nine-byte", "オンライン化済み", "オンライン化未済",
      "\"q,uoted\"", "\"say \"\"hi\"\"\"", "", "１２", "ｶﾅ", "a-text-longer-than-sixteen-bytes");

  /** The rule: a text's value is its length times 3 if even (0 for the empty text), else none. */
  private static int rule(String text) {
    return text.length() % 2 == 0 ? text.length() * 3 : -1;
  }

  /** A prediction: the right value (0), a neighbour (1), none (2), a value beyond the bound (3), any (4). */
  private static int predict(int kind, int right, int seed) {
    return switch (kind) {
      case 0 -> right;
      case 1 -> right + 3;
      case 2 -> -1 - seed;
      case 3 -> Lookup.PREDICTED + seed;
      default -> seed;
    };
  }

  private static final Trials<ImmutableList<ImmutableList<String>>> ROWS =
      Trials.api().choose(TEXTS).immutableListsOfSize(3).immutableLists();

  private static final Trials<ImmutableList<Integer>> PREDICTIONS =
      Trials.api().integers(0, 4 * 64 - 1).immutableLists();

  @Test
  void aPredictionNeverChangesTheAnswer() {
    ROWS.and(PREDICTIONS).withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((rows, kinds) -> {
      for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_31J)) {
        byte[] file = csv(rows).getBytes(cs);
        Lookup predicted = Lookup.resolving(LookupPredictionProperties::rule);
        List<Integer> found = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        int k = 0;
        try (CsvSource s = CsvSource.of(new ByteArrayInputStream(file), "t", Optional.of(cs))
            .lazyEncodingCheck()) {
          while (s.next()) {
            Record r = s.record();
            for (int i = 0; i < r.size(); i++) {
              int right = rule(r.get(i));
              int kind = kinds.isEmpty() ? 0 : kinds.get(k++ % kinds.size());
              found.add(predicted.index(r, i, predict(kind % 5, right, kind / 5)));
              expected.add(right);
            }
            s.checkRecord();
          }
        }
        assertThat(found).as("%s", cs).isEqualTo(expected);
      }
    });
  }

  @Test
  void theRightPredictionOfEveryRowGivesTheValueOfEveryRow() {
    // each row's field predicted to be the previous row's value: right whenever the text repeats
    ROWS.withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(rows -> {
      Lookup lookup = Lookup.resolving(LookupPredictionProperties::rule);
      int[] last = {-1, -1, -1};
      try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv(rows).getBytes(StandardCharsets.UTF_8)), "t",
          Optional.of(StandardCharsets.UTF_8))) {
        while (s.next()) {
          Record r = s.record();
          for (int i = 0; i < r.size(); i++) {
            int v = lookup.index(r, i, last[i]);
            assertThat(v).as("field %d '%s'", i, r.get(i)).isEqualTo(rule(r.get(i)));
            last[i] = v;
          }
        }
      }
    });
  }

  @Test
  void bytesRememberedInOneEncodingAreNotTakenForTheSameBytesInAnother() {
    // E3 82 A2 is ア in UTF-8 and 繧｢ in Windows-31J: the same bytes, two texts with different values
    byte[] bytes = {(byte) 0xE3, (byte) 0x82, (byte) 0xA2};
    String inUtf8 = new String(bytes, StandardCharsets.UTF_8);
    String inSjis = new String(bytes, TextEncoding.WINDOWS_31J);
    assertThat(inUtf8).isNotEqualTo(inSjis);
    Map<String, Integer> values = Map.of(inUtf8, 7, inSjis, 11);
    ToIntFunction<String> rule = t -> values.getOrDefault(t, -1);
    Lookup lookup = Lookup.resolving(rule);
    assertThat(first(lookup, bytes, StandardCharsets.UTF_8, -1)).isEqualTo(7);
    assertThat(first(lookup, bytes, StandardCharsets.UTF_8, 7)).isEqualTo(7);
    assertThat(first(lookup, bytes, TextEncoding.WINDOWS_31J, 7)).as("predicted 7 from UTF-8 bytes").isEqualTo(11);
    assertThat(first(lookup, bytes, TextEncoding.WINDOWS_31J, 11)).isEqualTo(11);
    assertThat(first(lookup, bytes, StandardCharsets.UTF_8, 11)).as("predicted 11 from Windows-31J bytes")
        .isEqualTo(7);
  }

  @Test
  void aShorterOrLongerFieldIsNotComparedBeyondItsBytes() {
    Lookup lookup = Lookup.resolving(LookupPredictionProperties::rule);
    assertThat(first(lookup, "dept-5000x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, -1))
        .isEqualTo(30);
    // a prefix of the remembered bytes, then the remembered bytes followed by more: each its own value
    assertThat(first(lookup, "dept-5".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 30))
        .isEqualTo(18);
    assertThat(first(lookup, "dept-5000x12".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 30))
        .isEqualTo(36);
    assertThat(first(lookup, "dept-5000x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 30))
        .isEqualTo(30);
  }

  @Test
  void aValueAtOrBeyondTheBoundIsFoundButNotPredicted() {
    ToIntFunction<String> rule = t -> t.equals("big") ? Lookup.PREDICTED : t.equals("top") ? Integer.MAX_VALUE : -1;
    Lookup lookup = Lookup.resolving(rule);
    for (int round = 0; round < 2; round++) {
      assertThat(first(lookup, "big".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Lookup.PREDICTED))
          .isEqualTo(Lookup.PREDICTED);
      assertThat(first(lookup, "top".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Integer.MAX_VALUE))
          .isEqualTo(Integer.MAX_VALUE);
    }
  }

  @Test
  void aCellThatIsNoCsvFieldIsLookedUpByItsText() {
    Record cell = cell("市民課");
    Lookup lookup = Lookup.resolving(LookupPredictionProperties::rule);
    assertThat(lookup.index(cell, 0, 4)).isEqualTo(-1); // 3 characters: odd, no value
    assertThat(lookup.index(cell, 0, -1)).isEqualTo(-1);
    // a cell with a value: found by its text, and nothing of it is remembered as a CSV field's bytes
    Record valued = cell("市民");
    assertThat(lookup.index(valued, 0, -1)).isEqualTo(6);
    assertThat(lookup.index(valued, 0, 6)).isEqualTo(6);
    assertThat(first(lookup, "市民".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 6)).isEqualTo(6);
  }

  @Test
  void aPredictionJustBeyondTheValuesRememberedSoFarIsLookedUp() {
    // the first value remembered, 6, makes room for values 0-6: a prediction of 7 (or 8, 1,000) has no bytes yet
    Lookup lookup = Lookup.resolving(LookupPredictionProperties::rule);
    assertThat(first(lookup, "ab".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, -1)).isEqualTo(6);
    for (int prediction : new int[] {7, 8, 1000}) {
      assertThat(first(lookup, "abcd".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, prediction))
          .as("predicted %d", prediction).isEqualTo(12);
    }
  }

  @Test
  void aFieldProvenByItsPredictionIsOnlyOneThatWasReadAsValidText() {
    // a valid field remembered; then a field of the same length with an invalid byte, predicted the same:
    // not equal bytes, so not proven, and the lazy check raises its error at that field
    byte[] good = "ab,x\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'a', (byte) 0xFF, ',', 'x', '\r', '\n'};
    byte[] file = new byte[good.length + bad.length];
    System.arraycopy(good, 0, file, 0, good.length);
    System.arraycopy(bad, 0, file, good.length, bad.length);
    Lookup lookup = Lookup.resolving(LookupPredictionProperties::rule);
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(file), "t", Optional.of(StandardCharsets.UTF_8))
        .lazyEncodingCheck()) {
      assertThat(s.next()).isTrue();
      assertThat(lookup.index(s.record(), 0, -1)).isEqualTo(6);
      s.checkRecord();
      assertThat(s.next()).isTrue();
      Record r = s.record();
      assertThatThrownBy(() -> {
        lookup.index(r, 0, 6);
        s.checkRecord();
      }).isInstanceOf(IngestException.class)
          .satisfies(e -> assertThat(((TextLocation) ((IngestException) e).problems().get(0).location()).line())
              .isEqualTo(2));
    }
  }

  /** {@return a one-field record that is no CSV record (as a workbook row is): its text only} */
  private static Record cell(String text) {
    return new Record() {
      @Override
      public int size() {
        return 1;
      }

      @Override
      public String get(int field) {
        return text;
      }

      @Override
      public Location location(int field) {
        return new TextLocation("t", 1, field + 1, 0);
      }

      @Override
      public Location location() {
        return new TextLocation("t", 1, 0, 0);
      }
    };
  }

  /** {@return the value of the first field of a one-record file of the bytes, predicted} */
  private static int first(Lookup lookup, byte[] field, Charset cs, int prediction) {
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(field), "t", Optional.of(cs))) {
      assertThat(s.next()).isTrue();
      return lookup.index(s.record(), 0, prediction);
    }
  }

  private static String csv(List<? extends List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows) {
      sb.append(String.join(",", r)).append("\r\n");
    }
    return sb.toString();
  }
}
