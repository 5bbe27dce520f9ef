package org.municipaldx.regulation.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.municipaldx.regulation.RegulationDomain;
import org.municipaldx.regulation.RegulationItem;

@Domain(RegulationDomain.class)
@Domain(DomainContext.Global.class)
class RegulationCsvProperties {

  @Property(tries = 100)
  void writeThenReadGivesTheSameInventory(@ForAll List<RegulationItem> inventory) {
    byte[] items = RegulationCsv.writeItems(inventory);
    byte[] history = RegulationCsv.writeHistory(inventory);
    assertThat(RegulationCsv.read(items, history)).isEqualTo(inventory);
  }

  @Property(tries = 100)
  void noWrittenCellStartsAsAFormula(@ForAll List<RegulationItem> inventory) throws Exception {
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
