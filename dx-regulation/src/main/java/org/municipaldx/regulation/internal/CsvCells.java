package org.municipaldx.regulation.internal;

/**
 * Protection of CSV cells against formula injection when a file is opened in a spreadsheet
 * (OWASP "CSV Injection": cells starting with {@code = + - @}, tab or carriage return are
 * evaluated as formulas).
 *
 * <p>{@link #protect} prefixes such a cell with an apostrophe, which spreadsheets take as "text";
 * it prefixes a cell that already starts with an apostrophe too, so that {@link #unprotect}, which
 * drops one leading apostrophe, is its exact inverse. Not API.
 */
public final class CsvCells {
  private CsvCells() {}

  /**
   * @param cell  the cell text, not null
   * @return the text to write, never null
   */
  public static String protect(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
      return "'" + cell;
    }
    return cell;
  }

  /**
   * @param cell  the cell text as read, not null
   * @return the text without one leading apostrophe, never null
   */
  public static String unprotect(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
