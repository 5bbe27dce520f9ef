package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link Lookup}'s table of one long a slot and its arena of entries (issue 11k: length, value and the key's
 * bytes together, eight-byte aligned, a key under eight bytes padded to one word) against a simple reference
 * — a map from the text to the rule's answer — on generated files: keys of 0 to about 70 bytes (letters,
 * digits, kana and kanji, so UTF-8 and Windows-31J give different lengths), many sharing their first and
 * last bytes, some quoted, and up to 300 numbered keys more, so that the table grows several times from
 * its 64 slots while the arena keeps every entry where it was. Every field's value is the reference's; a
 * lookup that learns remembers every text by its bytes, so each text is asked about exactly once however
 * often and in whatever order it comes back (a table that lost an entry on growing, or never found one,
 * would ask again: the answers alone would not show it); a lookup made with keys finds each key's value
 * and -1 for every other text.
 */
class LookupTableProperties {
  /** The rule: a value from the text, some texts without one, the same for the same text every time. */
  private static int rule(String text) {
    int h = text.hashCode() & 0x7FFF;
    return h % 7 == 0 ? -1 : h;
  }

  private static final Trials<String> TEXT = Trials.api().integers(0, 24)
      .flatMap(n -> Trials.api().choose("a", "b", "1", "-", "あ", "漢", "abcdefgh").immutableListsOfSize(n)
          .map(parts -> String.join("", parts)));

  @Test
  void theTableAnswersAsAMapOfTheTextsDoesAndAsksEachTextOnce() {
    TEXT.immutableLists().and(Trials.api().integers(0, 300)).and(Trials.api().longs())
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((texts, numbered, seed) -> {
          List<String> keys = new ArrayList<>(texts);
          for (int i = 0; i < numbered; i++) {
            keys.add("key-" + i + (i % 3 == 0 ? "-行政手続" : ""));
          }
          java.util.Random random = new java.util.Random(seed);
          for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_31J)) {
            StringBuilder sb = new StringBuilder();
            // every key twice, the second time in another order, each field quoted or not at random
            List<String> again = new ArrayList<>(keys);
            Collections.shuffle(again, random);
            List<String> all = new ArrayList<>(keys);
            all.addAll(again);
            for (int i = 0; i < all.size(); i++) {
              String t = all.get(i);
              sb.append(random.nextBoolean() ? "\"" + t + "\"" : t).append(i % 4 == 3 ? "\n" : ",");
            }
            sb.append("end\n");
            Map<String, Integer> asked = new HashMap<>();
            Lookup learning = Lookup.resolving(t -> {
              asked.merge(t, 1, Integer::sum);
              return rule(t);
            });
            Map<String, Integer> given = new LinkedHashMap<>();
            for (String k : texts) {
              if (rule(k) >= 0) {
                given.put(k, rule(k));
              }
            }
            Lookup keyed = Lookup.of(given, UnaryOperator.identity());
            List<Integer> found = new ArrayList<>();
            List<Integer> foundKeyed = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            List<Integer> expectedKeyed = new ArrayList<>();
            try (CsvSource s = CsvSource.of(new ByteArrayInputStream(sb.toString().getBytes(cs)), "t", Optional.of(cs))) {
              while (s.next()) {
                Record r = s.record();
                for (int i = 0; i < r.size(); i++) {
                  found.add(learning.index(r, i));
                  foundKeyed.add(keyed.index(r, i));
                  expected.add(rule(r.get(i)));
                  expectedKeyed.add(given.getOrDefault(r.get(i), -1));
                }
              }
            }
            assertThat(found).as("%s: learned", cs).isEqualTo(expected);
            assertThat(foundKeyed).as("%s: given keys", cs).isEqualTo(expectedKeyed);
            asked.forEach((text, times) -> assertThat(times).as("%s: '%s' asked", cs, text).isEqualTo(1));
          }
        });
  }

  /**
   * An entry takes its header (eight bytes) and its key's bytes padded to a multiple of eight, at least
   * eight: a key under eight bytes is read as the one word after its header, a longer one's last word lies
   * inside its entry.
   */
  @Test
  void anEntryHoldsItsHeaderAndItsBytesPaddedToWords() {
    assertThat(Lookup.entryBytes(0)).isEqualTo(16);
    assertThat(Lookup.entryBytes(7)).isEqualTo(16);
    assertThat(Lookup.entryBytes(8)).isEqualTo(16);
    assertThat(Lookup.entryBytes(9)).isEqualTo(24);
    assertThat(Lookup.entryBytes(16)).isEqualTo(24);
    assertThat(Lookup.entryBytes(17)).isEqualTo(32);
  }
}
