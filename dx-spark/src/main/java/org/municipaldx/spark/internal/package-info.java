/** Aggregation buffers and folds of the Spark aggregators; not API. */
package org.municipaldx.spark.internal;
