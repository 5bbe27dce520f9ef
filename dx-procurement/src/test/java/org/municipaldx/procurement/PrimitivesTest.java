package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.municipaldx.procurement.ocds.OcidPrefix;

class PrimitivesTest {

  @Test
  void corporateNumberOfTheNationalTaxAgencyIsValid() {
    // 国税庁's own 法人番号 7000012050002: check digit 9 − (11 mod 9) = 7
    assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
    assertThat(CorporateNumber.parse("７００００１２０５０００２").value()).isEqualTo("7000012050002");
  }

  @Test
  void corporateNumberWithWrongCheckDigitNamesTheRightOne() {
    assertThatThrownBy(() -> CorporateNumber.parse("1000012050002"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CorporateNumber '1000012050002': check digit is 1 but must be 7 (7000012050002)");
    assertThatThrownBy(() -> CorporateNumber.parse("70000120500"))
        .hasMessageContaining("expected 13 digits");
  }

  @Test
  void peppolJpPintIdNeedsAValidCorporateNumber() {
    PeppolParticipantId id = PeppolParticipantId.parse("0188:7000012050002");
    assertThat(id.scheme()).isEqualTo("0188");
    assertThat(id.corporateNumber()).hasValue(CorporateNumber.parse("7000012050002"));
    assertThat(PeppolParticipantId.parse("iso6523-actorid-upis::0188:7000012050002")).isEqualTo(id);
    assertThatThrownBy(() -> PeppolParticipantId.parse("0188:1234567890123"))
        .hasMessageStartingWith("PeppolParticipantId.value: scheme 0188 (JP PINT) needs a valid 13-digit 法人番号");
    assertThatThrownBy(() -> PeppolParticipantId.parse("188:7000012050002"))
        .hasMessageContaining("four-digit ICD code");
    assertThatThrownBy(() -> PeppolParticipantId.parse("7000012050002")).hasMessageContaining("cannot be parsed");
    assertThatThrownBy(() -> PeppolParticipantId.parse("0088:")).hasMessageContaining("must be non-empty");
  }

  @Test
  void peppolIdBuiltFromFullWidthPartsRoundTripsThroughItsString() {
    // a 法人番号 typed in full-width digits is accepted by both factories; the result prints and parses back
    PeppolParticipantId built = PeppolParticipantId.of("0188", "７００００１２０５０００２");
    assertThat(built.value()).isEqualTo("7000012050002");
    assertThat(built).isEqualTo(PeppolParticipantId.parse("0188:7000012050002"));
    assertThat(PeppolParticipantId.parse(built.toString())).isEqualTo(built);
    PeppolParticipantId other = PeppolParticipantId.of("0088", "４５１２３４５６７８９０１");
    assertThat(PeppolParticipantId.parse(other.toString())).isEqualTo(other);
  }

  @Test
  void otherPeppolSchemesAreCheckedForShapeOnly() {
    assertThat(PeppolParticipantId.parse("0088:4512345678901").corporateNumber()).isEmpty();
  }

  @Test
  void ocidPrefixHasTheRegisteredShape() {
    OcidPrefix p = OcidPrefix.parse("ocds-abc123-");
    assertThat(p.toString()).isEqualTo("ocds-abc123");
    assertThat(p.ocid("R5-0001")).isEqualTo("ocds-abc123-R5-0001");
    assertThatThrownBy(() -> OcidPrefix.parse("ocds-abc")).hasMessageContaining("must match ocds-[a-z0-9]{6}");
    assertThatThrownBy(() -> OcidPrefix.parse("OCDS-ABC123")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalsAndHashCode() {
    // the private constructors are only reached through validating factories: fields are never null
    EqualsVerifier.forClass(CorporateNumber.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(PeppolParticipantId.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(OcidPrefix.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
