/**
 * The library's exact kernels on Apache Spark: aggregators for the procedure-year roll-up, reading
 * summaries and environmental-standard compliance (Dataset API and SQL), Spark sources in the
 * library's column layouts, Cayenne LPP decoding as a Spark function, and the nationwide job.
 */
package org.municipaldx.spark;
