package org.municipaldx.metrics;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.AbstractMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * dx-metrics' generators (Americium {@link Trials}) in one place: take-ups, procedure-year rows and
 * tables, formulas, rounding policies. Americium shrinks a failing case and prints it with the recipe
 * that reproduces it ({@code .withRecipe(recipe)} or {@code -Dtrials.recipeHash=…}).
 */
public final class MetricsTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();

  /** Department ids of the batch tables. */
  public static final List<String> DEPARTMENTS =
      List.of("general-affairs", "health-welfare", "citizens", "construction", "education", "d1");

  private MetricsTrials() {}

  // ---- building blocks

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  public static Trials<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return API.integers(min, max).flatMap(n -> API.choose(alphabet).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Lists of at most {@code max} elements. */
  public static <T> Trials<List<T>> listsUpTo(Trials<T> elements, int max) {
    return API.integers(0, max).flatMap(n -> elements.immutableListsOfSize(n).map(l -> (List<T>) l));
  }

  /** Sets of at most {@code max} constants of an enum. */
  public static <E extends Enum<E>> Trials<Set<E>> enumSetsUpTo(Class<E> type, int max) {
    return listsUpTo(API.choose(type.getEnumConstants()), max).map(l -> {
      Set<E> s = EnumSet.noneOf(type);
      s.addAll(l);
      return s;
    });
  }

  /** One of several generators, chosen with the given weights. */
  @SafeVarargs
  public static <T> Trials<T> weighted(Map.Entry<Integer, Trials<T>>... choices) {
    return API.alternateWithWeights(List.of(choices));
  }

  /** A weight and a generator, for {@link #weighted}. */
  public static <T> Map.Entry<Integer, Trials<T>> weight(int weight, Trials<? extends T> trials) {
    @SuppressWarnings("unchecked")
    Trials<T> t = (Trials<T>) trials;
    return new AbstractMap.SimpleImmutableEntry<>(weight, t);
  }

  /** Seeds for {@code new java.util.Random(seed)}: a shuffle that shrinks and reproduces. */
  public static Trials<Long> seeds() {
    return API.longs();
  }

  // ---- take-ups

  /** Lists of up to 30 take-ups of departments a–d (or none) in 2020–2023. */
  public static Trials<List<ProcedureTakeUp>> takeUps() {
    Trials<ProcedureTakeUp> one = API.choose("a", "b", "c", "d").optionals().flatMap(dept -> API.integers(2020, 2023)
        .flatMap(year -> API.longs(0, 2_000).flatMap(procs -> API.longs(0, 500_000).flatMap(apps ->
            API.integers(0, 100).flatMap(pctP -> API.integers(0, 100).map(pctA -> {
              ProcedureTakeUp.Builder b = ProcedureTakeUp.builder();
              b.period(ReportingPeriod.calendarYear(year)).procedures(procs).onlineProcedures(procs * pctP / 100)
                  .applications(apps).onlineApplications(apps * pctA / 100);
              dept.ifPresent(b::departmentId);
              return b.build();
            }))))));
    return listsUpTo(one, 30);
  }

  // ---- procedure-year rows

  /** Rows with minutes per case and totals from the given generators, online ≤ total. */
  public static Trials<ProcedureYearRow> rows(Trials<Long> minutes, Trials<Long> totals) {
    return API.choose(DEPARTMENTS).flatMap(d -> API.integers(2020, 2023).map(FiscalYear::of).flatMap(y ->
        enumSetsUpTo(FiveLess.class, 5).flatMap(f -> minutes.flatMap(m -> totals.flatMap(t -> API.longs(0, t)
            .map(o -> ProcedureYearRow.builder().departmentId(d).fiscalYear(y).addAllFiveLess(f)
                .minutesPerCase(m).online(o).total(t).build()))))));
  }

  /** Rows in the benchmark's ranges (minutes 0–180, online ≤ total ≤ 50,000). */
  public static Trials<ProcedureYearRow> smallRows() {
    return rows(API.longs(0, 180), API.longs(0, 50_000));
  }

  /** Rows of every kernel: small, products beyond int, and values near Integer.MAX_VALUE. */
  public static Trials<ProcedureYearRow> anyRows() {
    return API.alternate(smallRows(), rows(API.longs(0, 1_000_000), API.longs(0, 1_000_000)),
        rows(API.longs(0, Integer.MAX_VALUE), API.longs(0, Integer.MAX_VALUE)));
  }

  /** Tables of up to 300 small rows, or up to 60 rows of every kernel. */
  public static Trials<List<ProcedureYearRow>> tables() {
    return API.alternate(listsUpTo(smallRows(), 300), listsUpTo(anyRows(), 60));
  }

  // ---- formulas and policies

  private static final List<String> UNITS = List.of("", "件", "回", "人", "名", "日", "か所", "ヶ所", "箇所", "施設", "者",
      "通", "会議", "町内会", "シナリオ", "分間", "時間帯");
  private static final List<String> WORDS = List.of("往復", "全庁", "定例会4回、臨時会2回", "市民課", "スマホ決済等", "A棟");
  private static final List<String> PREFIXES = List.of("役員", "職員", "委員");

  private static Factor factor(long value, String unit, Optional<String> prefix, Optional<String> note) {
    Factor.Builder b = Factor.builder().value(value).unit(unit);
    prefix.ifPresent(b::prefix);
    note.ifPresent(b::note);
    return b.build();
  }

  /** Formulas the notation can hold: a duration, up to four counts, a label, approximate or not; no overflow. */
  public static Trials<FormulaEstimate> formulas() {
    Trials<Factor> duration = API.longs(0, 100_000).flatMap(v -> API.choose(DurationUnit.MINUTE, DurationUnit.HOUR)
        .flatMap(u -> API.choose(WORDS).optionals().map(note -> factor(v, u.japaneseName(), Optional.empty(), note))));
    Trials<Factor> count = API.longs(0, 5_000_000).flatMap(v -> API.choose(UNITS).flatMap(u -> API.choose(PREFIXES)
        .optionals().flatMap(prefix -> API.choose(WORDS).optionals().map(note -> factor(v, u, prefix, note)))));
    return duration.flatMap(d -> listsUpTo(count, 4).flatMap(counts -> API.choose("住民票", "全体", "戸籍").optionals()
        .flatMap(label -> API.booleans().map(approx -> {
          BigInteger p = BigInteger.valueOf(d.value() * d.durationUnit().orElseThrow().minutes());
          for (Factor c : counts) {
            p = p.multiply(BigInteger.valueOf(c.value()));
            if (p.bitLength() > 62) {
              return Optional.<FormulaEstimate>empty(); // dx-core rejects a formula whose running product overflows
            }
          }
          FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(d).addAllFactors(counts).approximate(approx);
          label.ifPresent(b::label);
          return Optional.of(b.build());
        })))).mapFilter(f -> f);
  }

  /** The 16 standard candidate policies. */
  public static Trials<RoundingPolicy> policies() {
    return API.choose(RoundingPolicy.standardCandidates());
  }

  /** Every rounding mode that rounds. */
  public static Trials<RoundingMode> modes() {
    return API.choose(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING,
        RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN);
  }

  /** The three standard increments. */
  public static Trials<BigDecimal> increments() {
    return API.choose(RoundingPolicy.WHOLE, RoundingPolicy.HALF, RoundingPolicy.TENTH);
  }
}
