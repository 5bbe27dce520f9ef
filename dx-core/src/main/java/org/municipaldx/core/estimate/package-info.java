/**
 * Time-saving estimates with their provenance: a formula in exact integer minutes, a lump sum
 * computed elsewhere (別途積算), a measured before/after, pending (検証中) or none (—).
 */
@DxStyle
package org.municipaldx.core.estimate;

import org.municipaldx.core.internal.DxStyle;
