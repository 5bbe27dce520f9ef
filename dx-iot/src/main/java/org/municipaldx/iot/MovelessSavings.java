package org.municipaldx.iot;

import java.util.Objects;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;

/**
 * The ムーブレス (moveless) saving of replacing manual measuring rounds by sensors: the minutes a
 * person spends per place, times the places, times the days a year the round is walked, as a
 * dx-core {@link FormulaEstimate} so that it renders in the source's notation, e.g. the seed's
 * {@code 5分×64か所×250日=80,000分}.
 */
public final class MovelessSavings {
  private MovelessSavings() {}

  /**
   * {@return the formula {@code minutesPerPlace分×placesか所×days日} without stated figures, never
   * null}
   *
   * @param minutesPerPlace  minutes a manual measurement takes per place, zero or more
   * @param places  the number of places (か所) replaced by sensors, zero or more
   * @param days  the days a year the round is made, zero or more
   * @throws IllegalArgumentException if a number is negative or the product overflows
   */
  public static FormulaEstimate manualRounds(long minutesPerPlace, long places, long days) {
    return builder(minutesPerPlace, places, days).build();
  }

  /**
   * {@return the formula with its description, never null}
   *
   * @param minutesPerPlace  minutes a manual measurement takes per place, zero or more
   * @param places  the number of places (か所) replaced by sensors, zero or more
   * @param days  the days a year the round is made, zero or more
   * @param description  what is saved, as the source puts it, not blank
   * @throws IllegalArgumentException if a number is negative or the product overflows
   */
  public static FormulaEstimate manualRounds(long minutesPerPlace, long places, long days, String description) {
    Objects.requireNonNull(description, "description");
    return builder(minutesPerPlace, places, days).description(description).build();
  }

  /**
   * A builder preset with the three factors, to which the caller may add stated figures, a label or
   * a description.
   *
   * @param minutesPerPlace  minutes per place
   * @param places  places
   * @param days  days a year
   * @return the builder, never null
   */
  public static FormulaEstimate.Builder builder(long minutesPerPlace, long places, long days) {
    FormulaEstimate.Builder b = FormulaEstimate.builder();
    b.addFactors(Factor.of(minutesPerPlace, "分"), Factor.of(places, "か所"), Factor.of(days, "日"));
    return b;
  }
}
