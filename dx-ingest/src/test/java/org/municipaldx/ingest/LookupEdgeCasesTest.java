package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Edges of {@link Lookup} that the key and miss-cache properties do not pin down: its argument checks,
 * the bounds of what it remembers (by bytes for CSV records, by text for other records), the growth of
 * its table and key store, keys told apart only by their length, keys of 7, 8, 9, 16 and 17 bytes, and
 * a lookup used on a file of another encoding (its byte table is rebuilt). Each test names its rule.
 */
class LookupEdgeCasesTest {
  private static final Charset SJIS = TextEncoding.WINDOWS_31J;

  /** A resolving rule that counts how often each text is asked about. */
  private static final class Counted implements ToIntFunction<String> {
    final Map<String, Integer> asked = new HashMap<>();
    final ToIntFunction<String> rule;

    Counted(ToIntFunction<String> rule) {
      this.rule = rule;
    }

    @Override
    public int applyAsInt(String text) {
      asked.merge(text, 1, Integer::sum);
      return rule.applyAsInt(text);
    }
  }

  /** A record that is not CSV (as a workbook's row is): its fields are texts. */
  private record TextRecord(List<String> texts) implements Record {
    @Override
    public int size() {
      return texts.size();
    }

    @Override
    public String get(int field) {
      return texts.get(field);
    }

    @Override
    public Location location(int field) {
      return new TextLocation("w", 1, field + 1, -1);
    }

    @Override
    public Location location() {
      return new TextLocation("w", 1, 0, -1);
    }
  }

  private static CsvSource csv(byte[] bytes, Optional<Charset> charset) {
    return CsvSource.of(new ByteArrayInputStream(bytes), "t.csv", charset);
  }

  /** {@return every field's value, record after record} */
  private static List<Integer> values(Lookup lookup, byte[] bytes, Optional<Charset> charset) {
    List<Integer> out = new ArrayList<>();
    try (CsvSource s = csv(bytes, charset)) {
      while (s.next()) {
        for (int i = 0; i < s.record().size(); i++) {
          out.add(lookup.index(s.record(), i));
        }
      }
    }
    return out;
  }

  @Test
  void itsArgumentsAreChecked() {
    Map<String, Integer> negative = new LinkedHashMap<>();
    negative.put("a", 0);
    negative.put("b", -1);
    assertThatThrownBy(() -> Lookup.of(negative, s -> s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Lookup.value: must be ≥ 0 (was '-1' for 'b')");
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> Lookup.of(nullKey, s -> s)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> Lookup.of(Map.of("a", 0), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("normalise");
    assertThatThrownBy(() -> Lookup.resolving(null)).isInstanceOf(NullPointerException.class).hasMessage("resolve");
    Map<String, Integer> keys = new LinkedHashMap<>();
    keys.put("市民課", 0);
    keys.put("tax", 1);
    Lookup l = Lookup.of(keys, String::strip);
    assertThat(l).hasToString("Lookup[市民課, tax]");
    assertThat(l.copy()).hasToString("Lookup[市民課, tax]");
    assertThat(l.index(" tax ")).isEqualTo(1);
    assertThat(l.copy().index("市民課")).isZero();
    assertThat(l.index("税")).isEqualTo(-1);
  }

  @Test
  void aCopyHasTheRuleButNothingLearned() {
    Counted rule = new Counted(String::length);
    Lookup first = Lookup.resolving(rule);
    byte[] bytes = "dept-50,市民課\n".getBytes(StandardCharsets.UTF_8);
    assertThat(values(first, bytes, Optional.empty())).containsExactly(7, 3);
    assertThat(values(first, bytes, Optional.empty())).containsExactly(7, 3);
    assertThat(rule.asked).containsEntry("dept-50", 1).containsEntry("市民課", 1);
    assertThat(values(first.copy(), bytes, Optional.empty())).containsExactly(7, 3);
    assertThat(rule.asked).as("the copy asks again").containsEntry("dept-50", 2).containsEntry("市民課", 2);
  }

  @Test
  void textsOfOtherRecordsAreRememberedByTextWithinBounds() {
    // values: up to LEARNED texts (misses included in that count); misses: up to MISSES
    Counted rule = new Counted(t -> t.startsWith("bad") ? -1 : 1);
    Lookup lookup = Lookup.resolving(rule);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i <= Lookup.MISSES; i++) {
      bad.add("bad" + i);
    }
    for (int round = 0; round < 2; round++) {
      for (String b : bad) {
        assertThat(lookup.index(new TextRecord(List.of(b)), 0)).isEqualTo(-1);
      }
    }
    assertThat(rule.asked.get("bad0")).isEqualTo(1);
    assertThat(rule.asked.get("bad" + (Lookup.MISSES - 1))).as("the last miss remembered").isEqualTo(1);
    assertThat(rule.asked.get("bad" + Lookup.MISSES)).as("beyond the bound: asked again").isEqualTo(2);
    List<String> good = new ArrayList<>();
    for (int i = 0; i < Lookup.LEARNED - Lookup.MISSES + 1; i++) {
      good.add("good" + i);
    }
    for (int round = 0; round < 2; round++) {
      for (String g : good) {
        assertThat(lookup.index(new TextRecord(List.of(g)), 0)).isEqualTo(1);
      }
    }
    assertThat(rule.asked.get("good0")).isEqualTo(1);
    assertThat(rule.asked.get("good" + (Lookup.LEARNED - Lookup.MISSES - 1)))
        .as("the LEARNED-th text remembered (MISSES misses and the rest values)").isEqualTo(1);
    assertThat(rule.asked.get("good" + (Lookup.LEARNED - Lookup.MISSES))).as("beyond: asked again").isEqualTo(2);
  }

  @Test
  void csvTextsAreLearnedUpToTheBoundAndTheTableGrowsWithoutLosingOne() {
    // LEARNED + 1 distinct texts with a value, of 1 to 40 bytes (short words, 8 to 16 bytes, longer), read twice
    Counted rule = new Counted(t -> t.length() % 1000);
    Lookup lookup = Lookup.resolving(rule);
    StringBuilder sb = new StringBuilder();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i <= Lookup.LEARNED; i++) {
      String t = Integer.toString(i, 36) + "-".repeat(i % 36);
      texts.add(t);
      sb.append(t).append('\n');
    }
    byte[] bytes = (sb.toString() + sb).getBytes(StandardCharsets.UTF_8);
    List<Integer> expected = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String t : texts) {
        expected.add(t.length() % 1000);
      }
    }
    assertThat(values(lookup, bytes, Optional.empty())).isEqualTo(expected);
    for (int i = 0; i < Lookup.LEARNED; i++) {
      assertThat(rule.asked.get(texts.get(i))).as("'%s' asked", texts.get(i)).isEqualTo(1);
    }
    assertThat(rule.asked.get(texts.get(Lookup.LEARNED))).as("beyond the bound: asked again").isEqualTo(2);
  }

  @Test
  void keysOfEveryLengthAroundTheWordsAreFoundByTheirBytes() {
    // 0 to 7 bytes: one word; 8 to 16: the first and last words; 17 and more: compared whole; quoted ones
    // (no word kept by the scan) and a key longer than twice the key store's first size
    List<String> texts = new ArrayList<>();
    for (int len : new int[] {1, 7, 8, 9, 15, 16, 17, 24, 25, 3000}) {
      texts.add("k".repeat(len - 1) + (char) ('a' + len % 26));
    }
    StringBuilder sb = new StringBuilder();
    for (int round = 0; round < 3; round++) {
      for (String t : texts) {
        sb.append(t).append(',').append('"').append(t).append('"').append(',');
      }
      sb.append("\"ab\",\"市\"\n");
    }
    Counted rule = new Counted(String::length);
    Lookup lookup = Lookup.resolving(rule);
    List<Integer> found = values(lookup, sb.toString().getBytes(StandardCharsets.UTF_8), Optional.empty());
    List<Integer> row = new ArrayList<>();
    for (String t : texts) {
      row.add(t.length());
      row.add(t.length());
    }
    row.add(2);
    row.add(1);
    assertThat(found).isEqualTo(List.of(row, row, row).stream().flatMap(List::stream).toList());
    rule.asked.forEach((text, times) -> assertThat(times).as("'%s' asked", text).isEqualTo(1));
    assertThat(rule.asked).hasSize(texts.size() + 2);
  }

  @Test
  void keysThatDifferOnlyInLengthAreToldApart() {
    // 12 and 13 'a's have the same first and last eight bytes; "a" and "a\0" the same word; 17 and 18 bytes
    // with the same first and last eight bytes, one after the other (the last hit is compared first)
    String[] texts = {"a".repeat(12), "a".repeat(13), "a".repeat(12), "a", "a\u0000", "a", "a\u0000",
        "abcdefgh-12345678", "abcdefgh--12345678", "abcdefgh-12345678", "abcdefgh--12345678", "", "a"};
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append(t).append('\n');
    }
    for (Lookup lookup : new Lookup[] {Lookup.resolving(String::length),
        Lookup.of(Map.of("a".repeat(12), 12, "a".repeat(13), 13, "a", 1, "a\u0000", 2,
            "abcdefgh-12345678", 17, "abcdefgh--12345678", 18, "", 0), s -> s)}) {
      assertThat(values(lookup, sb.toString().getBytes(StandardCharsets.UTF_8), Optional.empty()))
          .containsExactly(12, 13, 12, 1, 2, 1, 2, 17, 18, 17, 18, 0, 1);
    }
    // an empty field first: the last short hit is empty (no field), not a word of zero bytes
    assertThat(values(Lookup.of(Map.of("", 5), s -> s), ",x\n".getBytes(StandardCharsets.UTF_8), Optional.empty()))
        .containsExactly(5, -1);
  }

  @Test
  void aLookupUsedOnAFileOfAnotherEncodingFindsThatEncodingsTexts() {
    // "é" in UTF-8 is C3 A9, the bytes of "ﾃｩ" in Windows-31J; a lookup that learned one must not find it in the
    // other file (its table of bytes is rebuilt for the new encoding, the last hits forgotten)
    Map<String, Integer> keys = Map.of("é", 1, "ﾃｩ", 2, "éééé", 3, "ﾃｩﾃｩﾃｩﾃｩ", 4, "éééééééééé", 5,
        "ﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩ", 6);
    for (Lookup lookup : new Lookup[] {Lookup.of(keys, s -> s), Lookup.resolving(t -> keys.getOrDefault(t, -1))}) {
      assertThat(values(lookup, "é,éééé,éééééééééé\né,éééé,éééééééééé\n".getBytes(StandardCharsets.UTF_8),
          Optional.of(StandardCharsets.UTF_8))).containsExactly(1, 3, 5, 1, 3, 5);
      assertThat(values(lookup, "ﾃｩ,ﾃｩﾃｩﾃｩﾃｩ,ﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩ\nﾃｩ,ﾃｩﾃｩﾃｩﾃｩ,ﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩﾃｩ\n".getBytes(SJIS),
          Optional.of(SJIS))).containsExactly(2, 4, 6, 2, 4, 6);
      assertThat(values(lookup, "é,éééé\n".getBytes(StandardCharsets.UTF_8), Optional.of(StandardCharsets.UTF_8)))
          .containsExactly(1, 3);
    }
    // a key Windows-31J cannot write ("é") is not in its table: "?" (what encoding it would give) is no key
    assertThat(values(Lookup.of(Map.of("é", 1), s -> s), "?,ab\n".getBytes(SJIS), Optional.of(SJIS)))
        .containsExactly(-1, -1);
  }

  @Test
  void keysOfAnAsciiFileBeforeItsEncodingIsKnownAreFoundAlike() {
    // no encoding decided while only ASCII was read: the table is built as UTF-8 and stays right after the file
    // turns out to be Windows-31J (ASCII reads the same in both)
    Lookup lookup = Lookup.of(Map.of("dept-50", 1, "市民課", 2, "a-much-longer-key-than-sixteen", 3), s -> s);
    byte[] bytes = "dept-50,a-much-longer-key-than-sixteen\n市民課,dept-50\n".getBytes(SJIS);
    assertThat(values(lookup, bytes, Optional.empty())).containsExactly(1, 3, 2, 1);
  }

  @Test
  void japaneseTextsOfTheEncodingCachesLengthsAreFoundByTheirBytes() {
    // fields of 25 to 256 bytes in the first 16 columns are hashed by the scan's encoding check; the lookup
    // takes that hash: each text is asked about once, in UTF-8 and in Windows-31J, quoted or not
    List<String> texts = List.of("市民課の窓口業務に関する手続", "オンライン化済みの手続の一覧", "行政手続のオンライン化",
        "カウンターレス|キャッシュレス|ペーパーレス", "キャッシュレス|カウンターレス|ペーパーレス");
    for (Charset cs : List.of(StandardCharsets.UTF_8, SJIS)) {
      StringBuilder sb = new StringBuilder();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) {
          sb.append(t).append(",\"").append(t).append("\",").append(t).append('\n');
        }
      }
      Counted rule = new Counted(String::length);
      Lookup lookup = Lookup.resolving(rule);
      List<Integer> found = values(lookup, sb.toString().getBytes(cs), Optional.of(cs));
      assertThat(found).hasSize(45);
      for (int k = 0; k < found.size(); k++) {
        assertThat(found.get(k)).isEqualTo(texts.get(k / 3 % texts.size()).length());
      }
      rule.asked.forEach((text, times) -> assertThat(times).as("%s: '%s' asked", cs, text).isEqualTo(1));
      assertThat(rule.asked).hasSize(texts.size());
    }
  }

  /** {@return each record's first field's value, predicted as the value of the record before ({@code first} for the first)} */
  private static List<Integer> predicted(Lookup lookup, byte[] bytes, Optional<Charset> charset, int first) {
    List<Integer> out = new ArrayList<>();
    int last = first;
    try (CsvSource s = csv(bytes, charset)) {
      while (s.next()) {
        last = lookup.index(s.record(), 0, last);
        out.add(last);
      }
    }
    return out;
  }

  @Test
  void aPredictionLearnedInOneEncodingIsNotTakenForTheSameBytesInAnother() {
    // rule: index(record, field, expected) answers by the field's text: bytes remembered from a UTF-8 file
    // (E3 81 82 E3 81 82, "ああ") read as three other characters in Windows-31J, so the same lookup must not
    // take them for the prediction there (issue 11m: the encodings are compared by reference first)
    byte[] aa = "ああ".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(aa, SJIS)).isNotEqualTo("ああ");
    Counted rule = new Counted(t -> t.equals("ああ") ? 1 : 2);
    Lookup lookup = Lookup.resolving(rule);
    byte[] file = concat(aa, "\n".getBytes(StandardCharsets.US_ASCII), aa, "\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(predicted(lookup, file, Optional.of(StandardCharsets.UTF_8), -1)).containsExactly(1, 1);
    // the first record of the Windows-31J file predicted as 1, the value the same bytes had in UTF-8
    assertThat(predicted(lookup, file, Optional.of(SJIS), 1)).containsExactly(2, 2);
    assertThat(predicted(lookup, file, Optional.of(StandardCharsets.UTF_8), 2)).containsExactly(1, 1);
  }

  @Test
  void aPredictionLearnedWhileAFileWasAsciiHoldsOnceItsEncodingIsKnown() {
    // rule: ASCII rows read the same in any encoding: a value learned before the first non-ASCII byte (the
    // record's encoding not yet decided) is predicted alike after it (UTF-8 detected), and a changed row is not
    // taken for the prediction
    Lookup lookup = Lookup.resolving(t -> t.equals("code-1") ? 7 : t.equals("名前") ? 8 : 9);
    byte[] file = "code-1,x\ncode-1,x\ncode-1,名前\ncode-1,x\n名前,x\ncode-1,x\n".getBytes(StandardCharsets.UTF_8);
    assertThat(predicted(lookup, file, Optional.empty(), -1)).containsExactly(7, 7, 7, 7, 8, 7);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
