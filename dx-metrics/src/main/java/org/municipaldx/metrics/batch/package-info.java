/** Columnar batch kernels over procedure-year rows: exact roll-ups, mergeable partial results, parallel mode. */
@DxStyle
package org.municipaldx.metrics.batch;

import org.municipaldx.core.internal.DxStyle;
