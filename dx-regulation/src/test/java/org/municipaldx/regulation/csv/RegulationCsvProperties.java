package org.municipaldx.regulation.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationTrials;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.testsupport.TrialScale;

class RegulationCsvProperties {

  @Test
  void writeThenReadGivesTheSameInventory() {
    RegulationTrials.inventories().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(RegulationCsvProperties::writeThenRead);
  }

  private static void writeThenRead(List<RegulationItem> inventory) {
    byte[] items = RegulationCsv.writeItems(inventory);
    byte[] history = RegulationCsv.writeHistory(inventory);
    assertThat(RegulationCsv.read(items, history)).isEqualTo(inventory);
  }

  @Test
  void noWrittenCellStartsAsAFormula() {
    RegulationTrials.inventories().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(inventory -> {
      try {
        noWrittenCellStartsAsAFormula(inventory);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static void noWrittenCellStartsAsAFormula(List<RegulationItem> inventory) throws java.io.IOException {
    CsvMapper mapper = new CsvMapper();
    for (byte[] file : List.of(RegulationCsv.writeItems(inventory), RegulationCsv.writeHistory(inventory))) {
      String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
      try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
        while (rows.hasNext()) {
          for (String cell : rows.next()) {
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
          }
        }
      }
    }
  }
}
