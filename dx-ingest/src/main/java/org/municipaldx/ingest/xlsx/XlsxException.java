package org.municipaldx.ingest.xlsx;

import java.util.List;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.EntryLocation;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Problem;

/**
 * A workbook refused as a whole: the toolkit's {@link IngestException} with one {@link Problem}
 * located in the archive ({@link EntryLocation}: the zip entry and the byte offset in it) or at a
 * cell ({@link CellLocation}), and the rule broken as a field ({@link #rule()}).
 */
public final class XlsxException extends IngestException {
  private static final long serialVersionUID = 1L;

  /** The rule the workbook broke. */
  private final XlsxRefusal rule;

  /**
   * Creates the error of a workbook refused as a whole.
   *
   * @param problem  where and why, not null
   * @param rule  the rule broken, not null
   * @param cause  the underlying failure, or null
   */
  public XlsxException(Problem problem, XlsxRefusal rule, Throwable cause) {
    super(problem.source(), List.of(problem), 1);
    this.rule = java.util.Objects.requireNonNull(rule, "rule");
    if (cause != null) {
      initCause(cause);
    }
  }

  static XlsxException at(String source, String entry, long offset, XlsxRefusal rule, String reason,
      Throwable cause) {
    return new XlsxException(Problem.of(new EntryLocation(source, entry, offset), reason), rule, cause);
  }

  static XlsxException at(Location location, XlsxRefusal rule, String reason, Throwable cause) {
    return new XlsxException(Problem.of(location, reason), rule, cause);
  }

  /** {@return the rule broken} */
  public XlsxRefusal rule() {
    return rule;
  }

  /** {@return the one problem: where and why} */
  public Problem problem() {
    return problems().get(0);
  }

  /** {@return where the workbook was refused} */
  public Location location() {
    return problem().location();
  }
}
