/** Environmental standards with effective dates, and compliance reports of readings against them. */
@DxStyle
package org.municipaldx.iot.standard;

import org.municipaldx.core.internal.DxStyle;
