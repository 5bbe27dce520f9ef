/** The DX report: its content computed from a dataset, and its text, JSON and HTML renderings. */
package org.municipaldx.examples.report;
