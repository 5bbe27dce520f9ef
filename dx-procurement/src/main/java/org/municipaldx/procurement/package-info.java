/**
 * Public-works procurement: the 設計▶積算▶起工▶契約▶監督▶完了検査▶支払 pipeline and its digital
 * state, contracting processes from notice to payment (bids, award, contract, invoices, site
 * events) with their invariants, and the time savings of e-bidding, e-contracts and remote
 * attendance as dx-core estimates.
 */
@DxStyle
package org.municipaldx.procurement;

import org.municipaldx.core.internal.DxStyle;
