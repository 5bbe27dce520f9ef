package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rule of {@link Lookup#index(Record, int)} that PIT's survivor of the whole-module run of commit ade8b7d (line
 * 193, the remembered last hit's first-word test negated) showed unchecked (issue 13 part 4, issue 13x; named
 * apart from the Lookup*Test files that issue 11 edits): keys that share their length and their first or last
 * eight bytes, or their first and last eight bytes, are told apart, also right after a hit on one of them (the
 * lookup remembers its last hit and tries it first).
 */
class KeyLookupLeftoversTest {
  @Test
  void keysSharingTheirFirstAndLastEightBytesAreToldApartByLength() {
    // rule: the value of a field's text is its own key's, whatever was looked up before: "abcdefgh12345678"
    // (16 bytes) and "abcdefghX12345678" (17) share their first and last eight bytes
    String k16 = "abcdefgh12345678";
    String k17 = "abcdefghX12345678";
    String k18 = "abcdefghXY12345678";
    // and keys of one length that differ only in their first (or last) eight bytes
    String head = "Abcdefgh12345678";
    String tail = "abcdefgh1234567Z";
    Lookup lookup = Lookup.of(Map.of(k16, 16, k17, 17, k18, 18, head, 1, tail, 2), s -> s);
    String csv = String.join("\n", k17, k16, k18, k16, k17, k18, k17, k16, head, k16, tail, k16, head, tail, head)
        + "\n";
    List<Integer> values = new ArrayList<>();
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        Optional.empty())) {
      while (values.size() < 16 && s.next()) {
        values.add(lookup.index(s.record(), 0));
      }
    }
    assertThat(values).containsExactly(17, 16, 18, 16, 17, 18, 17, 16, 1, 16, 2, 16, 1, 2, 1);
  }
}
