/**
 * The analog-regulation inventory (アナログ規制の点検・見直し): the Digital Agency's regulation
 * types, their sub-types and PHASEs, technology substitutes and the regulation items a municipality
 * reviews.
 */
@DxStyle
package org.municipaldx.regulation;

import org.municipaldx.core.internal.DxStyle;
