/** CSV in and out for office data: UTF-8 (with or without BOM) and Windows-31J in, Excel-safe out. */
package org.municipaldx.metrics.csv;
