package org.municipaldx.survey;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.Fields;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;

/**
 * Minutes a case takes that going online would save, as the caller states them: the survey has no
 * such figure, so there is no default (no invented minutes). Either one figure for every case (the
 * source minutes use 30分 per application) or a figure per procedure type; each with the caller's
 * statement of where it comes from, which every potential computed from it carries.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinutesPerCase {
  private final Long uniform;
  private final Map<ProcedureType, Long> byType;
  private final String source;

  private MinutesPerCase(Long uniform, Map<ProcedureType, Long> byType, String source) {
    this.uniform = uniform;
    this.byType = byType;
    this.source = source;
  }

  /**
   * {@return the table, never null}
   *
   * @param minutes  minutes per case, zero or more
   * @param source  where the figure comes from, not blank
   */
  public static MinutesPerCase uniform(long minutes, String source) {
    check(minutes, "minutes");
    return new MinutesPerCase(minutes, Map.of(), checkSource(source));
  }

  /**
   * {@return the table, never null}
   *
   * @param minutes  minutes per case by procedure type (types not given have no figure), not null
   * @param source  where the figures come from, not blank
   */
  public static MinutesPerCase byType(Map<ProcedureType, Long> minutes, String source) {
    Map<ProcedureType, Long> m = new EnumMap<>(ProcedureType.class);
    minutes.forEach((t, v) -> m.put(Objects.requireNonNull(t, "type"), check(v, "minutes of " + t.code())));
    return new MinutesPerCase(null, java.util.Collections.unmodifiableMap(m), checkSource(source));
  }

  /**
   * Reads a CSV with the columns 手続類型 (a code such as {@code 1} or {@code 1 申請等}) and 分/件
   * (whole minutes), through the ingestion toolkit.
   *
   * @param file  the CSV, not null
   * @return the table, its source naming the file, never null
   * @throws org.municipaldx.ingest.IngestException listing every problem, located
   */
  public static MinutesPerCase read(Path file) {
    HeaderSpec<String> spec = HeaderSpec.<String>builder()
        .column("type", true, "手続類型", "procedure type", "type")
        .column("minutes", true, "分/件", "minutes per case", "minutes", "分")
        .build();
    Problems problems = new Problems();
    Map<ProcedureType, Long> m = new EnumMap<>(ProcedureType.class);
    try (TableReader<String> t = TableReader.of(CsvSource.open(file), spec, problems)) {
      while (t.next()) {
        Row<String> row = t.row();
        String typeText = row.get("type");
        ProcedureType type = Codes.find(ProcedureType.class, typeText)
            .or(() -> Codes.find(ProcedureType.class, typeText.strip().split("\\s+")[0])).orElse(null);
        if (type == null) {
          row.problem("type", "'" + typeText + "' is not a procedure type (1, 2-1, 2-2, 2-3, 3, 4)");
          continue;
        }
        try {
          long v = Fields.whole(row.get("minutes"));
          if (m.put(type, v) != null) {
            row.problem("type", "procedure type " + type.code() + " is given twice");
          }
        } catch (IllegalArgumentException e) {
          row.problem("minutes", e.getMessage());
        }
      }
    }
    if (m.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.of(org.municipaldx.ingest.TextLocation.of(file.toString(), 1, 0), "no minutes in the file"));
    }
    problems.throwIfAny(file.toString());
    return byType(m, "minutes per case by procedure type from " + file.getFileName());
  }

  private static long check(Long v, String field) {
    if (v == null || v < 0) {
      throw new org.municipaldx.core.InvalidValueException("MinutesPerCase", field, v, "must be zero or more");
    }
    return v;
  }

  private static String checkSource(String source) {
    if (source == null || source.isBlank()) {
      throw new org.municipaldx.core.InvalidValueException("MinutesPerCase", "source", source,
          "must say where the minutes come from");
    }
    return source;
  }

  /**
   * {@return minutes per case for it, or empty where the table has none}
   *
   * @param p  a procedure, not null
   */
  public OptionalLong minutes(SurveyProcedure p) {
    if (uniform != null) {
      return OptionalLong.of(uniform);
    }
    return p.type().map(byType::get).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /** {@return where the minutes come from, never null} */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return (uniform != null ? uniform + "分/件" : byType.toString()) + " (" + source + ")";
  }
}
