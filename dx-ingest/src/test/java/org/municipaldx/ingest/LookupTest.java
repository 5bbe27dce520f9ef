package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupTest {
  @Test
  void bytesAndTextsFindTheSameValues() {
    Lookup l = Lookup.of(Map.of("citizen", 0, "市民課", 0, "tax", 1), s -> Fields.nfkc(s).strip());
    List<Integer> found = new ArrayList<>();
    for (String cs : List.of("UTF-8", "windows-31j")) {
      byte[] bytes = "市民課,tax, 市民課 ,ｔａｘ,\"市民課\",\"t\"\"x\",税務課\n".getBytes(java.nio.charset.Charset.forName(cs));
      try (CsvSource s = CsvSource.of(new ByteArrayInputStream(bytes), "t", Optional.empty())) {
        s.next();
        Lookup copy = l.copy();
        for (int round = 0; round < 2; round++) {
          for (int i = 0; i < s.record().size(); i++) {
            found.add(copy.index(s.record(), i));
          }
        }
      }
    }
    assertThat(found).containsExactly(0, 1, 0, 1, 0, -1, -1, 0, 1, 0, 1, 0, -1, -1,
        0, 1, 0, 1, 0, -1, -1, 0, 1, 0, 1, 0, -1, -1);
    assertThat(l.index("ｔａｘ")).isEqualTo(1);
    assertThat(l.index("税務課")).isEqualTo(-1);
    assertThat("x".getBytes(StandardCharsets.UTF_8)).hasSize(1);
  }
}
