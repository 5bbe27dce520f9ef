package org.municipaldx.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.Prefecture;

/**
 * A mutable test-side draft of a contracting process: generators fill it, violation tests break it,
 * {@link #build()} builds the immutable process (and so runs every invariant).
 */
public final class Draft {
  /** 郡山市: code 07203 completes to 072036 (check digit per 総務省's rule, see MunicipalityCode). */
  public static final Municipality KORIYAMA = Municipality.builder()
      .code(MunicipalityCode.parse("072036"))
      .japaneseName("郡山市")
      .englishName("Koriyama City")
      .prefecture(Prefecture.FUKUSHIMA)
      .build();

  public String id = "R5-0001";
  public String title = "市道改良工事";
  public Municipality buyer = KORIYAMA;
  public ProcurementMethod method = ProcurementMethod.OPEN_TENDER;
  public ProcurementCategory category = ProcurementCategory.WORKS;
  public LocalDate noticeDate = LocalDate.of(2023, 4, 3);
  public Channel biddingChannel = Channel.ELECTRONIC;
  public OptionalLong estimatedPriceYen = OptionalLong.empty();
  public List<Bid> bids = new ArrayList<>();
  public Award award;
  public Contract contract;
  public List<Invoice> invoices = new ArrayList<>();
  public List<SiteEvent> siteEvents = new ArrayList<>();

  /** @return the process, running every invariant */
  public ContractingProcess build() {
    ContractingProcess.Builder b = ContractingProcess.builder()
        .id(id).title(title).buyer(buyer).method(method).category(category)
        .noticeDate(noticeDate).biddingChannel(biddingChannel)
        .addAllBids(bids).addAllInvoices(invoices).addAllSiteEvents(siteEvents);
    estimatedPriceYen.ifPresent(b::estimatedPriceYen);
    if (award != null) {
      b.award(award);
    }
    if (contract != null) {
      b.contract(contract);
    }
    return b.build();
  }

  /** @return a copy whose lists can be changed independently */
  public Draft copy() {
    Draft d = new Draft();
    d.id = id;
    d.title = title;
    d.buyer = buyer;
    d.method = method;
    d.category = category;
    d.noticeDate = noticeDate;
    d.biddingChannel = biddingChannel;
    d.estimatedPriceYen = estimatedPriceYen;
    d.bids = new ArrayList<>(bids);
    d.award = award;
    d.contract = contract;
    d.invoices = new ArrayList<>(invoices);
    d.siteEvents = new ArrayList<>(siteEvents);
    return d;
  }

  @Override
  public String toString() {
    return "Draft[" + id + ", bids=" + bids.size() + ", award=" + (award != null) + ", contract=" + (contract != null)
        + ", invoices=" + invoices.size() + ", events=" + siteEvents.size() + "]";
  }
}
