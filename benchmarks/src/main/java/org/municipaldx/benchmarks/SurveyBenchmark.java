package org.municipaldx.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.survey.ApproximateTakeUp;
import org.municipaldx.survey.Dimension;
import org.municipaldx.survey.Ministry;
import org.municipaldx.survey.SurveyReader;
import org.municipaldx.survey.TakeUpTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national procedures survey (issue 11), full size: a {@code rows}-row file (default 75,000,
 * the published file's size) built from the real sample in
 * {@code ../shared/data/procedures-survey/} (its 4,108 rows repeated with fresh 手続IDs, in the
 * published layout: BOM, CRLF, item-number row, header row, RFC 4180 quotes), then, in one run:
 * <ul>
 *   <li>{@code surveyReaderTakeUpByMinistry}: dx-survey's streaming reader (survey mode, every
 *       column typed, every problem found and passed to a counter) feeding a {@link TakeUpTable}
 *       by ministry — nothing of the file is kept, so memory is bounded by the distinct cell
 *       texts, not by rows;
 *   <li>{@code duckdbReadCsvGroupBy}: DuckDB in-process ({@code SET threads=1}) reading the same
 *       file with {@code read_csv} (explicit {@code quote}/{@code escape}: a quoted {@code ""}
 *       defeats its sniffer) and {@code GROUP BY 所管府省庁} with count and the two sums.
 * </ul>
 * Each state checks in {@code @Setup} that its method's sums by ministry equal the other's.
 * The sample path is the system property {@code survey.sample} (default
 * {@code ../shared/data/procedures-survey/procedures-survey-sample.csv}, relative to the working
 * directory: run from the repository root).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SurveyBenchmark {

  /** The generated file, shared by both methods. */
  @State(Scope.Benchmark)
  public static class SurveyFile {
    @Param({"75000"})
    int rows;

    /** DuckDB's {@code SET threads}, and the reader's threads (1: the sequential read). */
    @Param({"1", "2"})
    int threads;

    Path file;
    Map<String, long[]> expected;

    @Setup(Level.Trial)
    public void build() throws IOException {
      Path sample = Path.of(System.getProperty("survey.sample", "../shared/data/procedures-survey/procedures-survey-sample.csv"));
      if (!Files.isRegularFile(sample)) {
        throw new IllegalStateException("the survey sample is not at " + sample.toAbsolutePath()
            + ": run from the repository root or set -Dsurvey.sample=PATH");
      }
      List<List<String>> records = new ArrayList<>();
      try (CsvSource src = CsvSource.open(sample)) {
        while (src.next()) {
          List<String> r = new ArrayList<>();
          for (int i = 0; i < src.record().size(); i++) {
            r.add(src.record().get(i));
          }
          records.add(r);
        }
      }
      List<String> items = records.get(0);
      List<String> header = records.get(1);
      List<List<String>> data = records.subList(2, records.size());
      int ministry = header.indexOf("所管府省庁");
      int total = header.indexOf("総手続件数");
      int online = header.indexOf("オンライン手続件数");
      file = Files.createTempFile("survey-benchmark-", ".csv");
      file.toFile().deleteOnExit();
      expected = new TreeMap<>();
      try (OutputStream out = Files.newOutputStream(file);
          BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
        w.write('\uFEFF');
        write(w, items);
        write(w, header);
        for (int i = 0; i < rows; i++) {
          List<String> r = new ArrayList<>(data.get(i % data.size()));
          r.set(0, "BM" + (i + 1));
          write(w, r);
          long[] e = expected.computeIfAbsent(r.get(ministry), k -> new long[3]);
          e[0]++;
          e[1] += Long.parseLong(r.get(total));
          e[2] += Long.parseLong(r.get(online));
        }
      }
    }

    private static void write(BufferedWriter w, List<String> cells) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        String c = cells.get(i);
        if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
          w.write('"');
          w.write(c.replace("\"", "\"\""));
          w.write('"');
        } else {
          w.write(c);
        }
      }
      w.write("\r\n");
    }

    void verify(String who, Map<String, long[]> actual) {
      if (actual.size() != expected.size()) {
        throw new IllegalStateException(who + ": " + actual.size() + " ministries, expected " + expected.size());
      }
      expected.forEach((m, e) -> {
        long[] a = actual.get(m);
        if (a == null || a[0] != e[0] || a[1] != e[1] || a[2] != e[2]) {
          throw new IllegalStateException(who + ": " + m + " gives " + (a == null ? "nothing" : a[0] + "/" + a[1] + "/" + a[2])
              + ", expected " + e[0] + "/" + e[1] + "/" + e[2]);
        }
      });
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  static Map<String, long[]> sums(TakeUpTable<Ministry> t) {
    Map<String, long[]> m = new TreeMap<>();
    for (Map.Entry<Ministry, ApproximateTakeUp> e : t.groups().entrySet()) {
      m.put(e.getKey().japaneseName(), new long[] {e.getValue().procedures(), e.getValue().cases().approximately(),
          e.getValue().onlineCases().approximately()});
    }
    return m;
  }

  /** Checks the library's result once. */
  @State(Scope.Benchmark)
  public static class Library {
    @Setup(Level.Trial)
    public void check(SurveyFile f) {
      f.verify("dx-survey", sums(readAndTakeUp(f.file, f.threads)));
      f.verify("dx-survey take-up path", sums(takeUpPath(f.file)));
      if (f.threads > 1 && !problems(f.file, f.threads).equals(problems(f.file, 1))) {
        throw new IllegalStateException("dx-survey: the problems on " + f.threads + " threads differ from the sequential read's");
      }
    }
  }

  static TakeUpTable<Ministry> readAndTakeUp(Path file, int threads) {
    TakeUpTable<Ministry> t = TakeUpTable.by(Dimension.MINISTRY);
    long[] problems = {0};
    if (threads == 1) {
      SurveyReader.survey().forEach(file, t, p -> problems[0]++);
    } else {
      SurveyReader.survey().forEach(file, t, p -> problems[0]++, threads);
    }
    return t;
  }

  /** Take-up by ministry on the reader's take-up path (only the columns take-up reads are typed; one thread). */
  static TakeUpTable<Ministry> takeUpPath(Path file) {
    TakeUpTable<Ministry> t = TakeUpTable.by(Dimension.MINISTRY);
    long[] problems = {0};
    SurveyReader.survey().takeUp(file, t, p -> problems[0]++);
    return t;
  }

  /** The problems of the file, in order, as the reader gives them on that many threads. */
  static List<String> problems(Path file, int threads) {
    List<String> out = new ArrayList<>();
    SurveyReader.survey().forEach(file, p -> { }, p -> out.add(p.toString()), threads);
    return out;
  }

  /** DuckDB on {@code threads} threads. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    Connection connection;
    String query;

    @Setup(Level.Trial)
    public void open(SurveyFile f) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads=" + f.threads);
      }
      query = "SELECT \"所管府省庁\", count(*), sum(\"総手続件数\"), sum(\"オンライン手続件数\") FROM read_csv('"
          + f.file.toAbsolutePath().toString().replace("'", "''") + "', header = true, skip = 1, delim = ',', quote = '\"',"
          + " escape = '\"', types = {'総手続件数': 'BIGINT', 'オンライン手続件数': 'BIGINT', '非オンライン手続件数': 'BIGINT'})"
          + " GROUP BY 1";
      f.verify("duckdb", duckdb(this));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  static Map<String, long[]> duckdb(DuckDb d) {
    Map<String, long[]> m = new TreeMap<>();
    try (Statement s = d.connection.createStatement(); ResultSet rs = s.executeQuery(d.query)) {
      while (rs.next()) {
        m.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  /** @return take-up by ministry read from the file by the library */
  @Benchmark
  public TakeUpTable<Ministry> surveyReaderTakeUpByMinistry(SurveyFile f, Library checked) {
    return readAndTakeUp(f.file, f.threads);
  }

  /**
   * @return take-up by ministry on the reader's take-up path: 手続ID, 所管府省庁, 主体, 受け手 and the
   *     counts typed, their problems listed; one thread whatever {@code threads} says
   */
  @Benchmark
  public TakeUpTable<Ministry> surveyTakeUpPathByMinistry(SurveyFile f, Library checked) {
    return takeUpPath(f.file);
  }

  /** @return count and sums by ministry from DuckDB's read_csv */
  @Benchmark
  public Map<String, long[]> duckdbReadCsvGroupBy(DuckDb d) {
    return duckdb(d);
  }
}
