package org.municipaldx.dataset;

import org.municipaldx.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.municipaldx.core.Department;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationPlan;

/**
 * A loaded, fully validated dataset (see {@code DATASET.md} for the files). {@link DatasetLoader}
 * checks every reference before it builds one, so in a loaded dataset lookups by the ids the dataset
 * itself uses always succeed; the constructor (public, as for every record) checks only that the parts
 * are present. Lists are in file order. Immutable and thread-safe.
 *
 * @param manifest  {@code dataset.json}
 * @param departments  {@code departments.json}
 * @param blocks  {@code blocks.json}, in source order
 * @param takeUps  {@code take-up.json}
 * @param initiatives  {@code initiatives.json}
 * @param workloads  {@code workload.csv}
 * @param headlineFigures  {@code headline-figures.json}
 * @param highlights  {@code highlights.json}
 * @param history  {@code history.json}
 * @param kpis  {@code kpis.json}
 * @param roadmap  {@code roadmap.json}
 * @param migrationPlan  {@code migration-plan.json}, if present
 * @param plan  {@code plan.json}, if present
 * @param tools  {@code tools.json}, if present
 * @param analogRegulation  {@code analog-regulation.json}, if present
 * @param procurement  {@code procurement-sample.json}, if present
 */
public record Dataset(DatasetManifest manifest, List<Department> departments, List<DepartmentBlock> blocks,
    List<BlockTakeUp> takeUps, List<BlockInitiative> initiatives, List<BlockWorkload> workloads,
    List<HeadlineFigure> headlineFigures, List<Highlight> highlights, List<HistoryEvent> history,
    List<KpiSeries> kpis, List<RoadmapItem> roadmap, Optional<MigrationPlan> migrationPlan, Optional<DxPlan> plan,
    Optional<DigitalTools> tools, Optional<AnalogRegulationPolicy> analogRegulation,
    Optional<ProcurementRecords> procurement) {

  /**
   * Copies the lists.
   *
   * @param manifest  {@code dataset.json}
   * @param departments  {@code departments.json}
   * @param blocks  {@code blocks.json}, in source order
   * @param takeUps  {@code take-up.json}
   * @param initiatives  {@code initiatives.json}
   * @param workloads  {@code workload.csv}
   * @param headlineFigures  {@code headline-figures.json}
   * @param highlights  {@code highlights.json}
   * @param history  {@code history.json}
   * @param kpis  {@code kpis.json}
   * @param roadmap  {@code roadmap.json}
   * @param migrationPlan  {@code migration-plan.json}, if present
   * @param plan  {@code plan.json}, if present
   * @param tools  {@code tools.json}, if present
   * @param analogRegulation  {@code analog-regulation.json}, if present
   * @param procurement  {@code procurement-sample.json}, if present
   * @throws IllegalArgumentException if a part is missing
   */
  public Dataset {
    Checks.nonNull(manifest, "Dataset", "manifest");
    departments = Checks.list(departments, "Dataset", "departments");
    blocks = Checks.list(blocks, "Dataset", "blocks");
    takeUps = Checks.list(takeUps, "Dataset", "takeUps");
    initiatives = Checks.list(initiatives, "Dataset", "initiatives");
    workloads = Checks.list(workloads, "Dataset", "workloads");
    headlineFigures = Checks.list(headlineFigures, "Dataset", "headlineFigures");
    highlights = Checks.list(highlights, "Dataset", "highlights");
    history = Checks.list(history, "Dataset", "history");
    kpis = Checks.list(kpis, "Dataset", "kpis");
    roadmap = Checks.list(roadmap, "Dataset", "roadmap");
    migrationPlan = Checks.optional(migrationPlan);
    plan = Checks.optional(plan);
    tools = Checks.optional(tools);
    analogRegulation = Checks.optional(analogRegulation);
    procurement = Checks.optional(procurement);
  }

  /**
   * {@return the department with the id, if the dataset has it}
   *
   * @param id  the id, not null
   */
  public Optional<Department> department(String id) {
    return departments.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * {@return the block with the id, if the dataset has it}
   *
   * @param id  the id, not null
   */
  public Optional<DepartmentBlock> block(String id) {
    return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * {@return the department's Japanese name, with （推定） when inferred, or e.g. 部局名不明（ブロック3）}
   *
   * @param block  a block of this dataset, not null
   */
  public String label(DepartmentBlock block) {
    return block.departmentId().flatMap(this::department)
        .map(d -> d.japaneseName() + (block.departmentInference().isPresent() ? "（推定）" : ""))
        .orElse(block.unknownLabel());
  }

  /**
   * {@return the block's take-up, if the dataset states one}
   *
   * @param blockId  the block's id, not null
   */
  public Optional<BlockTakeUp> takeUp(String blockId) {
    return takeUps.stream().filter(t -> t.block().equals(blockId)).findFirst();
  }

  /**
   * {@return the block's workload comparison, if the dataset states one}
   *
   * @param blockId  the block's id, not null
   */
  public Optional<BlockWorkload> workload(String blockId) {
    return workloads.stream().filter(w -> w.block().equals(blockId)).findFirst();
  }

  /**
   * {@return the block's initiatives in file order, possibly empty}
   *
   * @param blockId  the block's id, not null
   */
  public List<BlockInitiative> initiativesOf(String blockId) {
    return initiatives.stream().filter(i -> i.block().equals(blockId)).collect(Collectors.toList());
  }

  /**
   * {@return the initiative with the id, if the dataset has it}
   *
   * @param id  the id, not null
   */
  public Optional<Initiative> initiative(String id) {
    return initiatives.stream().map(BlockInitiative::initiative).filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * {@return the KPI series with the id, if the dataset has it}
   *
   * @param id  the id, not null
   */
  public Optional<KpiSeries> kpi(String id) {
    return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /**
   * {@return the headline figure with the id, if the dataset has it}
   *
   * @param id  the id, not null
   */
  public Optional<HeadlineFigure> headlineFigure(String id) {
    return headlineFigures.stream().filter(h -> h.id().equals(id)).findFirst();
  }
}
