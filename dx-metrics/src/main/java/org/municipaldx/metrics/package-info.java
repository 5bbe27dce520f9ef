/** The time-performance calculator: rounding, notation, audit, rates, roll-ups and batch kernels. */
@DxStyle
package org.municipaldx.metrics;

import org.municipaldx.core.internal.DxStyle;
