/**
 * The review workflow of an analog-regulation item (洗い出し → 該非判断 → 類型分類 → 見直し方針 →
 * 改正 → フォローアップ), its history, and progress counts over an inventory.
 */
@DxStyle
package org.municipaldx.regulation.review;

import org.municipaldx.core.internal.DxStyle;
