/**
 * A municipality's DX dataset as a directory of JSON and CSV files typed by the dx-core model: the
 * loader that validates a directory (or a folder on the class path) against the model's schemas and
 * cross-references, and the small record types for what the model has no type for.
 */
package org.municipaldx.dataset;
