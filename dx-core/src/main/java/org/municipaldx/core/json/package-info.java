/**
 * The JSON contract: one configured Jackson mapper (strict by default, tolerant on request), located
 * read errors, and the JSON Schemas generated from the model and shipped in this jar.
 */
package org.municipaldx.core.json;
