/** Build-time generation of the model's JSON Schemas; not API. */
package org.municipaldx.core.internal.schema;
