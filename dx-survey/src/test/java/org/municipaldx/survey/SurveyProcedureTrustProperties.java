package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.testsupport.TrialScale;

/**
 * The reader constructs its procedures on a trusted route ({@link Values#trusting}, its mark in the last argument:
 * the constructor takes the reader's frozen sets and immutable lists as they are, issue 11m). Rule: a procedure the
 * reader gives equals the one the public constructor's checks and copies make of the same components, its
 * collections are unmodifiable, and any other caller is checked as before: right after a read, on the same thread,
 * the public constructor still copies a caller's mutable set and still rejects a blank id.
 */
class SurveyProcedureTrustProperties {
  private static final List<List<String>> RECORDS = SurveyReaderParallelProperties.records(SurveyReaderTest.FIXTURE);
  private static final RecordComponent[] COMPONENTS = SurveyProcedure.class.getRecordComponents();

  @TempDir
  Path dir;

  /**
   * A file of fixture rows (fresh ids) whose cells are mixed: each cell kept, taken from the same column of
   * another fixture row, or (code and multi-value columns) a value outside the code list or several values one
   * of which is outside it.
   */
  private Path file(List<Integer> picks, long seed) {
    List<List<String>> data = RECORDS.subList(2, RECORDS.size());
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SurveyReaderParallelProperties.line(RECORDS.get(0)));
    out.writeBytes(SurveyReaderParallelProperties.line(RECORDS.get(1)));
    int n = 0;
    for (int pick : picks) {
      List<String> r = new ArrayList<>(data.get(pick % data.size()));
      r.set(0, "P" + ++n);
      for (int c = 1; c < r.size(); c++) {
        int what = random.nextInt(6);
        if (what == 0) {
          r.set(c, data.get(random.nextInt(data.size())).get(c));
        } else if (what == 1 && c != 2) {
          r.set(c, "99 リストにない値");
        } else if (what == 2 && c != 2) {
          r.set(c, data.get(random.nextInt(data.size())).get(c) + "; 98 リストにない値");
        }
      }
      out.writeBytes(SurveyReaderParallelProperties.line(r));
    }
    try {
      return Files.write(Files.createTempFile(dir, "survey-", ".csv"), out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the procedure the public constructor makes of {@code p}'s components, each collection a mutable copy} */
  static SurveyProcedure rebuilt(SurveyProcedure p) {
    Object[] args = new Object[COMPONENTS.length];
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    try {
      for (int i = 0; i < COMPONENTS.length; i++) {
        Object v = COMPONENTS[i].getAccessor().invoke(p);
        args[i] = v instanceof Set<?> s ? new HashSet<>(s) : v instanceof List<?> l ? new ArrayList<>(l) : v;
        types[i] = COMPONENTS[i].getType();
      }
      Constructor<SurveyProcedure> ctor = SurveyProcedure.class.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unmodifiable(SurveyProcedure p) throws ReflectiveOperationException {
    for (RecordComponent c : COMPONENTS) {
      Object v = c.getAccessor().invoke(p);
      if (v instanceof Set<?> s) {
        assertThatThrownBy(() -> s.add(null)).as(c.getName()).isInstanceOf(UnsupportedOperationException.class);
      } else if (v instanceof List<?> l) {
        assertThatThrownBy(() -> l.add(null)).as(c.getName()).isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  @Test
  void theReadersProceduresAreWhatThePublicConstructorMakesOfTheirComponents() {
    Trials.api().integers(0, 5).immutableLists()
        .and(Trials.api().longs())
        .and(Trials.api().integers(1, 3))
        .withLimits(TrialScale.trials(150), TrialScale.limits())
        .supplyTo((picks, seed, threads) -> {
          Path f = file(picks, seed);
          List<SurveyProcedure> read = new ArrayList<>();
          long problems = threads == 1 ? SurveyReader.survey().forEach(f, read::add, p -> { })
              : SurveyReader.survey().forEach(f, read::add, p -> { }, threads, 300);
          assertThat(read).as("%s, seed %d", picks, seed).hasSize(picks.size());
          for (SurveyProcedure p : read) {
            assertThat(rebuilt(p)).as("%s, seed %d", picks, seed).isEqualTo(p);
            try {
              unmodifiable(p);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
          assertThat(problems).isGreaterThanOrEqualTo(0);
          noTrustLeft(read.isEmpty() ? null : read.get(0));
        });
  }

  /** After a read, the public constructor on this thread still copies a mutable set and rejects a blank id. */
  private static void noTrustLeft(SurveyProcedure template) {
    if (template == null) {
      return;
    }
    SurveyProcedure p = rebuilt(template);
    Set<OnlineObstacle> mine = new HashSet<>(p.obstacles());
    SurveyProcedure q = withObstaclesAndId(p, mine, p.id());
    if (mine.isEmpty()) {
      mine.add(OnlineObstacle.values()[0]);
    } else {
      mine.clear();
    }
    assertThat(q.obstacles()).isEqualTo(p.obstacles());
    assertThatThrownBy(() -> withObstaclesAndId(p, p.obstacles(), " "))
        .isInstanceOf(InvalidValueException.class);
  }

  private static SurveyProcedure withObstaclesAndId(SurveyProcedure p, Set<OnlineObstacle> obstacles, String id) {
    Object[] args = new Object[COMPONENTS.length];
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    try {
      for (int i = 0; i < COMPONENTS.length; i++) {
        String name = COMPONENTS[i].getName();
        args[i] = name.equals("obstacles") ? obstacles : name.equals("id") ? id : COMPONENTS[i].getAccessor().invoke(p);
        types[i] = COMPONENTS[i].getType();
      }
      return SurveyProcedure.class.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void onlyTheReadersMarkIsTrustedAndWhatIsKeptIsAnImmutableCopy() {
    // rule: a list the reader did not mark (any caller's, even an immutable one) is checked as always (null here);
    // a marked list gives the values to keep: List.of() for none, else an immutable copy of the reader's list
    assertThat(Values.trusted(List.of())).isNull();
    assertThat(Values.trusted(new ArrayList<>())).isNull();
    assertThat(Values.trusted(Values.trusting(List.of()))).isSameAs(List.of());
    List<UnrecognisedValue> mine = new ArrayList<>(List.of(new UnrecognisedValue(SurveyColumn.TYPE, "9-9 x")));
    List<UnrecognisedValue> mark = Values.trusting(mine);
    assertThat(mark).as("the mark reads as the list it wraps").isEqualTo(mine).hasSize(1);
    List<UnrecognisedValue> kept = Values.trusted(mark);
    mine.add(new UnrecognisedValue(SurveyColumn.FEE, "8 y"));
    assertThat(kept).containsExactly(new UnrecognisedValue(SurveyColumn.TYPE, "9-9 x"));
    assertThatThrownBy(() -> kept.add(null)).isInstanceOf(UnsupportedOperationException.class);
  }
}
