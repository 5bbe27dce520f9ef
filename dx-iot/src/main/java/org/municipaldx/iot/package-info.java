/** municipal-dx iot API. */
@DxStyle
package org.municipaldx.iot;

import org.municipaldx.core.internal.DxStyle;
