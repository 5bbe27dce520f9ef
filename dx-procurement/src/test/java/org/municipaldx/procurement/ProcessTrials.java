package org.municipaldx.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.stream.Collectors;

/**
 * dx-procurement's generators (Americium {@link Trials}) in one place: valid contracting processes at
 * every stage from notice to settled payment, and 法人番号. The details of a draft come from a
 * {@link Random} whose seed is part of the case, so a failing case shrinks in its stage, counts and
 * seed and prints with the recipe that reproduces it.
 */
public final class ProcessTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();
  private static final ZoneId JST = ContractingProcess.ZONE;
  private static final long MAX_YEN = 10_000_000_000L;

  private ProcessTrials() {}

  /** @return drafts of valid processes; stage 0 = notice only … 4 = fully invoiced and paid */
  public static Trials<Draft> drafts() {
    List<Character> idChars = "abcdefghijklmnopqrstuvwxyz0123456789".chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    Trials<String> idSuffixes = API.integers(1, 8).flatMap(n -> API.choose(idChars).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    return API.integers(0, 4).flatMap(stage -> API.choose(ProcurementMethod.values()).flatMap(method ->
        API.choose(ProcurementCategory.values()).flatMap(category -> API.choose(Channel.values()).flatMap(channel ->
            API.integers(0, 4000).flatMap(noticeOffset -> API.integers(0, 6).flatMap(bidCount -> idSuffixes.flatMap(id ->
                API.longs().map(seed -> draft(stage, method, category, channel, noticeOffset, bidCount, id,
                    new Random(seed))))))))));
  }

  /** @return valid processes */
  public static Trials<ContractingProcess> processes() {
    return drafts().map(Draft::build);
  }

  /** @return a valid 法人番号 from twelve random base digits */
  public static CorporateNumber corporateNumber(Random r) {
    StringBuilder base = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      base.append((char) ('0' + r.nextInt(10)));
    }
    return CorporateNumber.parse(CorporateNumber.checkDigit(base) + base.toString());
  }

  private static Draft draft(int stage, ProcurementMethod method, ProcurementCategory category, Channel channel,
      int noticeOffset, int bidCount, String idSuffix, Random r) {
    Draft d = new Draft();
    d.id = "P-" + idSuffix;
    d.title = category.japaneseName() + "案件 " + idSuffix;
    d.method = method;
    d.category = category;
    d.biddingChannel = channel;
    d.noticeDate = LocalDate.of(2014, 4, 1).plusDays(noticeOffset);
    d.estimatedPriceYen = r.nextBoolean() ? OptionalLong.of(yen(r)) : OptionalLong.empty();
    LocalDate lastBid = d.noticeDate;
    for (int i = 0; i < bidCount; i++) {
      Supplier.Builder s = Supplier.builder().id("s" + i).name("株式会社テスト建設" + i);
      if (r.nextBoolean()) {
        s.corporateNumber(corporateNumber(r));
      }
      LocalDate day = d.noticeDate.plusDays(r.nextInt(30));
      Instant at = day.atStartOfDay(JST).plusSeconds(r.nextInt(86_400)).toInstant();
      lastBid = day.isAfter(lastBid) ? day : lastBid;
      Channel bidChannel = channel == Channel.ELECTRONIC && r.nextInt(5) > 0 ? Channel.ELECTRONIC : Channel.PAPER;
      d.bids.add(Bid.builder().bidder(s.build()).amountYen(yen(r)).channel(bidChannel).submittedAt(at).build());
    }
    if (stage == 0) {
      return d;
    }
    Supplier winner = d.bids.isEmpty()
        ? Supplier.of("sole", "有限会社随意")
        : d.bids.get(r.nextInt(d.bids.size())).bidder();
    LocalDate awarded = lastBid.plusDays(r.nextInt(20));
    d.award = Award.builder().supplier(winner).date(awarded).amountYen(yen(r)).build();
    if (stage == 1) {
      return d;
    }
    LocalDate signed = awarded.plusDays(r.nextInt(15));
    LocalDate start = signed.plusDays(r.nextInt(10));
    long amount = yen(r);
    d.contract = Contract.builder().id("C-" + idSuffix).amountYen(amount).signedOn(signed)
        .periodStart(start).periodEnd(start.plusDays(r.nextInt(366)))
        .signature(r.nextBoolean() ? Channel.ELECTRONIC : Channel.PAPER).build();
    if (stage == 2) {
      return d;
    }
    int invoiceCount = stage == 4 ? 1 + r.nextInt(4) : r.nextInt(4);
    long remaining = amount;
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < invoiceCount; i++) {
      boolean last = i == invoiceCount - 1;
      long part = stage == 4 && last ? remaining : (remaining == 0 ? 0 : r.nextLong(remaining + 1));
      remaining -= part;
      LocalDate issued = signed.plusDays(r.nextInt(400));
      Channel ic = r.nextBoolean() ? Channel.ELECTRONIC : Channel.PAPER;
      Invoice.Builder b = Invoice.builder().id("INV-" + i).issuedOn(issued).amountYen(part).channel(ic);
      if (ic == Channel.ELECTRONIC && r.nextBoolean()) {
        b.peppolId(PeppolParticipantId.ofCorporateNumber(corporateNumber(r)));
      }
      if (stage == 4 || r.nextBoolean()) {
        b.paidOn(issued.plusDays(r.nextInt(60)));
      }
      invoices.add(b.build());
    }
    d.invoices = invoices;
    int events = r.nextInt(6);
    for (int i = 0; i < events; i++) {
      d.siteEvents.add(SiteEvent.builder()
          .kind(SiteEventKind.values()[r.nextInt(SiteEventKind.values().length)])
          .date(signed.plusDays(r.nextInt(400)))
          .mode(r.nextBoolean() ? AttendanceMode.REMOTE : AttendanceMode.ON_SITE)
          .attendees(1 + r.nextInt(3))
          .oneWayTravelMinutes(r.nextInt(121))
          .build());
    }
    return d;
  }

  private static long yen(Random r) {
    return r.nextLong(MAX_YEN + 1);
  }
}
