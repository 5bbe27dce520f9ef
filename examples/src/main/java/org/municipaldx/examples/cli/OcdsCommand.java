package org.municipaldx.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.dataset.ProcurementRecords;
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
  public static final String FILE = DatasetLoader.PROCUREMENT_FILE;

  @Option(names = "--data", paramLabel = "DIR", description = "a dataset directory (default: the bundled Koriyama FY2023 dataset)")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the release package")
  Path out;

  @Option(names = "--ocid-prefix", paramLabel = "PREFIX",
      description = "the publisher's registered ocid prefix (ocds-xxxxxx); default: the one in the dataset file")
  String ocidPrefix;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--procurement", paramLabel = "FILE",
      description = "read the contracting processes from this file (the layout of a dataset's " + DatasetLoader.PROCUREMENT_FILE
          + ") instead of the dataset's")
  Path procurement;

  /** The records: from {@code --procurement}, else from the dataset (validated with all its files). */
  ProcurementRecords read() throws IOException {
    if (procurement != null) {
      if (!Files.isRegularFile(procurement)) {
        throw new java.io.FileNotFoundException(procurement + ": no such file");
      }
      try {
        return DxJson.read(Files.readString(procurement, StandardCharsets.UTF_8), ProcurementRecords.class);
      } catch (DxJsonException e) {
        throw new org.municipaldx.core.InputException(e.where().withSource(procurement.toString()), e.why(), e);
      }
    }
    Dataset dataset = data == null ? BundledDataset.load() : DatasetLoader.load(data);
    return dataset.procurement().orElseThrow(() -> new org.municipaldx.core.InputException(
        org.municipaldx.core.InputLocation.of(data == null ? "the bundled dataset" : data.resolve(FILE).toString()),
        "no such file; the OCDS export needs it (or give --procurement FILE)", null));
  }

  @Override
  public Integer call() throws IOException {
    ProcurementRecords records = read();
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
