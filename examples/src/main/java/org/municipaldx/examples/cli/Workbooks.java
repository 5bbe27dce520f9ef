package org.municipaldx.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.ingest.xlsx.XlsxSource;
import picocli.CommandLine;

/** How the commands that read office data tell a workbook from a CSV file and open its sheet. */
final class Workbooks {
  private Workbooks() {}

  /** @return whether the file is an Excel workbook, by its name ({@code .xlsx} or {@code .xlsm}) */
  static boolean isWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm");
  }

  /**
   * @param file  a workbook
   * @param sheet  the sheet's name, or null for the first visible sheet
   * @return its records; close them
   */
  static XlsxSource open(Path file, String sheet) {
    XlsxReader reader = XlsxReader.create();
    return (sheet == null ? reader : reader.withSheet(sheet)).open(file);
  }

  /**
   * @param file  a workbook
   * @param sheet  the sheet's name, or null for the first visible sheet
   * @param threads  the threads that parse the sheet ({@link XlsxReader#withThreads})
   * @return its records; close them
   */
  static XlsxSource open(Path file, String sheet, int threads) {
    XlsxReader reader = XlsxReader.create().withThreads(threads);
    return (sheet == null ? reader : reader.withSheet(sheet)).open(file);
  }

  /** Rejects --sheet for a file that is not a workbook. */
  static void checkSheetOption(CommandLine cl, Path file, String sheet) {
    if (sheet != null && !isWorkbook(file)) {
      throw new CommandLine.ParameterException(cl, "--sheet: only for an .xlsx workbook (was given with '"
          + file.getFileName() + "')");
    }
  }
}
