/** Strategic roadmaps: items with a future vision, a target fiscal year, per-year actions by track, budgets and milestones. */
@DxStyle
package org.municipaldx.core.roadmap;

import org.municipaldx.core.internal.DxStyle;
