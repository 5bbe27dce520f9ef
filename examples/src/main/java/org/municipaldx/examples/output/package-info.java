/**
 * The typed records that the {@code dx} commands write as JSON ({@code --format json}), one root record
 * per command; their JSON Schemas are generated from these records at build time and shipped under
 * {@code org/municipaldx/examples/schema/} (see {@link org.municipaldx.examples.output.OutputSchemas}).
 */
package org.municipaldx.examples.output;
