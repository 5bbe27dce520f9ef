package org.municipaldx.iot.lpp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads The Things Stack (v3) uplinks as they leave it, one JSON message per line, streaming and in
 * bounded memory:
 * <ul>
 *   <li>the Storage Integration export ({@code GET .../packages/storage/uplink_message}), newline-delimited
 *       {@code {"result": {…uplink…}}};</li>
 *   <li>webhook bodies or MQTT messages ({@code v3/…/devices/…/up}) written one per line: the uplink
 *       object itself.</li>
 * </ul>
 * A line that is not a usable uplink is listed in the {@link UplinkProblems} with its line, byte
 * offset and, where they can be found in the text, device and received time; the rest of the
 * stream is read. Messages of other kinds (join-accept, downlink events) are counted and skipped.
 *
 * <p><b>Retransmissions.</b> A LoRaWAN end device may send the same frame again (unconfirmed
 * NbTrans &gt; 1, or a confirmed uplink that was not acknowledged); each copy has the same frame
 * counter and payload. A message with the same device, frame counter and payload as one of that
 * device's last {@value #DEDUP_WINDOW} frames is counted once: later copies are dropped and counted
 * in {@link Result#retransmissions()}. Memory stays bounded by the number of devices; a counter
 * that restarts after a rejoin is not mistaken for a retransmission unless the payload is the same
 * within the window. Instances are immutable and thread-safe; each {@link #read} call is independent.
 */
public final class UplinkReader {
  /**
   * How many recent frames per device are compared to find a retransmission: more than an MQTT
   * broker redelivers at once after a restart (Mosquitto's default max_inflight_messages is 20).
   */
  public static final int DEDUP_WINDOW = 32;
  /** The longest line read, in bytes; a longer line is a {@link UplinkProblem.Kind#TOO_LONG} problem. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern DEVICE = Pattern.compile("\"device_id\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");
  private static final Pattern RECEIVED = Pattern.compile("\"received_at\"\\s*:\\s*\"([^\"\\\\]{1,64})\"");

  /** Receives each usable uplink, in stream order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Receives one usable uplink and where it was in the source.
     *
     * @param uplink  the uplink, not null
     * @param line  its line in the source, from 1
     * @param byteOffset  the byte offset of its first byte in the source
     */
    void accept(TtsUplink uplink, long line, long byteOffset);
  }

  /**
   * What a read found: counts; the problems are in the {@link UplinkProblems} given.
   *
   * @param lines  non-blank lines read
   * @param bytes  bytes read
   * @param uplinks  uplinks passed to the sink
   * @param retransmissions  copies dropped as retransmissions
   * @param otherMessages  messages of other kinds skipped (join-accept, downlink events)
   * @param problems  lines listed as problems
   */
  public record Result(long lines, long bytes, long uplinks, long retransmissions, long otherMessages, long problems) {}

  private static final UplinkReader INSTANCE = new UplinkReader();

  private UplinkReader() {}

  /** {@return the reader, never null} */
  public static UplinkReader create() {
    return INSTANCE;
  }

  /**
   * Reads a stream to its end.
   *
   * @param in  the stream, not null; not closed
   * @param source  the name of the source for problems (e.g. the file name), not null
   * @param problems  where problems are listed, not null
   * @param sink  receives every usable uplink, not null
   * @return the counts, never null
   * @throws IOException if the stream cannot be read
   */
  public Result read(InputStream in, String source, UplinkProblems problems, Sink sink) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(sink, "sink");
    State st = new State(source, problems, sink);
    byte[] buf = new byte[1 << 16];
    byte[] line = new byte[4096];
    int len = 0;
    boolean tooLong = false;
    long offset = 0;
    long lineStart = 0;
    long lineNo = 1;
    int n;
    while ((n = in.read(buf)) > 0) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          int chunk = i - from;
          if (!tooLong) {
            if (len + chunk > MAX_LINE_BYTES) {
              tooLong = true;
            } else {
              if (len + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
              }
              System.arraycopy(buf, from, line, len, chunk);
              len += chunk;
            }
          }
          st.line(line, len, tooLong, lineNo, lineStart);
          lineNo++;
          len = 0;
          tooLong = false;
          lineStart = offset + i + 1;
          from = i + 1;
        }
      }
      int chunk = n - from;
      if (!tooLong && chunk > 0) {
        if (len + chunk > MAX_LINE_BYTES) {
          tooLong = true;
        } else {
          if (len + chunk > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
          }
          System.arraycopy(buf, from, line, len, chunk);
          len += chunk;
        }
      }
      offset += n;
    }
    if (len > 0 || tooLong) {
      st.line(line, len, tooLong, lineNo, lineStart);
    }
    return new Result(st.lines, offset, st.uplinks, st.retransmissions, st.other, st.problemCount);
  }

  /**
   * Reads one message (e.g. an MQTT message's body), with the same rules as a line of a stream.
   *
   * @param message  the message bytes, not null
   * @param source  the name of the source (e.g. the topic), not null
   * @param problems  where a problem is listed, not null
   * @return the uplink, or empty if the message is of another kind or is listed as a problem
   */
  public Optional<TtsUplink> readOne(byte[] message, String source, UplinkProblems problems) {
    TtsUplink[] out = new TtsUplink[1];
    State st = new State(source, problems, (u, l, o) -> out[0] = u);
    st.line(message, message.length, message.length > MAX_LINE_BYTES, 1, 0);
    return Optional.ofNullable(out[0]);
  }

  private static final class State {
    final String source;
    final UplinkProblems problems;
    final Sink sink;
    final Map<String, Recent> recent = new HashMap<>();
    long lines;
    long uplinks;
    long retransmissions;
    long other;
    long problemCount;

    State(String source, UplinkProblems problems, Sink sink) {
      this.source = source;
      this.problems = problems;
      this.sink = sink;
    }

    void line(byte[] b, int len, boolean tooLong, long lineNo, long start) {
      int from = 0;
      int end = len;
      if (lineNo == 1 && end >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        from = 3; // UTF-8 byte order mark
      }
      if (end > from && b[end - 1] == '\r') {
        end--;
      }
      if (!tooLong && blank(b, from, end)) {
        return;
      }
      lines++;
      if (tooLong) {
        problem(lineNo, start, b, from, end, UplinkProblem.Kind.TOO_LONG, "",
            "the line is longer than " + MAX_LINE_BYTES + " bytes");
        return;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(b, from, end - from);
      } catch (JsonProcessingException e) {
        problem(lineNo, start, b, from, end, UplinkProblem.Kind.NOT_JSON, "", "not JSON: " + e.getOriginalMessage()
            + (e.getLocation() != null ? " at column " + e.getLocation().getColumnNr() : ""));
        return;
      } catch (IOException e) {
        problem(lineNo, start, b, from, end, UplinkProblem.Kind.NOT_JSON, "", "not JSON: " + e.getMessage());
        return;
      }
      if (root == null || !root.isObject()) {
        problem(lineNo, start, b, from, end, UplinkProblem.Kind.NOT_JSON, "", "not a JSON object");
        return;
      }
      String prefix = "";
      JsonNode result = root.get("result");
      if (result != null && root.size() == 1) {
        if (!result.isObject()) {
          problem(lineNo, start, b, from, end, UplinkProblem.Kind.MALFORMED, "/result", "must be an object");
          return;
        }
        root = result;
        prefix = "/result";
      }
      if (!root.has("uplink_message")) {
        other++;
        return;
      }
      TtsUplink up;
      try {
        up = TtsUplink.from(root);
      } catch (UplinkFormatException e) {
        problem(lineNo, start, b, from, end, UplinkProblem.Kind.MALFORMED, prefix + e.pointer(), e.getMessage());
        return;
      }
      Recent r = recent.computeIfAbsent(up.deviceId(), k -> new Recent());
      if (r.seen(up)) {
        retransmissions++;
        return;
      }
      uplinks++;
      sink.accept(up, lineNo, start);
    }

    private void problem(long lineNo, long start, byte[] b, int from, int end, UplinkProblem.Kind kind,
        String pointer, String message) {
      problemCount++;
      String text = new String(b, from, Math.min(end - from, 64 * 1024), StandardCharsets.UTF_8);
      Optional<String> device = find(DEVICE, text);
      Optional<Instant> received = find(RECEIVED, text).flatMap(t -> {
        try {
          return Optional.of(Instant.parse(t));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      });
      problems.add(new UplinkProblem(source, lineNo, start + from, device, received, kind, pointer,
          OptionalInt.empty(), message));
    }
  }

  private static Optional<String> find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean blank(byte[] b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The last frames of one device, as a ring. */
  private static final class Recent {
    final long[] counters = new long[DEDUP_WINDOW];
    final byte[][] payloads = new byte[DEDUP_WINDOW][];
    int next;

    boolean seen(TtsUplink up) {
      long c = up.fCnt();
      byte[] p = up.payloadView();
      for (int i = 0; i < DEDUP_WINDOW; i++) {
        if (payloads[i] != null && counters[i] == c && Arrays.equals(payloads[i], p)) {
          return true;
        }
      }
      counters[next] = c;
      payloads[next] = p;
      next = (next + 1) % DEDUP_WINDOW;
      return false;
    }
  }
}
