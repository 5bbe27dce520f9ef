/** municipal-dx procurement API. */
@DxStyle
package org.municipaldx.procurement;

import org.municipaldx.core.internal.DxStyle;
