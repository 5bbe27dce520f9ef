package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Department;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.core.initiative.Initiative;

/** The generated schemas shipped in the jar accept what the model writes and reject what it rejects. */
class SchemaValidationTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static List<String> errors(Class<?> type, String json) {
    Schema schema = REGISTRY.getSchema(DxSchemas.schema(type), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void everyTopLevelTypeHasASchemaInTheJar() {
    for (Class<?> type : DxSchemas.TYPES) {
      assertThat(DxSchemas.schema(type)).contains("\"$schema\"").contains("\"title\" : \"" + type.getSimpleName() + "\"");
    }
  }

  @Test
  void everythingTheModelWritesIsValidAgainstItsSchema() {
    ModelTrials.anyTopLevel().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(value -> {
      Class<?> type = value instanceof SavingsEstimate ? SavingsEstimate.class : DxSchemas.TYPES.stream()
          .filter(t -> t.isInstance(value)).findFirst().orElseThrow();
      assertThat(errors(type, DxJson.write(value))).isEmpty();
    });
  }

  @Test
  void aGoodInitiativeDocumentIsValid() {
    String json = "{\"id\":\"e-bidding\",\"fiscalYear\":2023,\"status\":\"CONTINUING\",\"title\":\"電子入札\","
        + "\"beneficiary\":\"BUSINESSES\",\"tags\":[\"COUNTERLESS\"],\"estimates\":[{\"kind\":\"formula\","
        + "\"factors\":[{\"value\":120,\"unit\":\"分\"},{\"value\":5,\"unit\":\"者\"},{\"value\":1166,\"unit\":\"件\"}],"
        + "\"statedMinutes\":699600,\"statedHours\":11660}]}";
    assertThat(errors(Initiative.class, json)).isEmpty();
    Initiative i = DxJson.read(json, Initiative.class);
    assertThat(i.estimates().get(0).minutes()).hasValue(699_600L);
  }

  @Test
  void badDocumentsAreRejectedBySchemaAndByTheMapper() {
    String unknownProperty = "{\"id\":\"x\",\"japaneseName\":\"建設部\",\"kind\":\"BU\",\"colour\":\"red\"}";
    assertThat(errors(Department.class, unknownProperty)).anyMatch(e -> e.contains("colour"));
    String missingRequired = "{\"id\":\"x\",\"kind\":\"BU\"}";
    assertThat(errors(Department.class, missingRequired)).anyMatch(e -> e.contains("japaneseName"));
    String badEnum = "{\"id\":\"x\",\"japaneseName\":\"建設部\",\"kind\":\"DIVISION\"}";
    assertThat(errors(Department.class, badEnum)).isNotEmpty();
    String badId = "{\"id\":\"Not An Id\",\"japaneseName\":\"建設部\",\"kind\":\"BU\"}";
    assertThat(errors(Department.class, badId)).anyMatch(e -> e.contains("pattern") || e.contains("id"));
    String badEstimateKind = "{\"id\":\"x\",\"fiscalYear\":2023,\"status\":\"NEW\",\"title\":\"t\",\"beneficiary\":\"STAFF\","
        + "\"estimates\":[{\"kind\":\"guess\",\"hours\":3}]}";
    assertThat(errors(Initiative.class, badEstimateKind)).isNotEmpty();
  }
}
