/** The {@code dx} command line (picocli): report, audit, decode-lpp, ocds, validate, rollup, regulations. */
package org.municipaldx.examples.cli;
