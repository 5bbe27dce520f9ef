package org.municipaldx.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * A 部局 (department, bureau or committee secretariat) of a municipality.
 *
 * <p>The id is the stable key other records use ({@link Ids#MODEL_ID_PATTERN}); the names are for
 * people. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public abstract class Department {
  Department() {}

  /** {@return the stable id, e.g. {@code health-welfare}} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String id();

  /** {@return the Japanese name, e.g. 保健福祉部} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String japaneseName();

  /** {@return the English name, if known} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> englishName();

  /** {@return the kind of organisation, never null} */
  @NotNull
  public abstract DepartmentKind kind();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.check(Ids.isModelId(id()), "Department", "id", id(), "must match " + Ids.MODEL_ID_PATTERN);
    Checks.notBlank(japaneseName(), "Department", "japaneseName");
    englishName().ifPresent(n -> Checks.notBlank(n, "Department", "englishName"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Department}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Department}. */
  public static class Builder extends ImmutableDepartment.Builder {}
}
