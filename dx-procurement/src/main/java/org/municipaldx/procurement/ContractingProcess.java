package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Ids;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.internal.Checks;

/**
 * One contracting process of a municipality, from the notice (公告) to payment: method, category,
 * bidding channel, bids, award, contract, invoices and the supervision and inspection events.
 *
 * <p>Invariants, each rejected with a message naming the field, the value and the rule:
 * <ul>
 *   <li>every amount is a whole number of yen, zero or more;</li>
 *   <li>no bid is submitted before the notice date, and a paper-only process has no electronic bid;
 *       each bidder bids once;</li>
 *   <li>the award is not before the notice date nor before any bid, and goes to one of the bidders
 *       when there are bids;</li>
 *   <li>a contract exists only after an award and is not signed before the award date;</li>
 *   <li>invoices and site events exist only under a contract and are not dated before it was
 *       signed; invoice numbers are unique and the invoices in total do not exceed the contract
 *       amount.</li>
 * </ul>
 *
 * <p>Bid times are instants; they are compared with dates in Japan time ({@link #ZONE}).
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContractingProcess.class)
@JsonDeserialize(as = ImmutableContractingProcess.class)
public abstract class ContractingProcess {
  /** The time zone in which bid instants are compared with dates: Japan Standard Time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private static final String TYPE = "ContractingProcess";

  ContractingProcess() {}

  /** {@return the municipality's id of the process (案件番号), matching {@value Ids#RECORD_ID_PATTERN}} */
  @NotNull
  @Pattern(regexp = Ids.RECORD_ID_PATTERN, message = "{org.municipaldx.RecordId.message}")
  public abstract String id();

  /** {@return the title (件名), e.g. 市道〇〇線道路改良工事; not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String title();

  /** {@return the buying municipality, never null} */
  @NotNull
  @Valid
  public abstract Municipality buyer();

  /** {@return the contracting method, never null} */
  @NotNull
  public abstract ProcurementMethod method();

  /** {@return what is bought, never null} */
  @NotNull
  public abstract ProcurementCategory category();

  /** {@return the notice date (公告日), or for a negotiated contract the date quotations were invited} */
  @NotNull
  public abstract LocalDate noticeDate();

  /** {@return electronic (電子入札) or paper bidding, never null} */
  @NotNull
  public abstract Channel biddingChannel();

  /** {@return the estimated price (予定価格) in whole yen, if published} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract OptionalLong estimatedPriceYen();

  /** {@return the bids or quotations, in any order, never null} */
  public abstract List<@Valid Bid> bids();

  /** {@return the award, once made} */
  public abstract Optional<@Valid Award> award();

  /** {@return the contract, once signed} */
  public abstract Optional<@Valid Contract> contract();

  /** {@return the invoices under the contract, never null} */
  public abstract List<@Valid Invoice> invoices();

  /** {@return the supervision and inspection events under the contract, never null} */
  public abstract List<@Valid SiteEvent> siteEvents();

  /** {@return whether the process takes bids electronically (電子入札)} */
  public boolean electronicBidding() {
    return biddingChannel() == Channel.ELECTRONIC;
  }

  /** {@return the number of bids submitted electronically} */
  public long electronicBidCount() {
    return bids().stream().filter(b -> b.channel() == Channel.ELECTRONIC).count();
  }

  /** {@return the total of the invoices in whole yen (cannot overflow: checked when built)} */
  public long invoicedYen() {
    long sum = 0;
    for (Invoice i : invoices()) {
      sum = Math.addExact(sum, i.amountYen());
    }
    return sum;
  }

  /** {@return the total of the paid invoices in whole yen} */
  public long paidYen() {
    long sum = 0;
    for (Invoice i : invoices()) {
      if (i.paidOn().isPresent()) {
        sum = Math.addExact(sum, i.amountYen());
      }
    }
    return sum;
  }

  /** {@return the travel minutes the remote site events avoid in total} */
  public long travelAvoidedMinutes() {
    long sum = 0;
    for (SiteEvent e : siteEvents()) {
      sum = Math.addExact(sum, e.travelAvoidedMinutes());
    }
    return sum;
  }

  /** {@return every supplier named by a bid or the award, once each, in order of appearance} */
  public List<Supplier> suppliers() {
    Map<String, Supplier> m = new LinkedHashMap<>();
    bids().forEach(b -> m.putIfAbsent(b.bidder().id(), b.bidder()));
    award().ifPresent(a -> m.putIfAbsent(a.supplier().id(), a.supplier()));
    return List.copyOf(m.values());
  }

  /** {@return whether the contract is fully invoiced and every invoice is paid} */
  public boolean settled() {
    return contract().isPresent() && !invoices().isEmpty()
        && invoices().stream().allMatch(i -> i.paidOn().isPresent())
        && invoicedYen() == contract().get().amountYen();
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    checkId(id(), TYPE, "id");
    Checks.notBlank(title(), TYPE, "title");
    estimatedPriceYen().ifPresent(p -> Checks.nonNegative(p, TYPE, "estimatedPriceYen"));
    checkBids();
    award().ifPresent(this::checkAward);
    if (contract().isPresent()) {
      checkContract(contract().get());
    } else {
      Checks.check(invoices().isEmpty(), TYPE, "invoices", invoices().size() + " invoice(s)",
          "invoices need a contract (支払 only after 契約)");
      Checks.check(siteEvents().isEmpty(), TYPE, "siteEvents", siteEvents().size() + " event(s)",
          "supervision and inspection need a contract (監督・検査 only after 契約)");
    }
  }

  private void checkBids() {
    Map<String, Supplier> bidders = new HashMap<>();
    for (int i = 0; i < bids().size(); i++) {
      Bid b = bids().get(i);
      String f = "bids[" + i + "]";
      Checks.check(electronicBidding() || b.channel() == Channel.PAPER, TYPE, f + ".channel", b.channel(),
          "a paper-bidding process cannot receive an electronic bid");
      LocalDate day = b.submittedAt().atZone(ZONE).toLocalDate();
      Checks.check(!day.isBefore(noticeDate()), TYPE, f + ".submittedAt", b.submittedAt(),
          "must not be before noticeDate " + noticeDate() + " (Japan time)");
      Supplier previous = bidders.put(b.bidder().id(), b.bidder());
      Checks.check(previous == null, TYPE, f + ".bidder.id", b.bidder().id(), "each bidder bids once");
    }
  }

  private void checkAward(Award a) {
    Checks.check(!a.date().isBefore(noticeDate()), TYPE, "award.date", a.date(),
        "must not be before noticeDate " + noticeDate());
    for (int i = 0; i < bids().size(); i++) {
      LocalDate day = bids().get(i).submittedAt().atZone(ZONE).toLocalDate();
      Checks.check(!a.date().isBefore(day), TYPE, "award.date", a.date(),
          "must not be before bids[" + i + "] submitted on " + day + " (Japan time)");
    }
    if (!bids().isEmpty()) {
      boolean among = bids().stream().anyMatch(b -> b.bidder().equals(a.supplier()));
      Checks.check(among, TYPE, "award.supplier", a.supplier().id(),
          "must be one of the bidders (same id and details)");
    }
  }

  private void checkContract(Contract c) {
    Checks.check(award().isPresent(), TYPE, "contract", c.id(), "a contract needs an award first (契約 only after 落札決定)");
    LocalDate awarded = award().get().date();
    Checks.check(!c.signedOn().isBefore(awarded), TYPE, "contract.signedOn", c.signedOn(),
        "must not be before award.date " + awarded);
    Set<String> ids = new HashSet<>();
    long total = 0;
    for (int i = 0; i < invoices().size(); i++) {
      Invoice inv = invoices().get(i);
      String f = "invoices[" + i + "]";
      Checks.check(ids.add(inv.id()), TYPE, f + ".id", inv.id(), "invoice numbers must be unique");
      Checks.check(!inv.issuedOn().isBefore(c.signedOn()), TYPE, f + ".issuedOn", inv.issuedOn(),
          "must not be before contract.signedOn " + c.signedOn());
      try {
        total = Math.addExact(total, inv.amountYen());
      } catch (ArithmeticException e) {
        throw Checks.invalid(TYPE, "invoices", invoices().size() + " invoices",
            "the total overflows a long number of yen", e);
      }
      Checks.check(total <= c.amountYen(), TYPE, f + ".amountYen", inv.amountYen(),
          "invoices in total (" + total + "円 up to this one) must not exceed contract.amountYen " + c.amountYen() + "円");
    }
    for (int i = 0; i < siteEvents().size(); i++) {
      SiteEvent e = siteEvents().get(i);
      Checks.check(!e.date().isBefore(c.signedOn()), TYPE, "siteEvents[" + i + "].date", e.date(),
          "must not be before contract.signedOn " + c.signedOn());
    }
  }

  static void checkId(String id, String type, String field) {
    Objects.requireNonNull(id, () -> type + "." + field + ": must not be null");
    Checks.check(Ids.isRecordId(id), type, field, id, "must match " + Ids.RECORD_ID_PATTERN);
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code ContractingProcess}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractingProcess}. */
  public static class Builder extends ImmutableContractingProcess.Builder {}
}
