/** Export of contracting processes as Open Contracting Data Standard (OCDS) 1.1.5 release packages. */
@DxStyle
package org.municipaldx.procurement.ocds;

import org.municipaldx.core.internal.DxStyle;
