package org.municipaldx.iot.lpp;

import org.municipaldx.testsupport.TrialScale;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.IotTrials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class CayenneLppProperties {

  @Test
  void encodeThenDecodeIsIdentityForEveryType() {
    IotTrials.lppValues().withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(value -> assertThat(CayenneLpp.decode(CayenneLpp.encode(List.of(value)))).containsExactly(value));
  }

  @Test
  void everyTypeRoundTripsAtItsExtremes() {
    for (LppType type : LppType.values()) {
      long[] max = type.fields().stream().mapToLong(LppType.Field::maxRaw).toArray();
      long[] min = type.fields().stream().mapToLong(LppType.Field::minRaw).toArray();
      for (long[] raws : List.of(max, min)) {
        LppValue v = LppValue.ofRaw(7, type, raws);
        assertThat(CayenneLpp.decode(CayenneLpp.encode(List.of(v)))).as(type.name()).containsExactly(v);
      }
    }
  }

  @Test
  void framesRoundTripThroughHexAndBase64() {
    IotTrials.lppFrames().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(CayenneLppProperties::framesRoundTrip);
  }

  private static void framesRoundTrip(List<LppValue> frame) {
    byte[] payload = CayenneLpp.encode(frame);
    assertThat(CayenneLpp.decode(payload)).isEqualTo(frame);
    assertThat(CayenneLpp.decodeHex(CayenneLpp.toHex(payload))).isEqualTo(frame);
    assertThat(CayenneLpp.decodeBase64(java.util.Base64.getEncoder().encodeToString(payload))).isEqualTo(frame);
  }

  @Test
  void everyTruncationIsRejectedAtTheRecordItCuts() {
    IotTrials.lppFrames().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(CayenneLppProperties::everyTruncationIsRejected);
  }

  private static void everyTruncationIsRejected(List<LppValue> frame) {
    byte[] payload = CayenneLpp.encode(frame);
    List<Integer> starts = new ArrayList<>();
    int at = 0;
    for (LppValue v : frame) {
      starts.add(at);
      at += v.encodedSize();
    }
    for (int len = 0; len < payload.length; len++) {
      byte[] cut = Arrays.copyOf(payload, len);
      int recordIndex = -1;
      for (int i = 0; i < starts.size(); i++) {
        if (starts.get(i) <= len) {
          recordIndex = i;
        }
      }
      if (starts.contains(len)) {
        // a cut on a record boundary is itself a valid payload: the records before it
        assertThat(CayenneLpp.decode(cut)).isEqualTo(frame.subList(0, recordIndex));
        continue;
      }
      int cutLength = len;
      int expectedOffset = starts.get(recordIndex);
      LppValue cutRecord = frame.get(recordIndex);
      assertThatThrownBy(() -> CayenneLpp.decode(cut))
          .isInstanceOfSatisfying(LppFormatException.class, e -> {
            assertThat(e.offset()).isEqualTo(expectedOffset);
            assertThat(e.payloadHex()).isEqualTo(CayenneLpp.toHex(cut));
            if (cutLength == expectedOffset + 1) {
              assertThat(e.reason()).isEqualTo(LppFormatException.Reason.TRUNCATED_HEADER);
              assertThat(e.typeByte()).isEmpty();
            } else {
              assertThat(e.reason()).isEqualTo(LppFormatException.Reason.TRUNCATED_VALUE);
              assertThat(e.typeByte()).hasValue(cutRecord.type().code());
            }
          });
      LppDecoding lenient = CayenneLpp.decodeLenient(cut);
      assertThat(lenient.values()).isEqualTo(frame.subList(0, recordIndex));
      assertThat(lenient.fault()).isPresent();
    }
  }

  @Test
  void arbitraryBytesNeverThrowAnythingButTheDocumentedException() {
    IotTrials.bytesUpTo(64).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo(CayenneLppProperties::arbitraryBytes);
  }

  private static void arbitraryBytes(byte[] payload) {
    try {
      List<LppValue> values = CayenneLpp.decode(payload);
      // whatever decodes re-encodes to the same bytes
      assertThat(CayenneLpp.encode(values)).isEqualTo(payload);
    } catch (LppFormatException e) {
      assertThat(e.offset()).isBetween(0, payload.length - 1);
      LppDecoding lenient = CayenneLpp.decodeLenient(payload);
      assertThat(lenient.fault()).isPresent();
      assertThat(CayenneLpp.encode(lenient.values()).length).isEqualTo(e.offset());
    }
  }

  @Test
  void arbitraryTextNeverThrowsAnythingButTheDocumentedException() {
    IotTrials.anyStrings(40).withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo(CayenneLppProperties::arbitraryText);
  }

  private static void arbitraryText(String text) {
    try {
      CayenneLpp.decodeHex(text);
    } catch (LppFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
    try {
      CayenneLpp.decodeBase64(text);
    } catch (LppFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
