package org.municipaldx.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.municipaldx.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.municipaldx.core.plan.FiscalYearRange;

/**
 * The file {@code tools.json}: the digital-tools programme (課題, 解決策, contract period) and its
 * tools. Tool ids are unique. Immutable and thread-safe.
 *
 * @param issue  the problem stated (課題)
 * @param solution  the solution stated (解決策)
 * @param contractPeriod  the fiscal years of the introduction and operation contract
 * @param contract  the contract as printed, e.g. a 60-month long-term contract
 * @param events  dated events of the programme (study, hackathon …)
 * @param tools  the tools
 */
public record DigitalTools(
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String issue,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String solution,
    @Valid FiscalYearRange contractPeriod,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String contract,
    List<@Valid HistoryEvent> events,
    List<@Valid DigitalTool> tools) {
  private static final String T = "DigitalTools";

  /**
   * Validates the programme.
   *
   * @param issue  the problem stated (課題)
   * @param solution  the solution stated (解決策)
   * @param contractPeriod  the fiscal years of the introduction and operation contract
   * @param contract  the contract as printed, e.g. a 60-month long-term contract
   * @param events  dated events of the programme (study, hackathon …)
   * @param tools  the tools
   * @throws IllegalArgumentException naming the field and the rule
   */
  public DigitalTools {
    Checks.notBlank(Checks.nonNull(issue, T, "issue"), T, "issue");
    Checks.notBlank(Checks.nonNull(solution, T, "solution"), T, "solution");
    Checks.nonNull(contractPeriod, T, "contractPeriod");
    Checks.notBlank(Checks.nonNull(contract, T, "contract"), T, "contract");
    events = Checks.list(events, T, "events");
    tools = Checks.list(tools, T, "tools");
    Set<String> ids = new HashSet<>();
    for (DigitalTool t : tools) {
      Checks.check(ids.add(t.id()), T, "tools.id", t.id(), "must be unique");
    }
  }
}
