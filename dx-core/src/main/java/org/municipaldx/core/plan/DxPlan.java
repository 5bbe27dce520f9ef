package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * A municipality's DX plan in the mission–vision–value form: its name, mission, visions, values,
 * period and organisation. Vision and value numbers are unique. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDxPlan.class)
@JsonDeserialize(as = ImmutableDxPlan.class)
public abstract class DxPlan {
  DxPlan() {}

  /** {@return the plan's name, e.g. DX郡山推進計画} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String name();

  /** {@return the mission statement} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String mission();

  /** {@return the mission's subtitle or slogan, if any} */
  public abstract Optional<String> missionSubtitle();

  /** {@return the overall vision statement above the numbered visions, if any} */
  public abstract Optional<String> visionStatement();

  /** {@return the numbered visions (Vision 1–3 in Koriyama's plan), numbers unique, possibly empty} */
  public abstract List<@Valid Vision> visions();

  /** {@return the numbered values (Value 1–5 in Koriyama's plan), numbers unique, possibly empty} */
  public abstract List<@Valid PlanValue> values();

  /** {@return the plan period in fiscal years} */
  @NotNull
  public abstract FiscalYearRange period();

  /** {@return when the plan was adopted, if stated} */
  public abstract Optional<YearMonth> adopted();

  /** {@return when it was last revised, if stated} */
  public abstract List<YearMonth> revisions();

  /** {@return the bodies that run the plan and their roles} */
  public abstract List<@Valid OrganisationRole> organisation();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(name(), "DxPlan", "name");
    Checks.notBlank(mission(), "DxPlan", "mission");
    Set<Integer> seen = new HashSet<>();
    for (Vision v : visions()) {
      Checks.check(seen.add(v.number()), "DxPlan", "visions.number", v.number(), "must be unique");
    }
    seen.clear();
    for (PlanValue v : values()) {
      Checks.check(seen.add(v.number()), "DxPlan", "values.number", v.number(), "must be unique");
    }
  }

  /**
   * Looks a vision up by its number.
   *
   * @param number  the vision's number, e.g. 1 for Vision 1
   * @return the vision with the number, if the plan has it
   */
  public Optional<Vision> vision(int number) {
    return visions().stream().filter(v -> v.number() == number).findFirst();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code DxPlan}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DxPlan}. */
  public static class Builder extends ImmutableDxPlan.Builder {}

  /** A body in the plan's organisation and its role, e.g. DX推進アドバイザー（外部委員）. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableOrganisationRole.class)
  @JsonDeserialize(as = ImmutableOrganisationRole.class)
  public abstract static class OrganisationRole {
    OrganisationRole() {}

    /** {@return the body, e.g. DX推進本部, not blank} */
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public abstract String body();

    /** {@return what it does in the plan, as stated, not blank} */
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public abstract String role();

    /**
     * Rejects an instance that breaks this type's rules; the generated implementation calls it each
     * time an instance is built, so an invalid instance never exists.
     *
     * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
     *     rule broken
     */
    @Value.Check
    protected void check() {
      Checks.notBlank(body(), "OrganisationRole", "body");
      Checks.notBlank(role(), "OrganisationRole", "role");
    }

    /**
     * Creates a body's role.
     *
     * @param body  the body, not blank
     * @param role  its role, not blank
     * @return the role, never null
     * @throws org.municipaldx.core.InvalidValueException if either is blank
     */
    public static OrganisationRole of(String body, String role) {
      return ImmutableOrganisationRole.builder().body(body).role(role).build();
    }
  }
}
