package org.municipaldx.procurement.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The official OCDS 1.1.5 schemas and codelists from {@code ${shared.dir}/data/ocds-1.1.5/} (see
 * {@code shared/data/README.md}), and checks of exported JSON against them with networknt
 * json-schema-validator 3 (draft-04).
 *
 * <p>The package schema refers to the release schema by its canonical URL; the registry's resource
 * loader serves that URL prefix from the local folder, so nothing is fetched from the network. Each release is also
 * validated against the dereferenced release schema.
 */
final class OcdsSchema {
  /** The canonical URL prefix of the 1.1.5 schemas, as in the package schema's {@code $ref}. */
  static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";

  static final String SKIP_REASON =
      "OCDS 1.1.5 schema not found: set system property shared.dir to a folder with data/ocds-1.1.5/ (CI has it)";

  private static Schema packageSchema;
  private static Schema releaseSchema;
  private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

  private OcdsSchema() {}

  /** @return the folder with the schemas, if present */
  static Optional<Path> dir() {
    String shared = System.getProperty("shared.dir");
    if (shared == null) {
      return Optional.empty();
    }
    Path d = Path.of(shared, "data", "ocds-1.1.5").toAbsolutePath().normalize();
    return Files.isRegularFile(d.resolve("release-package-schema.json")) ? Optional.of(d) : Optional.empty();
  }

  static boolean present() {
    return dir().isPresent();
  }

  private static synchronized void load() {
    if (packageSchema != null) {
      return;
    }
    Path d = dir().orElseThrow(() -> new IllegalStateException(SKIP_REASON));
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.resourceLoaders(r -> r.resources(iri -> iri.startsWith(CANONICAL) ? read(d.resolve(iri.substring(CANONICAL.length()))) : null)));
    Schema pkg = registry.getSchema(SchemaLocation.of(CANONICAL + "release-package-schema.json"));
    SchemaRegistry deref = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    Path dereferenced = d.resolve("dereferenced-release-schema.json");
    releaseSchema = deref.getSchema(SchemaLocation.of(dereferenced.toUri().toString()), read(dereferenced), InputFormat.JSON);
    packageSchema = pkg;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * @param packageJson  a release package
   * @param releases  its releases, each serialised
   * @return every schema error, with its location; empty when valid
   */
  static List<String> errors(String packageJson, List<String> releases) {
    load();
    List<String> out = new ArrayList<>();
    packageSchema.validate(packageJson, InputFormat.JSON).forEach(e -> out.add("package: " + e));
    for (int i = 0; i < releases.size(); i++) {
      int k = i;
      releaseSchema.validate(releases.get(i), InputFormat.JSON).forEach(e -> out.add("releases[" + k + "]: " + e));
    }
    return out;
  }

  /**
   * @param name  the codelist file name without {@code .csv}, e.g. partyRole
   * @return its codes, never empty
   */
  static synchronized Set<String> codes(String name) {
    return CODELISTS.computeIfAbsent(name, n -> {
      Path csv = dir().orElseThrow(() -> new IllegalStateException(SKIP_REASON)).resolve("codelists").resolve(n + ".csv");
      try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
        Set<String> codes = it.readAll().stream().map(m -> m.get("Code")).collect(Collectors.toCollection(TreeSet::new));
        if (codes.isEmpty()) {
          throw new IllegalStateException("codelist " + csv + " has no codes");
        }
        return codes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Checks the codelist-valued fields of an exported package against the codelist CSVs.
   *
   * @param pkg  the package tree
   * @return one line per value not in its codelist; empty when all are
   */
  static List<String> codelistErrors(JsonNode pkg) {
    List<String> out = new ArrayList<>();
    JsonNode releases = pkg.get("releases");
    for (int i = 0; i < releases.size(); i++) {
      JsonNode r = releases.get(i);
      String at = "releases[" + i + "]";
      each(r.path("tag"), "releaseTag", at + ".tag", out);
      one(r.path("initiationType"), "initiationType", at + ".initiationType", out);
      for (JsonNode party : r.path("parties")) {
        each(party.path("roles"), "partyRole", at + ".parties[" + party.path("id").asText() + "].roles", out);
      }
      JsonNode t = r.path("tender");
      one(t.path("status"), "tenderStatus", at + ".tender.status", out);
      one(t.path("procurementMethod"), "method", at + ".tender.procurementMethod", out);
      one(t.path("mainProcurementCategory"), "procurementCategory", at + ".tender.mainProcurementCategory", out);
      each(t.path("submissionMethod"), "submissionMethod", at + ".tender.submissionMethod", out);
      currency(t.path("value"), at + ".tender.value", out);
      for (JsonNode a : r.path("awards")) {
        one(a.path("status"), "awardStatus", at + ".awards.status", out);
        currency(a.path("value"), at + ".awards.value", out);
      }
      for (JsonNode c : r.path("contracts")) {
        one(c.path("status"), "contractStatus", at + ".contracts.status", out);
        currency(c.path("value"), at + ".contracts.value", out);
        for (JsonNode m : c.path("implementation").path("milestones")) {
          one(m.path("type"), "milestoneType", at + ".milestones.type", out);
          one(m.path("status"), "milestoneStatus", at + ".milestones.status", out);
        }
        for (JsonNode tx : c.path("implementation").path("transactions")) {
          currency(tx.path("value"), at + ".transactions.value", out);
        }
      }
    }
    return out;
  }

  private static void currency(JsonNode value, String at, List<String> out) {
    if (!value.isMissingNode()) {
      one(value.path("currency"), "currency", at + ".currency", out);
    }
  }

  private static void each(JsonNode array, String codelist, String at, List<String> out) {
    for (JsonNode v : array) {
      one(v, codelist, at, out);
    }
  }

  private static void one(JsonNode v, String codelist, String at, List<String> out) {
    if (v.isMissingNode()) {
      return;
    }
    if (!codes(codelist).contains(v.asText())) {
      out.add(at + ": '" + v.asText() + "' is not in codelist " + codelist);
    }
  }
}
