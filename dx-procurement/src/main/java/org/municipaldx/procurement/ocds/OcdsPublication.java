package org.municipaldx.procurement.ocds;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * The publisher's side of an OCDS release package: the package URI, the publisher's name, the
 * publication instant, the publisher's registered ocid prefix and optional license and
 * publication-policy URIs. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOcdsPublication.class)
@JsonDeserialize(as = ImmutableOcdsPublication.class)
public abstract class OcdsPublication {
  OcdsPublication() {}

  /** {@return the URI that identifies this package (where it is published), absolute} */
  @NotNull
  public abstract URI uri();

  /** {@return the publisher's name, not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String publisherName();

  /** {@return a URI identifying the publisher, if any} */
  public abstract Optional<URI> publisherUri();

  /** {@return when the package (and each release in it) is published, never null} */
  @NotNull
  public abstract Instant publishedDate();

  /** {@return the publisher's registered ocid prefix, never null} */
  @NotNull
  public abstract OcidPrefix ocidPrefix();

  /** {@return the URI of the data's license, if any} */
  public abstract Optional<URI> license();

  /** {@return the URI of the publication policy, if any} */
  public abstract Optional<URI> publicationPolicy();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.check(uri().isAbsolute(), "OcdsPublication", "uri", uri(), "must be an absolute URI");
    Checks.notBlank(publisherName(), "OcdsPublication", "publisherName");
    publisherUri().ifPresent(u -> Checks.check(u.isAbsolute(), "OcdsPublication", "publisherUri", u, "must be an absolute URI"));
    license().ifPresent(u -> Checks.check(u.isAbsolute(), "OcdsPublication", "license", u, "must be an absolute URI"));
    publicationPolicy().ifPresent(u -> Checks.check(u.isAbsolute(), "OcdsPublication", "publicationPolicy", u,
        "must be an absolute URI"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code OcdsPublication}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OcdsPublication}. */
  public static class Builder extends ImmutableOcdsPublication.Builder {}
}
