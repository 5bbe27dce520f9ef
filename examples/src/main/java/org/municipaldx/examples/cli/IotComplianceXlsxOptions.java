package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.ingest.ReadingsXlsxReader;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import picocli.CommandLine;

/** The workbook side of {@code dx iot compliance}: readings from {@code .xlsx}, {@code --format xlsx --out FILE}. */
final class IotComplianceXlsxOptions {
  private IotComplianceXlsxOptions() {}

  /** Rejects --out without --format xlsx (and the reverse), and --sheet without a workbook to read. */
  static void check(CommandLine cl, String format, Path out, String sheet, List<Path> readings) {
    if ("xlsx".equals(format) && out == null) {
      throw new CommandLine.ParameterException(cl, "--format xlsx needs --out FILE (a workbook is not text)");
    }
    if (out != null && !"xlsx".equals(format)) {
      throw new CommandLine.ParameterException(cl, "--out: only with --format xlsx");
    }
    if (sheet != null && (readings == null || readings.stream().noneMatch(ReadingsXlsxReader::isWorkbook))) {
      throw new CommandLine.ParameterException(cl, "--sheet: only with --readings of an .xlsx workbook");
    }
  }

  /** Reads one readings file: a workbook by its name (.xlsx, .xlsm), else CSV. */
  static long read(ReadingsCsvReader reader, Path file, String sheet, ComplianceAccumulator acc) {
    if (!ReadingsXlsxReader.isWorkbook(file)) {
      return reader.read(file, acc);
    }
    ReadingsXlsxReader x = ReadingsXlsxReader.of(reader);
    return (sheet == null ? x : x.withSheet(sheet)).read(file, acc);
  }

  static void write(Path file, ComplianceTable table, List<UplinkReader.Result> results, UplinkProblems problems,
      IotComplianceCommand.Saving saving) {
    try (OutputStream os = Files.newOutputStream(file)) {
      IotComplianceXlsx.write(table, results, problems, saving, os);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
