package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * A business that bids for or holds a contract (事業者). The id is the municipality's own key for it
 * (e.g. its 業者番号). Immutable and thread-safe; build with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplier.class)
@JsonDeserialize(as = ImmutableSupplier.class)
public abstract class Supplier {
  Supplier() {}

  /** {@return the id, matching {@value Ids#RECORD_ID_PATTERN}} */
  @NotNull
  @Pattern(regexp = Ids.RECORD_ID_PATTERN, message = "{org.municipaldx.RecordId.message}")
  public abstract String id();

  /** {@return the business name, e.g. 株式会社〇〇建設; not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String name();

  /** {@return the 法人番号, if the business is a corporation and it is known} */
  public abstract Optional<CorporateNumber> corporateNumber();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    ContractingProcess.checkId(id(), "Supplier", "id");
    Checks.notBlank(name(), "Supplier", "name");
  }

  /**
   * {@return the supplier, never null}
   *
   * @param id  the id, not null
   * @param name  the name, not blank
   */
  public static Supplier of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Supplier}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Supplier}. */
  public static class Builder extends ImmutableSupplier.Builder {}
}
