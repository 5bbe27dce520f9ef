package org.municipaldx.iot.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;

class StandardsJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void statutoryStandardsRoundTripThroughJson() throws Exception {
    for (EnvironmentalStandard s : new EnvironmentalStandard[] {Standards.BUILDING_HYGIENE, Standards.SCHOOL}) {
      EnvironmentalStandard back = JSON.readValue(JSON.writeValueAsString(s), EnvironmentalStandard.class);
      assertThat(back).isEqualTo(s);
    }
  }

  @Test
  void userDefinedStandardReadFromJson() throws Exception {
    String json = """
        {"id":"office-comfort","japaneseName":"執務室快適基準",
         "limits":[{"quantity":"CO2","upper":800,"judgement":"PER_READING","source":"庁内指針",
                    "effectiveFrom":"2024-04-01"}]}
        """;
    EnvironmentalStandard s = JSON.readValue(json, EnvironmentalStandard.class);
    assertThat(s.limit(Quantity.CO2, LocalDate.of(2024, 4, 1))).isPresent();
    assertThat(s.limit(Quantity.CO2, LocalDate.of(2024, 3, 31))).isEmpty();
  }
}
