/** The 20 standardised core business operations (基幹業務システム) and a municipality's migration plan. */
@DxStyle
package org.municipaldx.core.standard;

import org.municipaldx.core.internal.DxStyle;
