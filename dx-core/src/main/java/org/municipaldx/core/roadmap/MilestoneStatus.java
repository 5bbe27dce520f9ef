package org.municipaldx.core.roadmap;

import org.municipaldx.core.Labelled;

/** Whether a milestone was reached. */
public enum MilestoneStatus implements Labelled {
  /** 予定: scheduled, not yet due or not yet assessed. */
  SCHEDULED("予定", "scheduled"),
  /** 達成: met. */
  MET("達成", "met"),
  /** 未達成: not met. */
  NOT_MET("未達成", "not met"),
  /** 一部達成: partially met. */
  PARTIALLY_MET("一部達成", "partially met");

  private final String japaneseName;
  private final String englishName;

  MilestoneStatus(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
