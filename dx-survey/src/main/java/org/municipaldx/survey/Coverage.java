package org.municipaldx.survey;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;

/**
 * A municipality's coverage of the survey's local-government procedures: the procedures that are
 * online nationally (実施済 or 一部実施済) and involve local governments, but are not online in this
 * city — either in its inventory and not online, or not in its inventory at all — ranked by
 * national volume × minutes per case (by volume where the caller gives no minutes).
 */
public final class Coverage {
  private Coverage() {}

  /**
   * One procedure of a municipality's inventory that names the national procedure it carries out.
   *
   * @param nationalId  the survey's 手続ID, not blank
   * @param name  the city's name for it, not null
   * @param online  whether the city offers it online
   */
  public record InventoryEntry(String nationalId, String name, boolean online) {
    /**
     * Checks the components.
     *
     * @param nationalId  the survey's 手続ID, not blank
     * @param name  the city's name for it, not null
     * @param online  whether the city offers it online
     */
    public InventoryEntry {
      if (nationalId == null || nationalId.isBlank()) {
        throw new InvalidValueException("InventoryEntry", "nationalId", nationalId, "must not be blank");
      }
      Objects.requireNonNull(name, "name");
    }
  }

  /** Where the city stands on a procedure that is online nationally. */
  public enum CityStatus {
    /** In the inventory, not online. */
    NOT_ONLINE,
    /** Not in the inventory (no entry carries its 手続ID). */
    NOT_IN_INVENTORY
  }

  /**
   * A gap: online nationally, not in this city.
   *
   * @param procedure  the survey's procedure, not null
   * @param cityStatus  where the city stands, not null
   * @param cityName  the city's name for it, empty if not in the inventory; not null
   * @param minutesPerCase  the caller's minutes per case, empty if none
   * @param approximateMinutes  national total cases × minutes, empty without minutes (approximate)
   */
  public record Gap(SurveyProcedure procedure, CityStatus cityStatus, String cityName, OptionalLong minutesPerCase,
      OptionalLong approximateMinutes) {
    /**
     * Checks the components.
     *
     * @param procedure  the survey's procedure, not null
     * @param cityStatus  where the city stands, not null
     * @param cityName  the city's name for it, empty if not in the inventory; not null
     * @param minutesPerCase  the caller's minutes per case, empty if none
     * @param approximateMinutes  national total cases × minutes, empty without minutes
     *     (approximate)
     */
    public Gap {
      Objects.requireNonNull(procedure, "procedure");
      Objects.requireNonNull(cityStatus, "cityStatus");
      Objects.requireNonNull(cityName, "cityName");
    }
  }

  /**
   * Reads an inventory CSV with the columns 手続ID (the national id), 手続名 (optional) and オンライン
   * ({@code ○}, {@code 済}, {@code true}, {@code 1} for online; {@code ×}, {@code 未}, {@code false},
   * {@code 0} or blank for not), through the ingestion toolkit.
   *
   * @param file  the CSV, not null
   * @return the entries, never null
   * @throws org.municipaldx.ingest.IngestException listing every problem, located
   */
  public static List<InventoryEntry> readInventory(Path file) {
    HeaderSpec<String> spec = HeaderSpec.<String>builder()
        .column("id", true, "手続ID", "national procedure id", "国の手続ID")
        .column("name", false, "手続名", "name")
        .column("online", true, "オンライン", "online", "オンライン化")
        .ignoreUnknown()
        .build();
    Problems problems = new Problems();
    List<InventoryEntry> out = new ArrayList<>();
    try (TableReader<String> t = TableReader.of(CsvSource.open(file), spec, problems)) {
      while (t.next()) {
        Row<String> row = t.row();
        String id = row.get("id").strip();
        String online = org.municipaldx.ingest.Fields.nfkc(row.get("online")).strip().toLowerCase(java.util.Locale.ROOT);
        Boolean flag = switch (online) {
          case "○", "済", "true", "1", "yes", "実施済" -> Boolean.TRUE;
          case "×", "未", "false", "0", "no", "", "未実施" -> Boolean.FALSE;
          default -> null;
        };
        if (id.isEmpty()) {
          row.problem("id", "the national procedure id is blank");
        } else if (flag == null) {
          row.problem("online", "'" + row.get("online") + "' is not ○/× (済/未, true/false, 1/0)");
        } else {
          out.add(new InventoryEntry(id, row.has("name") ? row.get("name") : "", flag));
        }
      }
    }
    problems.throwIfAny(file.toString());
    return out;
  }

  /**
   * {@return the gaps, largest first (by minutes when given, else by national cases), never null}
   *
   * @param survey  the survey's procedures, not null
   * @param inventory  the city's inventory, not null
   * @param minutes  minutes per case, or null for ranking by volume
   */
  public static List<Gap> gaps(Iterable<SurveyProcedure> survey, List<InventoryEntry> inventory, MinutesPerCase minutes) {
    Map<String, InventoryEntry> byId = new HashMap<>();
    inventory.forEach(e -> byId.merge(e.nationalId(), e, (a, b) -> a.online() ? a : b));
    List<Gap> out = new ArrayList<>();
    for (SurveyProcedure p : survey) {
      if (!p.involvesLocalGovernment() || !p.isOnline()) {
        continue;
      }
      InventoryEntry e = byId.get(p.id());
      if (e != null && e.online()) {
        continue;
      }
      OptionalLong m = minutes == null ? OptionalLong.empty() : minutes.minutes(p);
      OptionalLong total = m.isPresent() ? OptionalLong.of(Math.multiplyExact(p.totalCases().approximately(), m.getAsLong()))
          : OptionalLong.empty();
      out.add(new Gap(p, e == null ? CityStatus.NOT_IN_INVENTORY : CityStatus.NOT_ONLINE, e == null ? "" : e.name(), m, total));
    }
    out.sort(Comparator.<Gap>comparingLong(g -> g.approximateMinutes().orElse(-1)).reversed()
        .thenComparing(Comparator.<Gap, ApproximateCount>comparing(g -> g.procedure().totalCases()).reversed())
        .thenComparing(g -> g.procedure().id()));
    return out;
  }

  /**
   * Writes the gaps as CSV for the office: UTF-8 with BOM, Excel-safe (the toolkit's writer).
   *
   * @param gaps  the gaps, not null
   * @param out  the output, not null; closed at the end
   */
  public static void writeCsv(List<Gap> gaps, OutputStream out) {
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      w.writeRecord(List.of("順位", "手続ID", "手続名", "所管府省庁", "全国の総手続件数（概数）", "全国のオンライン化状況",
          "本市の状況", "本市の手続名", "分/件", "総手続件数×分（概数）"));
      int rank = 0;
      for (Gap g : gaps) {
        SurveyProcedure p = g.procedure();
        List<Object> cells = new ArrayList<>();
        cells.add(++rank);
        cells.add(p.id());
        cells.add(p.name());
        cells.add(p.ministry().map(Ministry::japaneseName).orElse(""));
        cells.add(p.totalCases().approximately());
        cells.add(p.onlineStatus().map(OnlineStatus::japaneseName).orElse(""));
        cells.add(g.cityStatus() == CityStatus.NOT_ONLINE ? "オンライン未実施" : "台帳になし");
        cells.add(g.cityName());
        cells.add(g.minutesPerCase().isPresent() ? (Object) g.minutesPerCase().getAsLong() : null);
        cells.add(g.approximateMinutes().isPresent() ? (Object) g.approximateMinutes().getAsLong() : null);
        w.writeRecord(cells);
      }
    }
  }
}
