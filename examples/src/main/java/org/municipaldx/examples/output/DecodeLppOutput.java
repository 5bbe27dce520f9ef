package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.lpp.LppType;

/**
 * {@code dx decode-lpp --format json}: a Cayenne LPP payload decoded. Immutable.
 *
 * @param payloadHex  the payload bytes as hex
 * @param readings  the decoded values in payload order
 */
public record DecodeLppOutput(String payloadHex, List<Reading> readings) {

  /**
   * One decoded value.
   *
   * @param channel  the LPP channel
   * @param type  the LPP type (constant name)
   * @param typeLabel  display string: the type's label
   * @param typeCode  the LPP type code
   * @param values  the values in the type's field order (one for a scalar type), exact decimals
   * @param units  the fields' units, same order ({@code ""} when unitless)
   * @param quantity  the quantity the type measures by default, when it has one
   */
  public record Reading(int channel, LppType type, String typeLabel, int typeCode, List<BigDecimal> values,
      List<String> units, Optional<Quantity> quantity) {}
}
