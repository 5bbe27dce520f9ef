/** municipal-dx regulation API. */
@DxStyle
package org.municipaldx.regulation;

import org.municipaldx.core.internal.DxStyle;
