/**
 * Excel workbooks ({@code .xlsx}) read as a stream of rows, safely: zip bombs and DTDs refused,
 * formulas read as their cached values, every cell located as Excel shows it ({@code 手続!C12}).
 */
package org.municipaldx.ingest.xlsx;
