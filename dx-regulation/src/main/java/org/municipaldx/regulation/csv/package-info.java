/**
 * CSV import and export of an analog-regulation inventory and its review history, for Excel:
 * UTF-8 with a byte-order mark and CRLF on output, UTF-8 (with or without BOM) or Windows-31J on
 * input, formula-injection-safe cells, and errors naming file, line and column.
 */
package org.municipaldx.regulation.csv;
