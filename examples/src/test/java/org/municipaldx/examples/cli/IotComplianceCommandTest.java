package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;

class IotComplianceCommandTest {
  @TempDir
  Path dir;

  /** Two devices, every 10 minutes from 2024-05-31T15:00Z (2024-06-01 00:00 JST) for two days. */
  Path[] files() throws Exception {
    Path registry = dir.resolve("registry.csv");
    Files.writeString(registry, "device,sensor,building,floor,room,interval_minutes,channel,quantity\n"
        + "dev-a,hall-1f,本庁舎,1F,市民課窓口,10,1,temperature\ndev-a,hall-1f,本庁舎,1F,市民課窓口,10,3,co2\n"
        + "dev-b,hall-3f,本庁舎,3F,会議室1,10,1,temperature\n", StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    Instant start = Instant.parse("2024-05-31T15:00:00Z");
    for (int k = 0; k < 288; k++) {
      for (String d : List.of("dev-a", "dev-b")) {
        if (d.equals("dev-b") && k >= 100 && k < 112) {
          continue; // two hours silent
        }
        BigDecimal temp = d.equals("dev-a") && k >= 30 && k < 33 ? new BigDecimal("30.5") : new BigDecimal("24.0");
        byte[] p = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, temp),
            LppValue.of(3, LppType.CONCENTRATION, new BigDecimal(d.equals("dev-a") && k < 144 ? 1100 : 700))));
        sb.append("{\"result\":{\"end_device_ids\":{\"device_id\":\"").append(d).append("\"},\"received_at\":\"")
            .append(start.plus(Duration.ofMinutes(10L * k))).append("\",\"uplink_message\":{\"f_port\":1,\"f_cnt\":")
            .append(k).append(",\"frm_payload\":\"").append(Base64.getEncoder().encodeToString(p)).append("\"}}}\n");
        if (k == 50 && d.equals("dev-a")) {
          sb.append("{\"result\":{\"end_device_ids\":{\"device_id\":\"dev-a\"},\"received_at\":\"2024-06-01T08:20:00Z\"")
              .append(",\"uplink_message\":{\"f_port\":1,\"f_cnt\":51,\"frm_payload\":\"AWf/\"}}}\n"); // truncated LPP
        }
      }
    }
    Path up = dir.resolve("uplinks.jsonl");
    Files.writeString(up, sb.toString(), StandardCharsets.UTF_8);
    return new Path[] {up, registry};
  }

  @Test
  void jsonHasNumbersAsNumbersAndTheStandardsRules() throws Exception {
    Path[] f = files();
    Run r = Run.dx("iot", "compliance", "--uplinks", f[0].toString(), "--registry", f[1].toString(), "--period", "day",
        "--format", "json", "--working-days", "250");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/rows")).hasSize(4); // 2 locations × 2 days
    JsonNode a1 = root.at("/rows/0");
    assertThat(a1.at("/location").asText()).isEqualTo("本庁舎/1F/市民課窓口");
    assertThat(a1.at("/period").asText()).isEqualTo("2024-06-01");
    JsonNode temp = a1.at("/quantities/0");
    assertThat(temp.at("/quantity").asText()).isEqualTo("AIR_TEMPERATURE");
    assertThat(temp.at("/count").isIntegralNumber()).isTrue();
    assertThat(temp.at("/count").asLong()).isEqualTo(144); // the broken message is not counted
    assertThat(temp.at("/max").isNumber()).isTrue();
    assertThat(temp.at("/max").decimalValue()).isEqualByComparingTo("30.5");
    assertThat(temp.at("/outOfRange").asLong()).isEqualTo(3);
    assertThat(temp.at("/timeOutOfRangeSeconds").isNumber()).isTrue();
    assertThat(temp.at("/timeOutOfRangeSeconds").asLong()).isEqualTo(1800);
    assertThat(temp.at("/limits/0/source").asText()).contains("建築物における衛生的環境の確保に関する法律施行令");
    JsonNode co2 = a1.at("/quantities/1");
    assertThat(co2.at("/judgement").asText()).isEqualTo("DAILY_AVERAGE");
    assertThat(co2.at("/outOfRange").asLong()).isEqualTo(1);
    assertThat(co2.at("/spans/0/worst").decimalValue()).isEqualByComparingTo("1100");
    assertThat(a1.at("/complies").asBoolean(true)).isFalse();
    JsonNode b1 = root.at("/rows/2");
    assertThat(b1.at("/location").asText()).isEqualTo("本庁舎/3F/会議室1");
    assertThat(b1.at("/gaps")).hasSize(1);
    assertThat(b1.at("/gaps/0/seconds").asLong()).isEqualTo(13 * 600);
    assertThat(b1.at("/coverage").isNumber()).isTrue();
    assertThat(root.at("/problems")).hasSize(1);
    assertThat(root.at("/problems/0/kind").asText()).isEqualTo("PAYLOAD");
    assertThat(root.at("/problems/0/device").asText()).isEqualTo("dev-a");
    assertThat(root.at("/problems/0/line").asLong()).isEqualTo(102);
    assertThat(root.at("/problems/0/byteOffset").isIntegralNumber()).isTrue();
    assertThat(root.at("/movelessSaving/minutes").asLong()).isEqualTo(5 * 2 * 250);
    assertThat(root.at("/movelessSaving/formula").asText()).isEqualTo("5分×2か所×250日=2,500分=42時間");
  }

  @Test
  void textNamesSourcesSilencesAndTheSavingFromAHolidayCalendar() throws Exception {
    Path[] f = files();
    Path holidays = dir.resolve("syukujitsu.csv");
    // FY2024's national holidays (内閣府「国民の祝日」について, syukujitsu.csv), in its Windows-31J encoding
    Files.write(holidays, ("国民の祝日・休日月日,国民の祝日・休日名称\n2024/4/29,昭和の日\n2024/5/3,憲法記念日\n2024/5/4,みどりの日\n"
        + "2024/5/5,こどもの日\n2024/5/6,休日\n2024/7/15,海の日\n2024/8/11,山の日\n2024/8/12,休日\n2024/9/16,敬老の日\n"
        + "2024/9/22,秋分の日\n2024/9/23,休日\n2024/10/14,スポーツの日\n2024/11/3,文化の日\n2024/11/4,休日\n"
        + "2024/11/23,勤労感謝の日\n2025/1/1,元日\n2025/1/13,成人の日\n2025/2/11,建国記念の日\n2025/2/23,天皇誕生日\n"
        + "2025/2/24,休日\n2025/3/20,春分の日\n").getBytes("windows-31j"));
    Path html = dir.resolve("report.html");
    Run r = Run.dx("iot", "compliance", "--uplinks", f[0].toString(), "--registry", f[1].toString(),
        "--holidays", holidays.toString(), "--html", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("本庁舎/1F/市民課窓口  2024-06  DOES NOT COMPLY")
        .contains("above 18°C以上28°C以下: 2024-06-01 05:00 – 2024-06-01 05:30 worst 30.5 (3 readings, hall-1f)")
        .contains("above 1000ppm以下: 2024-06-01 mean 1100 (144 readings, hall-1f)")
        .contains("0 retransmissions")
        .contains("silent: hall-3f 2024-06-01 16:30 – 2024-06-01 18:40 (2h10m)")
        .contains("[1] 建築物における衛生的環境の確保に関する法律施行令")
        .contains("uplinks.jsonl line 102")
        // FY2024: 261 weekdays, less the 13 holidays on weekdays (1/1 aside) and 12/30–1/3 (5 weekdays) → 243
        .contains("5分×2か所×243日=2,430分=40.5時間");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("不適合").contains("本庁舎/3F/会議室1")
        .doesNotContain("<script");
  }

  @Test
  void csvIsExcelSafeAndAMissingRegistryIsAUsageError() throws Exception {
    Path[] f = files();
    Run r = Run.dx("iot", "compliance", "--uplinks", f[0].toString(), "--registry", f[1].toString(), "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("本庁舎/1F/市民課窓口,2024-06,AIR_TEMPERATURE,°C,288,24,30.5,24.068,PER_READING,288,3,1800,1,false,");
    assertThat(Run.dx("iot", "compliance", "--uplinks", f[0].toString()).exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(Run.dx("iot", "compliance", "--uplinks", f[0].toString(), "--registry", f[0].toString()).exit())
        .isEqualTo(DxCommand.INPUT_ERROR);
  }

  @Test
  void aReadingsExportGivesTheSameKindOfReportAndABadOneIsRejectedWithItsPlace() throws Exception {
    Path csv = dir.resolve("readings.csv");
    Files.writeString(csv, "センサー,場所,日時,項目,値,単位\n"
        + "hall-1f,本庁舎/1F/市民課窓口,2024-05-31T15:30:00Z,温度,29.0,℃\n"
        + "hall-1f,本庁舎/1F/市民課窓口,2024-06-01 00:40,温度,24.0,℃\n"
        + "hall-1f,本庁舎/1F/市民課窓口,2024-06-01T01:10+09:00,温度,24.5,℃\n", StandardCharsets.UTF_8);
    Run r = Run.dx("iot", "compliance", "--readings", csv.toString(), "--interval", "10", "--period", "day",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/rows")).hasSize(1);
    assertThat(root.at("/rows/0/period").asText()).isEqualTo("2024-06-01");
    assertThat(root.at("/rows/0/quantities/0/count").asLong()).isEqualTo(3);
    assertThat(root.at("/rows/0/quantities/0/outOfRange").asLong()).isEqualTo(1);
    assertThat(root.at("/rows/0/quantities/0/timeOutOfRangeSeconds").asLong()).isEqualTo(600);
    assertThat(root.at("/rows/0/gaps")).hasSize(1); // 00:40 → 01:10 is longer than 10 minutes
    assertThat(root.at("/movelessSaving/minutes").isMissingNode()).isTrue(); // not estimated: absent, with the reason
    assertThat(root.at("/movelessSaving/reason").asText()).isNotBlank();

    Files.writeString(csv, "sensor,location,time,quantity,value\ns1,本庁舎,2024-06-01T00:00Z,temperature,warm\n",
        StandardCharsets.UTF_8);
    Run bad = Run.dx("iot", "compliance", "--readings", csv.toString());
    assertThat(bad.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(bad.err()).contains("line 2").contains("value").contains("'warm'");
  }

  @Test
  void maxSpansListsTheFirstSpansEveryOutputSaysHowManyMoreAndSpansWritesEveryOne() throws Exception {
    Path csv = dir.resolve("readings.csv");
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    for (int k = 0; k < 11; k++) { // out of range at k = 1, 3, 5, 7, 9: five spans of one reading each
      sb.append("hall-1f,本庁舎/1F/市民課窓口,").append(Instant.parse("2024-06-01T00:00:00Z").plusSeconds(600L * k))
          .append(",temperature,").append(k % 2 == 1 ? "30.5" : "24.0").append('\n');
    }
    Files.writeString(csv, sb, StandardCharsets.UTF_8);
    Path spans = dir.resolve("spans.csv");
    String[] common = {"iot", "compliance", "--readings", csv.toString(), "--interval", "10", "--max-spans", "2"};
    Run text = Run.dx(concat(common, "--spans", spans.toString()));
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("… 3 more spans not listed (5 in all, the longest 0h10m;");
    List<String> lines = Files.readAllLines(spans, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(6); // the header and all five spans, listed or not
    assertThat(lines.get(5)).contains("hall-1f", ",above,", "2024-06-01T10:30+09:00", ",600,1,30.5,");

    JsonNode q = new ObjectMapper().readTree(Run.dx(concat(common, "--format", "json")).out()).at("/rows/0/quantities/0");
    assertThat(q.at("/spans")).hasSize(2);
    assertThat(q.at("/spanCount").asLong()).isEqualTo(5);
    assertThat(q.at("/spansNotListed").asLong()).isEqualTo(3);
    assertThat(q.at("/longestSpanSeconds").asLong()).isEqualTo(600);
    assertThat(q.at("/timeOutOfRangeSeconds").asLong()).isEqualTo(3000); // exact: all five spans, not the two listed

    String row = Run.dx(concat(common, "--format", "csv")).out().lines().skip(1).findFirst().orElseThrow();
    assertThat(row).endsWith(",3,600"); // spans_not_listed, longest_span_s
    assertThat(row).contains(",PER_READING,11,5,3000,5,false,"); // judged, out of range, time out, spans, complies

    Files.writeString(csv, "sensor,location,time,quantity,value\ns1,本庁舎,2024-06-01T00:00Z,temperature,warm\n",
        StandardCharsets.UTF_8);
    assertThat(Run.dx(concat(common, "--spans", spans.toString())).exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(spans).doesNotExist(); // a rejected input leaves no half-written spans file
    assertThat(Run.dx(concat(common, "--max-spans", "-1")).exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
