package org.municipaldx.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.json.DxJson;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DxJackson3}'s entry points one by one (issue 13, mutation testing): an integrator's own mapper
 * built with {@link DxJackson3#configure}, the module's identity, and the Jackson 2 annotations it reads.
 */
class DxJackson3Test {

  @Test
  @DisplayName("a mapper an integrator builds with configure() reads and writes the contract like DxJson")
  void anIntegratorsMapperReadsTheContract() throws Exception {
    JsonMapper own = DxJackson3.configure(JsonMapper.builder()).build();
    LumpSumEstimate sum = LumpSumEstimate.of(new BigDecimal("2000"), "別途積算");
    String jackson2 = DxJson.mapper().writeValueAsString(sum);
    assertThat(own.writeValueAsString(sum)).isEqualTo(jackson2);
    assertThat(own.readValue(jackson2, SavingsEstimate.class)).isEqualTo(sum);
    assertThatThrownBy(() -> own.readValue("{\"kind\":\"none\",\"surprise\":1}", SavingsEstimate.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("surprise");
    // the model's rules hold under Jackson 3 as well, e.g. the fiscal year's range
    assertThatThrownBy(() -> own.readValue("9999", FiscalYear.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("FiscalYear.year: must be from 1873 to 9998");
    assertThat(own.readValue("2023", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
  }

  @Test
  @DisplayName("the shared mapper is strict: unknown properties are rejected")
  void theSharedMapperIsStrict() {
    assertThat(DxJackson3.mapper()).isNotNull();
    assertThatThrownBy(() -> DxJackson3.mapper().readValue("{\"kind\":\"none\",\"x\":1}", SavingsEstimate.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("\"x\"");
  }

  @Test
  @DisplayName("the shared mapper is strict: a key twice in one object is an error, not 'the last one wins'")
  void aKeyTwiceIsAnError() {
    assertThatThrownBy(() -> DxJackson3.mapper().readValue(
        "{\"kind\":\"lumpSum\",\"hours\":1,\"hours\":2,\"basis\":\"b\"}", SavingsEstimate.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class).hasMessageContaining("hours");
  }

  @Test
  @DisplayName("the module names itself and has no version of its own")
  void theModuleNamesItself() {
    assertThat(DxJackson3.module().getModuleName()).isEqualTo("municipal-dx Jackson 2 'as' annotations");
    assertThat(DxJackson3.module().version()).isEqualTo(Version.unknownVersion());
  }

  @Test
  @DisplayName("an abstract type without Jackson 2's @JsonDeserialize(as = ...) is left to Jackson 3, which cannot construct it")
  void anUnannotatedAbstractTypeIsNotMapped() {
    assertThatThrownBy(() -> DxJackson3.mapper().readValue("{}", Unannotated.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("Cannot construct instance");
    assertThatThrownBy(() -> DxJackson3.mapper().readValue("{}", UsingOnly.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("Cannot construct instance");
  }

  /** An abstract type Jackson 3 cannot construct on its own. */
  public abstract static class Unannotated {}

  /** Annotated without {@code as}: nothing to map. */
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(contentAs = String.class)
  public abstract static class UsingOnly {}
}
