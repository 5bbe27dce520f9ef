package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * A month (June 2024, Japan time) of uplinks from 64 places every 30 minutes, encoded with the
 * library's Cayenne LPP encoder, with planted exceedances, silences, retransmissions, a broken
 * message and an unknown device. The expected figures are computed here from the generated truth
 * with plain loops, independently of the accumulator.
 */
class UplinkMonthTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final int PLACES = 64;
  static final int SLOTS = 30 * 48; // June has 30 days of 48 half-hours
  static final Instant START = Instant.parse("2024-05-31T15:00:00Z"); // 2024-06-01T00:00+09:00
  static final Duration STEP = Duration.ofMinutes(30);

  /** One message as generated: the truth. */
  record Msg(int device, int slot, Instant at, BigDecimal temp, BigDecimal hum, BigDecimal co2) {}

  static final List<Msg> TRUTH = new ArrayList<>();
  static ComplianceTable table;
  static UplinkProblems problems;
  static long retransmissionsWritten;
  static final List<UplinkReader.Result> RESULTS = new ArrayList<>();

  static String device(int i) {
    return String.format("eui-70b3d57ed00000%02x", i);
  }

  static Instant at(int device, int slot) {
    return START.plus(STEP.multipliedBy(slot)).plusSeconds(device * 7L);
  }

  static boolean silent(int device, int slot) {
    return (device == 30 && slot >= 400 && slot < 410) || (device == 40 && slot >= 1400);
  }

  static Msg message(int d, int s) {
    Instant t = at(d, s);
    BigDecimal temp = new BigDecimal("22.0").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(d % 5)));
    BigDecimal hum = new BigDecimal("50.0");
    BigDecimal co2 = new BigDecimal("600");
    if (d == 3 && s >= 100 && s <= 105) {
      temp = new BigDecimal("29.5");
    }
    if (d == 7 && (s == 200 || s == 201)) {
      temp = new BigDecimal("17.0");
    }
    if (d == 7 && s == 300) {
      temp = new BigDecimal("28.0"); // on the bound: within (以下)
    }
    if (d == 10 && s >= 50 && s < 60) {
      hum = new BigDecimal("35.0");
    }
    LocalDate day = LocalDate.ofInstant(t, JST);
    if (d == 12 && day.equals(LocalDate.of(2024, 6, 10))) {
      co2 = new BigDecimal("1200");
    }
    if (d == 20 && day.equals(LocalDate.of(2024, 6, 15))) {
      // instantaneous readings above 1000 ppm, but a daily mean of 955: within under the daily rule
      co2 = s % 2 == 0 ? new BigDecimal("1010") : new BigDecimal("900");
    }
    return new Msg(d, s, t, temp, hum, co2);
  }

  static String json(Msg m, boolean storage) {
    byte[] payload = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, m.temp()),
        LppValue.of(2, LppType.RELATIVE_HUMIDITY, m.hum()), LppValue.of(3, LppType.CONCENTRATION, m.co2())));
    String up = "{\"end_device_ids\":{\"device_id\":\"" + device(m.device()) + "\",\"application_ids\":"
        + "{\"application_id\":\"city-hall\"}},\"received_at\":\"" + m.at() + "\",\"uplink_message\":{\"f_port\":1,"
        + "\"f_cnt\":" + m.slot() + ",\"frm_payload\":\"" + Base64.getEncoder().encodeToString(payload) + "\"}}";
    return storage ? "{\"result\":" + up + "}" : up;
  }

  static String registryCsv() {
    StringBuilder sb = new StringBuilder("device,sensor,building,floor,room,interval_minutes,channel,quantity\n");
    for (int i = 0; i < PLACES; i++) {
      for (String[] c : new String[][] {{"1", "temperature"}, {"2", "湿度"}, {"3", "co2"}}) {
        sb.append(device(i)).append(",hall-").append(i).append(",本庁舎,").append(i / 8 + 1).append("F,室")
            .append(i).append(",30,").append(c[0]).append(',').append(c[1]).append('\n');
      }
    }
    return sb.toString();
  }

  @BeforeAll
  static void readTheMonth() throws Exception {
    DeviceRegistry registry = DeviceRegistry.readCsv(registryCsv().getBytes(StandardCharsets.UTF_8), "registry.csv");
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH, JST);
    problems = UplinkProblems.create();
    UplinkIngest ingest = UplinkIngest.create(registry, acc, problems);
    // devices 0–31 as a Storage Integration export, 32–63 as webhook bodies, in time order
    for (boolean storage : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int n = 0;
      for (int s = 0; s < SLOTS; s++) {
        for (int d = storage ? 0 : 32; d < (storage ? 32 : 64); d++) {
          if (silent(d, s)) {
            continue;
          }
          Msg m = message(d, s);
          TRUTH.add(m);
          String line = json(m, storage);
          out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
          n++;
          if (n % 500 == 0) {
            out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8)); // a retransmission, CRLF
            retransmissionsWritten++;
          }
          if (storage && n == 20_000) {
            // a broken message in the middle of the file: cut off
            out.writeBytes((line.substring(0, 90) + "\n").getBytes(StandardCharsets.UTF_8));
          }
          if (!storage && n == 100) {
            out.writeBytes((json(m, false).replace(device(m.device()), "stranger") + "\n")
                .getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      RESULTS.add(ingest.read(new ByteArrayInputStream(out.toByteArray()), storage ? "storage.jsonl" : "webhook.jsonl"));
    }
    table = acc.finish();
  }

  static LocationPeriod row(int device) {
    return table.rows().stream().filter(r -> r.sensors().equals(List.of("hall-" + device))).findFirst().orElseThrow();
  }

  static QuantityRow q(int device, Quantity q) {
    return row(device).quantities().stream().filter(r -> r.quantity() == q).findFirst().orElseThrow();
  }

  @Test
  void everyUniqueMessageIsCountedOnceAndRetransmissionsAreDropped() {
    assertThat(TRUTH).hasSize(64 * 1440 - 10 - 40);
    assertThat(RESULTS.stream().mapToLong(UplinkReader.Result::retransmissions).sum()).isEqualTo(retransmissionsWritten)
        .isEqualTo(92_110 / 500);
    assertThat(table.readings()).isEqualTo(3L * TRUTH.size());
    assertThat(table.rows()).hasSize(64).allSatisfy(r -> assertThat(r.period()).hasToString("2024-06"));
    for (int d = 0; d < PLACES; d++) {
      final int dev = d;
      long expected = TRUTH.stream().filter(m -> m.device() == dev).count();
      assertThat(q(d, Quantity.AIR_TEMPERATURE).count()).as("device %d", d).isEqualTo(expected);
      assertThat(q(d, Quantity.CO2).count()).isEqualTo(expected);
    }
  }

  @Test
  void theBrokenMessageAndTheUnknownDeviceAreListedWithTheirPlaceAndTheRestIsRead() {
    assertThat(problems.total()).isEqualTo(2);
    UplinkProblem broken = problems.kept().get(0);
    assertThat(broken.kind()).isEqualTo(UplinkProblem.Kind.NOT_JSON);
    assertThat(broken.source()).isEqualTo("storage.jsonl");
    // 20,000 messages and 40 retransmissions come before it
    assertThat(broken.line()).isEqualTo(20_000 + 40 + 1);
    assertThat(broken.deviceId()).hasValueSatisfying(d -> assertThat(d).startsWith("eui-70b3d57ed"));
    assertThat(broken.receivedAt()).isEmpty(); // cut off before received_at
    assertThat(broken.byteOffset()).isPositive();
    UplinkProblem stranger = problems.kept().get(1);
    assertThat(stranger.kind()).isEqualTo(UplinkProblem.Kind.UNKNOWN_DEVICE);
    assertThat(stranger.deviceId()).hasValue("stranger");
    assertThat(stranger.line()).isEqualTo(101);
    assertThat(stranger.receivedAt()).isPresent();
  }

  @Test
  void plantedTemperatureExceedanceIsOneSpanWithItsTime() {
    QuantityRow t3 = q(3, Quantity.AIR_TEMPERATURE);
    assertThat(t3.judgement()).hasValue(Judgement.PER_READING);
    assertThat(t3.outOfRange()).isEqualTo(6);
    assertThat(t3.judged()).isEqualTo(1440);
    assertThat(t3.timeOutOfRange()).hasValue(Duration.ofHours(3));
    assertThat(t3.spans()).singleElement().satisfies(s -> {
      assertThat(s.above()).isTrue();
      assertThat(s.start()).isEqualTo(at(3, 100));
      assertThat(s.end()).isEqualTo(at(3, 106));
      assertThat(s.readings()).isEqualTo(6);
      assertThat(s.worst()).isEqualByComparingTo("29.5");
      assertThat(s.limit().source()).contains("建築物における衛生的環境の確保に関する法律施行令");
    });
    assertThat(t3.max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("29.5"));
    QuantityRow t7 = q(7, Quantity.AIR_TEMPERATURE);
    assertThat(t7.outOfRange()).as("28.0 is on the bound, within").isEqualTo(2);
    assertThat(t7.spans()).singleElement().satisfies(s -> assertThat(s.above()).isFalse());
    assertThat(t7.timeOutOfRange()).hasValue(Duration.ofHours(1));
    assertThat(q(10, Quantity.RELATIVE_HUMIDITY).outOfRange()).isEqualTo(10);
    assertThat(q(10, Quantity.RELATIVE_HUMIDITY).timeOutOfRange()).hasValue(Duration.ofHours(5));
  }

  @Test
  void co2IsJudgedOnTheDailyAverageAsTheStandardSays() {
    QuantityRow c12 = q(12, Quantity.CO2);
    assertThat(c12.judgement()).hasValue(Judgement.DAILY_AVERAGE);
    assertThat(c12.judged()).isEqualTo(30); // days
    assertThat(c12.outOfRange()).isEqualTo(1);
    assertThat(c12.spans()).singleElement().satisfies(s -> {
      assertThat(s.day()).hasValue(LocalDate.of(2024, 6, 10));
      assertThat(s.worst()).isEqualByComparingTo("1200");
      assertThat(s.readings()).isEqualTo(48);
    });
    QuantityRow c20 = q(20, Quantity.CO2);
    assertThat(c20.max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1010"));
    assertThat(c20.outOfRange()).as("mean 955 ppm on 2024-06-15").isZero();
    assertThat(c20.timeOutOfRange()).isEmpty();
  }

  @Test
  void statisticsAgreeWithAnIndependentComputation() {
    for (int d = 0; d < PLACES; d++) {
      final int dev = d;
      List<Msg> mine = TRUTH.stream().filter(m -> m.device() == dev).toList();
      BigDecimal sum = mine.stream().map(Msg::temp).reduce(BigDecimal.ZERO, BigDecimal::add);
      long tempOut = mine.stream().filter(m -> m.temp().compareTo(new BigDecimal(18)) < 0
          || m.temp().compareTo(new BigDecimal(28)) > 0).count();
      long humOut = mine.stream().filter(m -> m.hum().compareTo(new BigDecimal(40)) < 0
          || m.hum().compareTo(new BigDecimal(70)) > 0).count();
      Map<LocalDate, BigDecimal[]> days = new TreeMap<>();
      for (Msg m : mine) {
        BigDecimal[] a = days.computeIfAbsent(LocalDate.ofInstant(m.at(), JST), k -> new BigDecimal[] {BigDecimal.ZERO,
            BigDecimal.ZERO});
        a[0] = a[0].add(m.co2());
        a[1] = a[1].add(BigDecimal.ONE);
      }
      long co2DaysOut = days.values().stream().filter(a -> a[0].compareTo(a[1].multiply(new BigDecimal(1000))) > 0)
          .count();
      QuantityRow t = q(d, Quantity.AIR_TEMPERATURE);
      assertThat(t.sum()).as("device %d", d).isEqualByComparingTo(sum);
      assertThat(t.outOfRange()).as("device %d", d).isEqualTo(tempOut);
      assertThat(q(d, Quantity.RELATIVE_HUMIDITY).outOfRange()).isEqualTo(humOut);
      assertThat(q(d, Quantity.CO2).outOfRange()).isEqualTo(co2DaysOut);
      assertThat(q(d, Quantity.CO2).judged()).isEqualTo(days.size());
    }
  }

  @Test
  void silencesAreGapsAndCoverageFollowsFromThem() {
    Instant windowEnd = at(63, SLOTS - 1);
    assertThat(table.windowStart()).hasValue(START);
    assertThat(table.windowEnd()).hasValue(windowEnd);
    Duration observed = Duration.between(START, windowEnd);
    LocationPeriod r30 = row(30);
    assertThat(r30.gaps()).containsExactly(new Gap("hall-30", at(30, 399), at(30, 410)));
    assertThat(r30.coverage()).hasValue(BigDecimal.ONE.subtract(
        BigDecimal.valueOf(Duration.ofMinutes(330).toMillis()).divide(BigDecimal.valueOf(observed.toMillis()), 6,
            java.math.RoundingMode.HALF_EVEN)).setScale(6));
    LocationPeriod r40 = row(40);
    assertThat(r40.gaps()).containsExactly(new Gap("hall-40", at(40, 1399), windowEnd));
    assertThat(row(0).gaps()).isEmpty();
    assertThat(row(0).coverage()).hasValue(new BigDecimal("1.000000"));
    long withGaps = table.rows().stream().filter(r -> !r.gaps().isEmpty()).count();
    assertThat(withGaps).isEqualTo(2);
  }

  @Test
  void periodsAreCutAtJapanMidnightWhateverTheOffset() {
    DeviceRegistry registry = DeviceRegistry.readCsv(("device,building,interval_minutes\nd1,本庁舎,10\n")
        .getBytes(StandardCharsets.UTF_8), "r.csv");
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    UplinkIngest ingest = UplinkIngest.create(registry, acc, UplinkProblems.create());
    byte[] t = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("20.0"))));
    String b64 = Base64.getEncoder().encodeToString(t);
    String lines = "{\"end_device_ids\":{\"device_id\":\"d1\"},\"received_at\":\"2024-05-31T14:59:59.999Z\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":1,\"frm_payload\":\"" + b64 + "\"}}\n"
        + "{\"end_device_ids\":{\"device_id\":\"d1\"},\"received_at\":\"2024-05-31T15:30:00Z\","
        + "\"uplink_message\":{\"f_port\":1,\"f_cnt\":2,\"frm_payload\":\"" + b64 + "\"}}\n";
    RESULTS.clear();
    try {
      ingest.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "boundary.jsonl");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ComplianceTable day = acc.finish();
    assertThat(day.rows()).extracting(r -> r.period().toString()).containsExactly("2024-05-31", "2024-06-01");
    assertThat(day.rows().get(1).readings()).as("2024-05-31T15:30Z is 2024-06-01 00:30 in Japan").isEqualTo(1);
    assertThat(day.rows().get(0).readings()).isEqualTo(1);
  }

  @Test
  void spansAreInTimeOrder() {
    for (LocationPeriod r : table.rows()) {
      for (QuantityRow q : r.quantities()) {
        for (int i = 1; i < q.spans().size(); i++) {
          Span a = q.spans().get(i - 1);
          Span b = q.spans().get(i);
          assertThat(a.start()).isBeforeOrEqualTo(b.start());
        }
      }
    }
  }
}
