/**
 * The office-data ingestion toolkit: encoding detection, streaming record sources whose every field
 * has a {@link org.municipaldx.ingest.Location}, header matching by name, one located
 * {@link org.municipaldx.ingest.Problem} type and one {@link org.municipaldx.ingest.IngestException},
 * and the Excel-safe CSV writer.
 */
package org.municipaldx.ingest;
