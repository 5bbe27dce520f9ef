/** Initiatives (取組): what a department does for DX, for whom, tagged, with its expected time saving. */
@DxStyle
package org.municipaldx.core.initiative;

import org.municipaldx.core.internal.DxStyle;
