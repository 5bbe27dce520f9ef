package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link Lookup} finds a field by its bytes in one table of slots (issue 11k: a hash and the position of the key's
 * entry in its arena; issue 11h: four-long slots), comparing a key of up to
 * sixteen bytes as its first and last eight bytes and a longer one whole only when those match (issue
 * 11h): keys that share their first and last eight bytes and differ only in between, or differ only in
 * length, are still told apart. On random files of texts built so that many share beginnings and endings
 * (a few letters and kana around a long common middle, 0 to 30 bytes, some quoted), every field's value
 * is the rule's answer for the field's text, in UTF-8 and Windows-31J, the first time and every time after.
 */
class LookupKeyProperties {
  /** The rule: a value from the text (some texts have none), the same for the same text every time. */
  private static int rule(String text) {
    int h = text.hashCode() & 0x3FF;
    return h % 5 == 0 ? -1 : h;
  }

  /** Texts that share long beginnings and endings: a prefix, an optional middle, a suffix. */
  private static final Trials<String> TEXT = Trials.api().choose("", "a", "abcdefgh", "あい", "abcdefghijklmnop")
      .flatMap(prefix -> Trials.api().choose("", "x", "y", "xy", "漢", "1234567")
          .flatMap(middle -> Trials.api().choose("", "z", "12345678", "abcdefgh", "うえお")
              .flatMap(suffix -> Trials.api().booleans()
                  .map(quoted -> {
                    String t = prefix + middle + suffix;
                    return quoted ? "\"" + t + "\"" : t;
                  }))));

  private static final Trials<ImmutableList<ImmutableList<String>>> ROWS =
      TEXT.immutableListsOfSize(4).immutableLists();

  @Test
  void keysThatShareTheirFirstAndLastBytesAreToldApart() {
    ROWS.withLimits(TrialScale.trials(400), TrialScale.limits()).supplyTo(rows -> {
      for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_31J)) {
        StringBuilder sb = new StringBuilder();
        // every row twice: the second time every field is found by its bytes
        for (int round = 0; round < 2; round++) {
          for (List<String> r : rows) {
            sb.append(String.join(",", r)).append("\n");
          }
        }
        Lookup lookup = Lookup.resolving(LookupKeyProperties::rule);
        List<Integer> found = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        try (CsvSource s = CsvSource.of(new ByteArrayInputStream(sb.toString().getBytes(cs)), "t", Optional.of(cs))) {
          while (s.next()) {
            Record r = s.record();
            for (int i = 0; i < r.size(); i++) {
              found.add(lookup.index(r, i));
              expected.add(rule(r.get(i)));
            }
          }
        }
        assertThat(found).as("%s", cs).isEqualTo(expected);
      }
    });
  }

  /**
   * The hash of 8 to 16 bytes taken from their first and last words ({@link Lookup#hash16}) is the hash the
   * eight-byte loop of issue 11g gave those bytes (kept here as the reference), and so is {@link Lookup#hash}
   * of every range of 0 to 40 bytes: the scan's cache of hashes and the table agree, and the hash's spread
   * over the survey's texts is what it was.
   */
  @Test
  void theHashIsTheLoopsHash() {
    Trials.api().integers(0, 255).immutableLists().and(Trials.api().integers(0, 3))
        .withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo((ints, from) -> {
          byte[] b = new byte[from + ints.size() + 8];
          for (int i = 0; i < ints.size(); i++) {
            b[from + i] = (byte) (int) ints.get(i);
          }
          int to = from + Math.min(ints.size(), 40);
          assertThat(Lookup.hash(b, from, to)).isEqualTo(reference(b, from, to));
          int len = to - from;
          if (len >= 8 && len <= 16) {
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertThat(Lookup.hash16(bb.getLong(from), bb.getLong(to - 8), len)).isEqualTo(reference(b, from, to));
          }
        });
  }

  /**
   * The same rule for every length from 0 to 48 bytes at four offsets, on bytes from a fixed seed: the
   * generated lists above are mostly short at the case counts of a PIT run (issue 11k's run left every mutant
   * of the two-lane loop over 16 bytes and of {@link Lookup#hash16} alive), so each length is checked here.
   */
  @Test
  void theHashIsTheLoopsHashAtEveryLength() {
    java.util.Random random = new java.util.Random(11);
    for (int len = 0; len <= 48; len++) {
      for (int from = 0; from < 4; from++) {
        byte[] b = new byte[from + len + 8];
        random.nextBytes(b);
        int to = from + len;
        assertThat(Lookup.hash(b, from, to)).as("%d bytes from %d", len, from).isEqualTo(reference(b, from, to));
        if (len >= 8 && len <= 16) {
          java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
          assertThat(Lookup.hash16(bb.getLong(from), bb.getLong(to - 8), len)).as("%d bytes from %d", len, from)
              .isEqualTo(reference(b, from, to));
        }
      }
    }
  }

  /** The hash as issue 11g wrote it, a loop for every length. */
  private static int reference(byte[] b, int from, int to) {
    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int len = to - from;
    long h = 0;
    if (len >= 8) {
      int i = from;
      long g = 0;
      for (; i + 16 < to; i += 16) {
        h = (h + bb.getLong(i)) * 0x9E3779B97F4A7C15L;
        g = (g + bb.getLong(i + 8)) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        g ^= g >>> 31;
      }
      if (i + 8 < to) {
        h = (h + bb.getLong(i)) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
      }
      h = (h + bb.getLong(to - 8) + Long.rotateLeft(g, 32)) * 0x9E3779B97F4A7C15L;
      return mix(h + len);
    }
    long w = 0;
    for (int i = to - 1; i >= from; i--) {
      w = (w << 8) | (b[i] & 0xFF);
    }
    return mix(w * 0x9E3779B97F4A7C15L + len);
  }

  private static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
