package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link Lookup} remembers texts without a value (-1) by their bytes, as it remembers values: that
 * never changes what is read. On random files of repeated good and bad texts (short and long, ASCII and
 * Japanese, quoted, with "" inside, UTF-8 and Windows-31J), every field's value equals the rule's answer
 * for the field's text, the lazy UTF-8 check raises the error the eager check raises, and the rule is
 * asked about a bad text once, not on every row.
 */
class LookupMissCacheProperties {
  /** Texts with a value (even length) and without one (odd length), short and long, some quoted. */
  private static final List<String> TEXTS = List.of("a", "ab", "x9", "市民課", "市民", "未知の値",
      "dept-500", "dept-5000", "the-eighth", "nine-byte", "オンライン化済み", "オンライン化未済",
      "\"q,uoted\"", "\"say \"\"hi\"\"\"", "", "１２", "ｶﾅ");

  /** The rule: a text's value is its length if even, else none. */
  private static int rule(String text) {
    return text.length() % 2 == 0 ? text.length() : -1;
  }

  private static final Trials<com.google.common.collect.ImmutableList<com.google.common.collect.ImmutableList<String>>> ROWS =
      Trials.api().choose(TEXTS)
      .immutableListsOfSize(3).immutableLists();

  @Test
  void remembersMissesWithoutChangingWhatIsRead() {
    ROWS.withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(rows -> {
      for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_31J)) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
          sb.append(String.join(",", r)).append("\r\n");
        }
        Map<String, Integer> asked = new HashMap<>();
        ToIntFunction<String> counted = t -> {
          asked.merge(t, 1, Integer::sum);
          return rule(t);
        };
        Lookup lookup = Lookup.resolving(counted);
        List<Integer> found = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        try (CsvSource s = CsvSource.of(new ByteArrayInputStream(sb.toString().getBytes(cs)), "t",
            Optional.of(cs)).lazyEncodingCheck()) {
          while (s.next()) {
            Record r = s.record();
            for (int i = 0; i < r.size(); i++) {
              found.add(lookup.index(r, i));
              expected.add(rule(r.get(i)));
            }
            s.checkRecord();
          }
        }
        assertThat(found).as("%s", cs).isEqualTo(expected);
        // a text the lookup could remember (no "" inside: those are always decoded) is asked about once
        asked.forEach((text, times) -> {
          if (!text.contains("\"")) {
            assertThat(times).as("'%s' asked", text).isEqualTo(1);
          }
        });
      }
    });
  }

  @Test
  void aFileOfEverNewBadTextsIsReadAlikeBeyondTheBound() {
    int distinct = Lookup.MISSES + 200;
    int rows = 2 * distinct;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      // every text without a value (nine characters: odd), all new, then all again
      sb.append(String.format("bad-%05d", i % distinct)).append(",ok\n");
    }
    Map<String, Integer> asked = new HashMap<>();
    Lookup lookup = Lookup.resolving(t -> {
      asked.merge(t, 1, Integer::sum);
      return rule(t);
    });
    int misses = 0;
    int hits = 0;
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
        "t", Optional.empty())) {
      while (s.next()) {
        misses += lookup.index(s.record(), 0) == -1 ? 1 : 0;
        hits += lookup.index(s.record(), 1) == 2 ? 1 : 0;
      }
    }
    assertThat(misses).isEqualTo(rows);
    assertThat(hits).isEqualTo(rows);
    // the first MISSES bad texts are remembered and asked about once; the 200 beyond the bound are
    // asked again when they come back (and "ok", a value, once)
    assertThat(asked.get("bad-00000")).isEqualTo(1);
    assertThat(asked.get(String.format("bad-%05d", Lookup.MISSES - 1))).isEqualTo(1);
    assertThat(asked.get(String.format("bad-%05d", Lookup.MISSES))).isEqualTo(2);
    assertThat(asked.get("ok")).isEqualTo(1);
    assertThat(asked.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Lookup.MISSES + 2 * 200 + 1);
  }
}
