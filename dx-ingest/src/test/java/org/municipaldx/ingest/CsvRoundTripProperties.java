package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/** Laws of the CSV toolkit, with Americium. */
class CsvRoundTripProperties {
  private static final Trials<String> CELLS = Trials.api().choose("", "a", "部局", "=1+2", "'-3",
      "x,y", "say \"hi\"", "two\nlines", "cr\rlf\r\n", " ", "１２", "ｶﾅ", "'")
      .immutableLists().map(parts -> String.join("", parts));

  /** Whatever ExcelCsvWriter writes, CsvSource reads back cell for cell (after unescape). */
  @Test
  void writeThenReadGivesTheCells() {
    CELLS.immutableLists().filter(r -> !r.isEmpty()).immutableLists()
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(records -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
            records.forEach(w::writeRecord);
          }
          List<List<String>> back = new ArrayList<>();
          try (CsvSource s = CsvSource.of(new ByteArrayInputStream(out.toByteArray()), "t",
              Optional.empty())) {
            while (s.next()) {
              List<String> r = new ArrayList<>();
              for (int i = 0; i < s.record().size(); i++) {
                r.add(ExcelCsvWriter.unescape(s.record().get(i)));
              }
              back.add(r);
            }
          }
          assertThat(back).isEqualTo(records);
        });
  }
}
