/** A municipality's DX plan (mission, visions, values, period), its five-less KPI series and workload surveys. */
@DxStyle
package org.municipaldx.core.plan;

import org.municipaldx.core.internal.DxStyle;
