/**
 * Legal instruments and provisions: a municipality's 例規 (条例, 規則, 要綱, 告示, 訓令), provision
 * references such as {@code 第十二条の二第二項第三号}, citations as registers write them
 * ({@code 第31条で準用する第10条第1項}, {@link org.municipaldx.regulation.law.ProvisionCitation}), law
 * numbers ({@code 昭和二十六年法律第四号}) and national laws by their e-Gov law ID.
 */
@DxStyle
package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.DxStyle;
