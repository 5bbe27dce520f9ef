package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/** {@link UplinkProblem}'s place rules and text, and {@link UplinkProblems}' counting beyond the problems it keeps. */
class UplinkProblemsTest {
  private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

  private static UplinkProblem problem(UplinkProblem.Kind kind) {
    return new UplinkProblem("up.jsonl", 7, 3120, Optional.of("dev1"), Optional.of(AT), kind, "/received_at",
        OptionalInt.empty(), "bad");
  }

  @Test
  void aProblemPrintsEveryPartOfItsPlace() {
    assertThat(new UplinkProblem("up.jsonl", 7, 3120, Optional.of("dev1"), Optional.of(AT), UplinkProblem.Kind.PAYLOAD,
        "/uplink_message/frm_payload", OptionalInt.of(4), "unknown type"))
        .hasToString("up.jsonl line 7 (byte 3120), device dev1, received 2024-05-01T00:00:00Z, at "
            + "/uplink_message/frm_payload, payload byte 4: unknown type [PAYLOAD]");
    assertThat(new UplinkProblem("t", 1, 0, Optional.empty(), Optional.empty(), UplinkProblem.Kind.NOT_JSON, "",
        OptionalInt.empty(), "not JSON")).hasToString("t line 1 (byte 0): not JSON [NOT_JSON]");
  }

  @Test
  void aProblemIsOnALineFrom1AtAByteFrom0() {
    assertThat(new UplinkProblem("t", 1, 0, Optional.empty(), Optional.empty(), UplinkProblem.Kind.NOT_JSON, "",
        OptionalInt.empty(), "m").line()).isEqualTo(1);
    assertThatThrownBy(() -> new UplinkProblem("t", 0, 0, Optional.empty(), Optional.empty(),
        UplinkProblem.Kind.NOT_JSON, "", OptionalInt.empty(), "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UplinkProblem: line must be ≥ 1 and byteOffset ≥ 0 (was '0:0')");
    assertThatThrownBy(() -> new UplinkProblem("t", 1, -1, Optional.empty(), Optional.empty(),
        UplinkProblem.Kind.NOT_JSON, "", OptionalInt.empty(), "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UplinkProblem: line must be ≥ 1 and byteOffset ≥ 0 (was '1:-1')");
  }

  @Test
  void problemsBeyondTheLimitAreCountedButNotKept() {
    UplinkProblems ps = UplinkProblems.keeping(2);
    assertThat(ps.limit()).isEqualTo(2);
    ps.add(problem(UplinkProblem.Kind.MALFORMED));
    ps.add(problem(UplinkProblem.Kind.PAYLOAD));
    ps.add(problem(UplinkProblem.Kind.PAYLOAD));
    assertThat(ps.kept()).extracting(UplinkProblem::kind)
        .containsExactly(UplinkProblem.Kind.MALFORMED, UplinkProblem.Kind.PAYLOAD);
    assertThat(ps.total()).isEqualTo(3);
    assertThat(ps.counts()).isEqualTo(Map.of(UplinkProblem.Kind.MALFORMED, 1L, UplinkProblem.Kind.PAYLOAD, 2L));
    assertThatThrownBy(() -> ps.kept().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ps.counts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aLimitOfZeroKeepsNoneAndTheDefaultKeepsTenThousand() {
    UplinkProblems none = UplinkProblems.keeping(0);
    none.add(problem(UplinkProblem.Kind.MAC_PORT));
    assertThat(none.kept()).isEmpty();
    assertThat(none.total()).isEqualTo(1);
    assertThat(UplinkProblems.create().limit()).isEqualTo(10_000);
    assertThatThrownBy(() -> UplinkProblems.keeping(-1)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("limit");
      assertThat(e.rule()).isEqualTo("must not be negative");
    });
  }
}
