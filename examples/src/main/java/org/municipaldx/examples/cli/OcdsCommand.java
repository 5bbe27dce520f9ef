package org.municipaldx.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.ocds.OcdsExporter;
import org.municipaldx.procurement.ocds.OcdsPublication;
import org.municipaldx.procurement.ocds.OcidPrefix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dx ocds --out FILE}: the dataset's procurement records as an OCDS 1.1.5 release package. */
@Command(name = "ocds", mixinStandardHelpOptions = true,
    description = {"Exports the contracting processes of a dataset (procurement-sample.json) as an OCDS 1.1.5",
        "release package. The bundled Koriyama dataset has only counts in its source, so its file is a small,",
        "clearly labelled illustrative sample."})
public final class OcdsCommand implements Callable<Integer> {
  /** The file of a dataset directory holding its contracting processes. */
  public static final String FILE = "procurement-sample.json";

  @Option(names = "--data", paramLabel = "DIR", description = "a dataset directory (default: the bundled Koriyama FY2023 dataset)")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the release package")
  Path out;

  @Option(names = "--ocid-prefix", paramLabel = "PREFIX",
      description = "the publisher's registered ocid prefix (ocds-xxxxxx); default: the one in the dataset file")
  String ocidPrefix;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The dataset file: the publication details and the processes. */
  record ProcurementRecords(
      boolean illustrative,
      String note,
      @JsonDeserialize(as = OcdsPublication.class) OcdsPublication publication,
      List<ContractingProcess> processes) {}

  static ProcurementRecords read(Path data) throws IOException {
    String json;
    String where;
    if (data == null) {
      where = "bundled dataset/" + FILE;
      try (InputStream in = OcdsCommand.class.getResourceAsStream("/org/municipaldx/examples/data/koriyama-fy2023/" + FILE)) {
        if (in == null) {
          throw new IOException("the bundled dataset has no " + FILE);
        }
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      Path file = data.resolve(FILE);
      where = file.toString();
      if (!Files.isRegularFile(file)) {
        throw new org.municipaldx.core.InputException(org.municipaldx.core.InputLocation.of(where),
            "no such file; a dataset needs it for the OCDS export", null);
      }
      json = Files.readString(file, StandardCharsets.UTF_8);
    }
    try {
      return DxJson.read(json, ProcurementRecords.class);
    } catch (DxJsonException e) {
      throw new org.municipaldx.core.InputException(e.where().withSource(where), e.why(), e);
    }
  }

  @Override
  public Integer call() throws IOException {
    ProcurementRecords records = read(data);
    OcdsPublication publication = records.publication();
    if (ocidPrefix != null) {
      OcdsPublication p = publication;
      publication = OcdsPublication.builder().uri(p.uri()).publisherName(p.publisherName())
          .publisherUri(p.publisherUri()).publishedDate(p.publishedDate()).license(p.license())
          .publicationPolicy(p.publicationPolicy()).ocidPrefix(OcidPrefix.parse(ocidPrefix)).build();
    }
    ObjectMapper mapper = DxJson.mapper();
    String pkg = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
        OcdsExporter.of(publication).releasePackage(records.processes()));
    Files.writeString(out, pkg + "\n", StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("wrote %d release(s) to %s%s%n", records.processes().size(), out,
        records.illustrative() ? " (illustrative sample data, not real records)" : "");
    return DxCommand.OK;
  }
}
