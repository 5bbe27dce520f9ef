package org.municipaldx.dataset;

import jakarta.validation.constraints.NotBlank;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.ocds.OcdsPublication;

/**
 * A dataset's {@code procurement-sample.json}: its contracting processes and the details of their OCDS
 * publication. Immutable and thread-safe.
 *
 * @param illustrative  whether the records are an illustrative sample rather than real records
 * @param note  what the records are (e.g. why they are a sample), not blank
 * @param publication  the OCDS publication details, not null
 * @param processes  the contracting processes, possibly empty
 */
public record ProcurementRecords(
    boolean illustrative,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String note,
    @JsonDeserialize(as = OcdsPublication.class) OcdsPublication publication,
    List<ContractingProcess> processes) {

  /**
   * Validates the parts.
   *
   * @param illustrative  whether the records are an illustrative sample rather than real records
   * @param note  what the records are (e.g. why they are a sample), not blank
   * @param publication  the OCDS publication details, not null
   * @param processes  the contracting processes, possibly empty
   * @throws IllegalArgumentException if a part is missing or blank
   */
  public ProcurementRecords {
    Checks.notBlank(Checks.nonNull(note, "ProcurementRecords", "note"), "ProcurementRecords", "note");
    Checks.nonNull(publication, "ProcurementRecords", "publication");
    processes = Checks.list(processes, "ProcurementRecords", "processes");
  }
}
