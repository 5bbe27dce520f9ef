/** Streaming, mergeable aggregates of readings, latest values and gaps, on objects or on columns. */
package org.municipaldx.iot.aggregate;
