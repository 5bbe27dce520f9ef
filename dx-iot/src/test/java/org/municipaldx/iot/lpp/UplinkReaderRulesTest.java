package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line rules of {@link UplinkReader}: byte order mark, CR LF, blank lines, the last line without a
 * newline, the length limit, the {@code result} wrapper and the retransmission window; every problem
 * with its line and byte offset.
 */
class UplinkReaderRulesTest {
  private final UplinkProblems problems = UplinkProblems.create();
  private final List<String> got = new ArrayList<>();

  private static String uplink(String device, int fCnt, String payload) {
    return "{\"end_device_ids\":{\"device_id\":\"" + device + "\"},\"received_at\":\"2024-06-01T00:00:00Z\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":" + fCnt + ",\"frm_payload\":\"" + payload + "\"}}";
  }

  private UplinkReader.Result read(byte[] bytes) throws IOException {
    return UplinkReader.create().read(new ByteArrayInputStream(bytes), "up.jsonl", problems,
        (u, line, offset) -> got.add(u.deviceId() + "@" + line + ":" + offset));
  }

  private UplinkReader.Result read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aByteOrderMarkCrLfAndBlankLinesAreNotMessages() throws Exception {
    String a = uplink("a", 1, "AQ==");
    String b = uplink("b", 1, "AQ==");
    byte[] text = ("\uFEFF" + a + "\r\n \t\r\n\r\n" + b).getBytes(StandardCharsets.UTF_8);
    UplinkReader.Result r = read(text);
    // the first message starts after the 3-byte mark; the last has no newline
    int bStart = 3 + a.length() + 2 + 4 + 2;
    assertThat(got).containsExactly("a@1:0", "b@4:" + bStart);
    assertThat(r).isEqualTo(new UplinkReader.Result(2, text.length, 2, 0, 0, 0));
    assertThat(problems.total()).isZero();
  }

  @Test
  void aProblemOnTheFirstLineAfterAByteOrderMarkIsAtByte3() throws Exception {
    read("\uFEFF[1]\n");
    UplinkProblem p = problems.kept().get(0);
    assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.NOT_JSON);
    assertThat(p.message()).isEqualTo("not a JSON object");
    assertThat(p.byteOffset()).isEqualTo(3);
    assertThat(p.deviceId()).isEmpty();
    assertThat(p.receivedAt()).isEmpty();
  }

  @Test
  void theResultWrapperOfTheStorageIntegrationIsUnwrappedWhenItIsTheOnlyMember() throws Exception {
    String a = uplink("a", 1, "AQ==");
    UplinkReader.Result r = read("{\"result\":" + a + "}\n{\"result\":5}\n{\"result\":" + a.replace("\"a\"", "\"c\"")
        + ",\"x\":1}\n{\"result\":" + a.replace("\"f_cnt\":1", "\"f_cnt\":-1").replace("\"a\"", "\"d\"") + "}\n");
    assertThat(got).containsExactly("a@1:0");
    assertThat(r.otherMessages()).isEqualTo(1); // the wrapper with another member is not an uplink
    assertThat(problems.kept()).extracting(UplinkProblem::kind, UplinkProblem::pointer, UplinkProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(UplinkProblem.Kind.MALFORMED, "/result", 2L),
            org.assertj.core.groups.Tuple.tuple(UplinkProblem.Kind.MALFORMED, "/result/uplink_message/f_cnt", 4L));
    assertThat(problems.kept().get(0).message()).isEqualTo("must be an object");
    assertThat(problems.kept().get(1).deviceId()).hasValue("d");
  }

  @Test
  void aLineLongerThanTheLimitIsOneProblemAndTheNextLineIsRead() throws Exception {
    String a = uplink("a", 1, "AQ==");
    // a JSON string of exactly MAX_LINE_BYTES bytes is read (as JSON, not an uplink); one byte more is too long
    String exact = "\"" + "x".repeat(UplinkReader.MAX_LINE_BYTES - 2) + "\"";
    String over = "\"" + "x".repeat(UplinkReader.MAX_LINE_BYTES - 1) + "\"";
    UplinkReader.Result r = read(exact + "\n" + over + "\n" + a + "\n" + over);
    assertThat(got).containsExactly("a@3:" + (exact.length() + over.length() + 2));
    assertThat(problems.kept()).extracting(UplinkProblem::kind, UplinkProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(UplinkProblem.Kind.NOT_JSON, 1L),
            org.assertj.core.groups.Tuple.tuple(UplinkProblem.Kind.TOO_LONG, 2L),
            org.assertj.core.groups.Tuple.tuple(UplinkProblem.Kind.TOO_LONG, 4L));
    assertThat(problems.kept().get(1).message()).isEqualTo("the line is longer than 1048576 bytes");
    assertThat(problems.kept().get(1).byteOffset()).isEqualTo(exact.length() + 1);
    assertThat(r.lines()).isEqualTo(4);
    assertThat(r.bytes()).isEqualTo(exact.length() + 2L * over.length() + a.length() + 3);
  }

  @Test
  void aLineSplitAcrossManySmallReadsIsOneLine() throws Exception {
    String a = uplink("a", 1, "AQ==");
    String b = uplink("b", 2, "AQ==");
    byte[] bytes = (a + "\n" + b + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public int read(byte[] buf) {
        return read(buf, 0, Math.min(buf.length, 7));
      }
    };
    UplinkReader.Result r = UplinkReader.create().read(trickle, "up.jsonl", problems,
        (u, line, offset) -> got.add(u.deviceId() + "@" + line + ":" + offset));
    assertThat(got).containsExactly("a@1:0", "b@2:" + (a.length() + 1));
    assertThat(r.bytes()).isEqualTo(bytes.length);
  }

  @Test
  void aRetransmissionIsTheSameCounterAndPayloadWithinTheLast32FramesOfItsDevice() throws Exception {
    StringBuilder text = new StringBuilder();
    text.append(uplink("a", 0, "AQ==")).append('\n');
    text.append(uplink("a", 0, "AQ==")).append('\n'); // retransmitted
    text.append(uplink("a", 0, "Ag==")).append('\n'); // same counter, other payload: a new frame
    text.append(uplink("b", 0, "AQ==")).append('\n'); // another device
    for (int c = 1; c <= 31; c++) {
      text.append(uplink("a", c, "AQ==")).append('\n');
    }
    // a's window now holds counters 0 (payload 02) and 1…31; counter 0 with payload 01 has left it
    text.append(uplink("a", 0, "AQ==")).append('\n');
    text.append(uplink("a", 31, "AQ==")).append('\n'); // still in the window
    UplinkReader.Result r = read(text.toString());
    assertThat(r.retransmissions()).isEqualTo(2);
    assertThat(r.uplinks()).isEqualTo(3 + 31 + 1);
    assertThat(r.lines()).isEqualTo(37);
  }

  @Test
  void aSingleMessageIsReadAloneWithItsLimit() {
    String a = uplink("a", 1, "AQ==");
    assertThat(UplinkReader.create().readOne(a.getBytes(StandardCharsets.UTF_8), "topic", problems))
        .hasValueSatisfying(u -> assertThat(u.fCnt()).isEqualTo(1));
    byte[] huge = ("\"" + "x".repeat(UplinkReader.MAX_LINE_BYTES) + "\"").getBytes(StandardCharsets.UTF_8);
    assertThat(UplinkReader.create().readOne(huge, "topic", problems)).isEmpty();
    assertThat(problems.kept()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(UplinkProblem.Kind.TOO_LONG);
      assertThat(p.source()).isEqualTo("topic");
      assertThat(p.line()).isEqualTo(1);
    });
    assertThat(UplinkReader.create().readOne("{\"join_accept\":{}}".getBytes(StandardCharsets.UTF_8), "topic",
        problems)).isEmpty();
    assertThat(problems.total()).isEqualTo(1);
  }

  @Test
  void aProblemNamesTheDeviceAndTimeFoundInTheBrokenText() throws Exception {
    read("{\"end_device_ids\":{\"device_id\" : \"dev7\"},\"received_at\": \"2024-06-01T00:10:00Z\",\"uplink_message\":\n"
        + "{\"received_at\":\"yesterday\",\"end_device_ids\":{\"device_id\":\"dev8\"},\"uplink_message\":{}}\n");
    assertThat(problems.kept()).hasSize(2);
    UplinkProblem broken = problems.kept().get(0);
    assertThat(broken.deviceId()).hasValue("dev7");
    assertThat(broken.receivedAt()).hasValue(java.time.Instant.parse("2024-06-01T00:10:00Z"));
    assertThat(broken.message()).startsWith("not JSON: ").contains(" at column ");
    UplinkProblem badTime = problems.kept().get(1);
    assertThat(badTime.kind()).isEqualTo(UplinkProblem.Kind.MALFORMED);
    assertThat(badTime.pointer()).isEqualTo("/received_at");
    assertThat(badTime.deviceId()).hasValue("dev8");
    assertThat(badTime.receivedAt()).isEmpty();
  }
}
