package org.municipaldx.procurement.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.municipaldx.procurement.AttendanceMode;
import org.municipaldx.procurement.Award;
import org.municipaldx.procurement.Bid;
import org.municipaldx.procurement.Channel;
import org.municipaldx.procurement.Contract;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.Invoice;
import org.municipaldx.procurement.SiteEvent;
import org.municipaldx.procurement.Supplier;

/**
 * Writes contracting processes as an OCDS 1.1.5 release package (schema version {@value #VERSION}):
 * one release per process, tagged with every stage it holds ({@code tender}, {@code award},
 * {@code contract}, {@code implementation}).
 *
 * <p>Mapping:
 * <ul>
 *   <li>ocid: the publisher's prefix and the process id; release id: the ocid and the publication
 *       instant; release date: the publication instant; initiationType {@code tender};</li>
 *   <li>parties: the municipality ({@code buyer-<団体コード>}, roles buyer and procuringEntity, and
 *       payer once something is paid) and each supplier ({@code supplier-<id>}, role tenderer if it
 *       bid, supplier if awarded, payee once paid);</li>
 *   <li>tender: method and category by their OCDS codes with the Japanese method name in
 *       procurementMethodDetails, submission method electronicSubmission and/or written, the
 *       notice date as tenderPeriod.startDate, the estimated price (予定価格) as value, the bidders
 *       as tenderers; status complete once awarded, else active;</li>
 *   <li>award and contract: values in JPY; contract status terminated once fully invoiced and paid,
 *       else active; the signature (電子契約 or 書面) in the contract description;</li>
 *   <li>implementation: each paid invoice as a transaction (payer the municipality, payee the
 *       supplier; unpaid invoices are not transactions yet) and each supervision or inspection
 *       event as a met assessment milestone, saying whether it was attended remotely (遠隔臨場).</li>
 * </ul>
 *
 * <p>Dates are written as date-times in Japan Standard Time ({@code +09:00}): a date as the start
 * of its day, a period's end date as the last second of its day. Immutable and thread-safe.
 */
public final class OcdsExporter {
  /** The OCDS schema version written in the package ({@code major.minor}). */
  public static final String VERSION = "1.1";

  /** The currency of every value. */
  public static final String CURRENCY = "JPY";

  // offset as ±hh:mm always (Japan time prints +09:00); seconds always, as OCDS date-times need them
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final OcdsPublication publication;

  private OcdsExporter(OcdsPublication publication) {
    this.publication = Objects.requireNonNull(publication, "publication");
  }

  /**
   * {@return an exporter, never null}
   *
   * @param publication  the publisher's details, not null
   */
  public static OcdsExporter of(OcdsPublication publication) {
    return new OcdsExporter(publication);
  }

  /** {@return the publisher's details, never null} */
  public OcdsPublication publication() {
    return publication;
  }

  /**
   * {@return the release package as a JSON tree, never null}
   *
   * @param processes  the processes, with distinct ids, not null
   * @throws IllegalArgumentException if two processes share an id (their ocids would collide)
   */
  public ObjectNode releasePackage(Collection<ContractingProcess> processes) {
    Objects.requireNonNull(processes, "processes");
    Set<String> ids = new HashSet<>();
    for (ContractingProcess p : processes) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException(
            "OcdsExporter.processes: process ids must be distinct, they become ocids (was '" + p.id() + "' twice)");
      }
    }
    ObjectNode pkg = NODES.objectNode();
    pkg.put("uri", publication.uri().toString());
    pkg.put("version", VERSION);
    pkg.put("publishedDate", dateTime(publication.publishedDate()));
    ObjectNode publisher = pkg.putObject("publisher");
    publisher.put("name", publication.publisherName());
    publication.publisherUri().ifPresent(u -> publisher.put("uri", u.toString()));
    publication.license().ifPresent(u -> pkg.put("license", u.toString()));
    publication.publicationPolicy().ifPresent(u -> pkg.put("publicationPolicy", u.toString()));
    ArrayNode releases = pkg.putArray("releases");
    processes.forEach(p -> releases.add(release(p)));
    return pkg;
  }

  /**
   * {@return the release package as pretty-printed JSON, never null}
   *
   * @param processes  the processes, with distinct ids, not null
   * @throws IllegalArgumentException as {@link #releasePackage}
   */
  public String write(Collection<ContractingProcess> processes) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(releasePackage(processes));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("OcdsExporter: cannot write the JSON tree", e);
    }
  }

  /**
   * {@return the release of the process as a JSON tree, never null}
   *
   * @param p  the process, not null
   */
  public ObjectNode release(ContractingProcess p) {
    String ocid = publication.ocidPrefix().ocid(p.id());
    boolean paid = p.invoices().stream().anyMatch(i -> i.paidOn().isPresent());

    ObjectNode r = NODES.objectNode();
    r.put("ocid", ocid);
    r.put("id", ocid + "-" + COMPACT.format(publication.publishedDate().atOffset(ZoneOffset.UTC)));
    r.put("date", dateTime(publication.publishedDate()));
    ArrayNode tag = r.putArray("tag");
    tag.add("tender");
    p.award().ifPresent(a -> tag.add("award"));
    p.contract().ifPresent(c -> tag.add("contract"));
    if (paid || !p.siteEvents().isEmpty()) {
      tag.add("implementation");
    }
    r.put("initiationType", "tender");
    r.set("parties", parties(p, paid));
    r.set("buyer", buyerRef(p));
    r.set("tender", tender(p));
    p.award().ifPresent(a -> r.putArray("awards").add(award(p, a)));
    p.contract().ifPresent(c -> r.putArray("contracts").add(contract(p, c)));
    return r;
  }

  private ArrayNode parties(ContractingProcess p, boolean paid) {
    ArrayNode parties = NODES.arrayNode();
    ObjectNode buyer = parties.addObject();
    buyer.put("id", buyerId(p));
    buyer.put("name", p.buyer().japaneseName());
    ArrayNode buyerRoles = buyer.putArray("roles");
    buyerRoles.add("buyer");
    buyerRoles.add("procuringEntity");
    if (paid) {
      buyerRoles.add("payer");
    }
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (Bid b : p.bids()) {
      roles.computeIfAbsent(b.bidder().id(), k -> new LinkedHashSet<>()).add("tenderer");
    }
    p.award().ifPresent(a -> {
      Set<String> s = roles.computeIfAbsent(a.supplier().id(), k -> new LinkedHashSet<>());
      s.add("supplier");
      if (paid) {
        s.add("payee");
      }
    });
    for (Supplier s : p.suppliers()) {
      ObjectNode party = parties.addObject();
      party.put("id", supplierId(s));
      party.put("name", s.name());
      ArrayNode rs = party.putArray("roles");
      roles.get(s.id()).forEach(rs::add);
    }
    return parties;
  }

  private ObjectNode tender(ContractingProcess p) {
    ObjectNode t = NODES.objectNode();
    t.put("id", p.id());
    t.put("title", p.title());
    t.put("status", p.award().isPresent() ? "complete" : "active");
    t.set("procuringEntity", buyerRef(p));
    p.estimatedPriceYen().ifPresent(v -> t.set("value", value(v)));
    t.put("procurementMethod", p.method().ocdsCode());
    t.put("procurementMethodDetails", p.method().japaneseName());
    t.put("mainProcurementCategory", p.category().ocdsCode());
    ArrayNode sm = t.putArray("submissionMethod");
    if (p.electronicBidding()) {
      sm.add("electronicSubmission");
    }
    if (!p.electronicBidding() || p.bids().stream().anyMatch(b -> b.channel() == Channel.PAPER)) {
      sm.add("written");
    }
    t.put("submissionMethodDetails", p.electronicBidding() ? "電子入札" : "紙入札");
    t.putObject("tenderPeriod").put("startDate", startOf(p.noticeDate()));
    t.put("numberOfTenderers", p.bids().size());
    if (!p.bids().isEmpty()) {
      ArrayNode tenderers = t.putArray("tenderers");
      List<Supplier> seen = new ArrayList<>();
      for (Bid b : p.bids()) {
        if (!seen.contains(b.bidder())) {
          seen.add(b.bidder());
          tenderers.add(supplierRef(b.bidder()));
        }
      }
    }
    return t;
  }

  private ObjectNode award(ContractingProcess p, Award a) {
    ObjectNode n = NODES.objectNode();
    n.put("id", awardId(p));
    n.put("status", "active");
    n.put("date", startOf(a.date()));
    n.set("value", value(a.amountYen()));
    n.putArray("suppliers").add(supplierRef(a.supplier()));
    return n;
  }

  private ObjectNode contract(ContractingProcess p, Contract c) {
    Supplier supplier = p.award().orElseThrow().supplier();
    ObjectNode n = NODES.objectNode();
    n.put("id", c.id());
    n.put("awardID", awardId(p));
    n.put("title", p.title());
    n.put("description", c.signature() == Channel.ELECTRONIC ? "電子契約（電子署名）" : "書面契約");
    n.put("status", p.settled() ? "terminated" : "active");
    ObjectNode period = n.putObject("period");
    period.put("startDate", startOf(c.periodStart()));
    period.put("endDate", endOf(c.periodEnd()));
    n.set("value", value(c.amountYen()));
    n.put("dateSigned", startOf(c.signedOn()));
    ObjectNode impl = NODES.objectNode();
    ArrayNode transactions = NODES.arrayNode();
    for (Invoice i : p.invoices()) {
      if (i.paidOn().isPresent()) {
        ObjectNode tx = transactions.addObject();
        tx.put("id", i.id());
        tx.put("date", startOf(i.paidOn().get()));
        tx.set("value", value(i.amountYen()));
        tx.set("payer", buyerRef(p));
        tx.set("payee", supplierRef(supplier));
      }
    }
    if (!transactions.isEmpty()) {
      impl.set("transactions", transactions);
    }
    if (!p.siteEvents().isEmpty()) {
      ArrayNode milestones = impl.putArray("milestones");
      for (int k = 0; k < p.siteEvents().size(); k++) {
        milestones.add(milestone(k, p.siteEvents().get(k)));
      }
    }
    if (!impl.isEmpty()) {
      n.set("implementation", impl);
    }
    return n;
  }

  private static ObjectNode milestone(int index, SiteEvent e) {
    ObjectNode m = NODES.objectNode();
    m.put("id", "site-event-" + (index + 1));
    m.put("title", e.kind().japaneseName());
    m.put("type", "assessment");
    m.put("code", e.kind().name());
    String description = e.mode().japaneseName() + "（" + e.attendees() + "人）";
    if (e.mode() == AttendanceMode.REMOTE) {
      description += "、移動時間 " + e.travelAvoidedMinutes() + "分 削減";
    }
    m.put("description", description);
    m.put("status", "met");
    m.put("dateMet", startOf(e.date()));
    return m;
  }

  private static String buyerId(ContractingProcess p) {
    return "buyer-" + p.buyer().code().value();
  }

  private static String supplierId(Supplier s) {
    return "supplier-" + s.id();
  }

  private static String awardId(ContractingProcess p) {
    return p.id() + "-award";
  }

  private static ObjectNode buyerRef(ContractingProcess p) {
    ObjectNode n = NODES.objectNode();
    n.put("id", buyerId(p));
    n.put("name", p.buyer().japaneseName());
    return n;
  }

  private static ObjectNode supplierRef(Supplier s) {
    ObjectNode n = NODES.objectNode();
    n.put("id", supplierId(s));
    n.put("name", s.name());
    return n;
  }

  private static ObjectNode value(long yen) {
    ObjectNode n = NODES.objectNode();
    n.put("amount", yen);
    n.put("currency", CURRENCY);
    return n;
  }

  private static String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(ContractingProcess.ZONE));
  }

  private static String startOf(LocalDate date) {
    return DATE_TIME.format(date.atStartOfDay(ContractingProcess.ZONE));
  }

  private static String endOf(LocalDate date) {
    return DATE_TIME.format(date.atTime(LocalTime.of(23, 59, 59)).atZone(ContractingProcess.ZONE));
  }
}
