/** The source material's formula notation ({@code 30分×1,303件=39,090分=651.5時間}): render, parse and audit. */
@DxStyle
package org.municipaldx.metrics.notation;

import org.municipaldx.core.internal.DxStyle;
