package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;

/**
 * {@code XlsxReader.closing}: what a failed read of a workbook becomes (issue 13 part 4, issue 13x; PIT's
 * uncovered mutants 221 and 226 of commit ade8b7d, which no workbook reaches: it needs the structure read by
 * FastExcel and then a failure other than a refusal, such as a file changed between two reads). The rules: the
 * workbook is closed; a refusal is passed on as it is; any other fault becomes a MALFORMED refusal that keeps
 * it as its cause; a failure to close is kept as suppressed, not lost and not in place of the fault.
 */
class XlsxReaderClosingTest {
  /** A workbook whose close fails (after closing). */
  private static final class FailingClose extends ReadableWorkbook {
    boolean closed;

    FailingClose(File file) throws IOException {
      super(file);
    }

    @Override
    public void close() throws IOException {
      super.close();
      closed = true;
      throw new IOException("close failed");
    }
  }

  @Test
  void anotherFaultBecomesAMalformedRefusalAndAFailedCloseIsKeptAsSuppressed(@TempDir Path dir) throws IOException {
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).write(dir, "w.xlsx");
    FailingClose wb = new FailingClose(file.toFile());
    IllegalStateException fault = new IllegalStateException("the part changed");
    XlsxException x = XlsxReader.closing(wb, "w.xlsx", fault);
    assertThat(wb.closed).as("the workbook is closed").isTrue();
    assertThat(x).isNotNull();
    assertThat(x.rule()).isEqualTo(XlsxRefusal.MALFORMED);
    assertThat(x.getCause()).isSameAs(fault);
    assertThat(x.problem().reason()).isEqualTo("the workbook cannot be read: the part changed");
    assertThat(x.location()).isEqualTo(new EntryLocation("w.xlsx", "", -1));
    assertThat(fault.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("close failed"));
  }

  @Test
  void aRefusalIsPassedOnAsItIs(@TempDir Path dir) throws IOException {
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).write(dir, "w.xlsx");
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      XlsxException refusal = XlsxException.at("w.xlsx", "xl/worksheets/sheet1.xml", 7, XlsxRefusal.DTD, "a DTD", null);
      assertThat(XlsxReader.closing(wb, "w.xlsx", refusal)).isSameAs(refusal);
      assertThat(refusal.getSuppressed()).isEmpty();
    }
  }
}
