/**
 * Legal instruments and provisions: a municipality's 例規 (条例, 規則, 要綱, 告示, 訓令), provision
 * references such as {@code 第十二条の二第二項第三号}, and national laws by their e-Gov law ID.
 */
@DxStyle
package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.DxStyle;
