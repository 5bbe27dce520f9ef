package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.Prefecture;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.dataset.BlockInitiative;
import org.municipaldx.dataset.BlockTakeUp;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.dataset.DatasetManifest;
import org.municipaldx.metrics.Rate;

/**
 * Conservation: the combined figures of a wider-area report are the sums of its members' (counts,
 * minutes, each beneficiary's and each five-less category's minutes and items), combined take-up is
 * Σ online / Σ all, combined hours are the summed minutes rounded once. Members are fictional variants
 * of the sample city: random take-up counts, a random subset of its initiatives, distinct fictional codes.
 */
class WiderAreaProperties {
  private static final TrialsApi API = Trials.api();
  private static final Dataset BASE = DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY);

  /** One member: its index (for a distinct code), a take-up per block and a mask of initiatives kept. */
  private static Trials<Dataset> member(int index) {
    Trials<ProcedureTakeUp> takeUp = API.longs(0, 2_000).flatMap(procs -> API.longs(0, procs).flatMap(onlineProcs ->
        API.longs(0, 1_000_000).flatMap(apps -> API.longs(0, apps).map(onlineApps -> ProcedureTakeUp.builder()
            .period(BASE.takeUps().get(0).takeUp().period()).procedures(procs).onlineProcedures(onlineProcs)
            .applications(apps).onlineApplications(onlineApps).build()))));
    return takeUp.immutableListsOfSize(BASE.takeUps().size()).flatMap(takeUps ->
        API.booleans().immutableListsOfSize(BASE.initiatives().size()).map(keep -> variant(index, takeUps, keep)));
  }

  private static Dataset variant(int index, List<ProcedureTakeUp> takeUps, List<Boolean> keep) {
    String five = String.format("079%02d", index);
    MunicipalityCode code = MunicipalityCode.parse(five + MunicipalityCode.checkDigit(five));
    Municipality m = Municipality.builder().code(code).japaneseName("架空市" + index).prefecture(Prefecture.FUKUSHIMA).build();
    DatasetManifest manifest = new DatasetManifest("fictional-" + index, "架空の団体 " + index, m,
        BASE.manifest().fiscalYear(), "FICTIONAL generated test data", List.of());
    List<BlockTakeUp> t = new ArrayList<>();
    for (int i = 0; i < takeUps.size(); i++) {
      ProcedureTakeUp base = BASE.takeUps().get(i).takeUp();
      ProcedureTakeUp.Builder b = ProcedureTakeUp.builder().period(base.period()).procedures(takeUps.get(i).procedures())
          .onlineProcedures(takeUps.get(i).onlineProcedures()).applications(takeUps.get(i).applications())
          .onlineApplications(takeUps.get(i).onlineApplications());
      base.departmentId().ifPresent(b::departmentId);
      t.add(new BlockTakeUp(BASE.takeUps().get(i).block(), b.build()));
    }
    List<BlockInitiative> initiatives = new ArrayList<>();
    for (int i = 0; i < keep.size(); i++) {
      if (keep.get(i)) {
        initiatives.add(BASE.initiatives().get(i));
      }
    }
    return new Dataset(manifest, BASE.departments(), BASE.blocks(), t, initiatives, BASE.workloads(),
        BASE.headlineFigures(), BASE.highlights(), BASE.history(), BASE.kpis(), BASE.roadmap(), BASE.migrationPlan(),
        BASE.plan(), BASE.tools(), BASE.analogRegulation(), BASE.procurement());
  }

  private static Trials<List<Dataset>> members() {
    return API.integers(1, 4).flatMap(n -> {
      Trials<List<Dataset>> acc = API.only(List.of());
      for (int i = 0; i < n; i++) {
        int index = i;
        acc = acc.flatMap(list -> member(index).map(d -> {
          List<Dataset> out = new ArrayList<>(list);
          out.add(d);
          return out;
        }));
      }
      return acc;
    });
  }

  @Test
  void combinedFiguresEqualTheSumsOfTheMembers() {
    members().withLimit(60).supplyTo(datasets -> {
      WiderAreaReport r = WiderAreaReport.of(datasets, ReportBuilderTest.POLICY);
      List<WiderAreaReport.AreaFigures> m = r.members();
      WiderAreaReport.AreaFigures c = r.combined();
      assertThat(m).hasSize(datasets.size());
      assertThat(c.procedures()).isEqualTo(sum(m, WiderAreaReport.AreaFigures::procedures));
      assertThat(c.onlineProcedures()).isEqualTo(sum(m, WiderAreaReport.AreaFigures::onlineProcedures));
      assertThat(c.applications()).isEqualTo(sum(m, WiderAreaReport.AreaFigures::applications));
      assertThat(c.onlineApplications()).isEqualTo(sum(m, WiderAreaReport.AreaFigures::onlineApplications));
      assertThat(c.savedMinutes()).isEqualTo(sum(m, WiderAreaReport.AreaFigures::savedMinutes));
      assertThat(c.notEstimated()).isEqualTo(sum(m, f -> f.notEstimated()));
      assertThat(c.savedHours()).isEqualTo(ReportBuilderTest.POLICY.hours(c.savedMinutes()));
      assertThat(c.applicationTakeUpPercent())
          .isEqualTo(Rate.of(c.onlineApplications(), c.applications()).percent(ReportBuilder.PERCENT));
      for (int i = 0; i < c.beneficiaries().size(); i++) {
        int row = i;
        assertThat(c.beneficiaries().get(i).minutes()).isEqualTo(sum(m, f -> f.beneficiaries().get(row).minutes()));
        assertThat(c.beneficiaries().get(i).items()).isEqualTo(sum(m, f -> f.beneficiaries().get(row).items()));
      }
      for (int i = 0; i < c.fiveLess().size(); i++) {
        int row = i;
        assertThat(c.fiveLess().get(i).category()).isEqualTo(m.get(0).fiveLess().get(i).category());
        assertThat(c.fiveLess().get(i).minutes()).isEqualTo(sum(m, f -> f.fiveLess().get(row).minutes()));
      }
      // and each member's figures are its own report's
      for (int i = 0; i < datasets.size(); i++) {
        DatasetReport own = ReportBuilder.build(datasets.get(i), ReportBuilderTest.POLICY);
        assertThat(m.get(i).onlineApplications()).isEqualTo(own.totals().onlineApplications());
        assertThat(m.get(i).savedMinutes()).isEqualTo(own.fiveLess().totalMinutes());
        assertThat(m.get(i).municipality()).isEqualTo(Optional.of(own.municipality()));
      }
    });
  }

  private static long sum(List<WiderAreaReport.AreaFigures> members, ToLongFunction<WiderAreaReport.AreaFigures> f) {
    return members.stream().mapToLong(f).sum();
  }
}
