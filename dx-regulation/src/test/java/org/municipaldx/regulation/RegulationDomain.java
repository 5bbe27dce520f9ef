package org.municipaldx.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.municipaldx.regulation.law.LawId;
import org.municipaldx.regulation.law.LegalInstrument;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.law.NationalLawReference;
import org.municipaldx.regulation.law.ProvisionNumber;
import org.municipaldx.regulation.law.ProvisionReference;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.regulation.review.ReviewPolicy;
import org.municipaldx.regulation.review.ReviewState;
import org.municipaldx.regulation.review.ReviewStep;
import org.municipaldx.regulation.review.ReviewWorkflow;

/**
 * Generators of regulation items with awkward text (commas, quotes, line breaks, formula
 * characters, leading apostrophes and spaces) and histories that follow the workflow.
 */
public class RegulationDomain extends DomainContextBase {

  /** Text that is kept verbatim: may start or end with spaces, contain CSV and formula characters. */
  static Arbitrary<String> awkwardText() {
    return Arbitraries.strings().withChars("本文、。,\"'=+-@\t\r\n 　abc123|;:").ofMinLength(1).ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  /** Text without surrounding whitespace (fields that are trimmed on input). */
  static Arbitrary<String> trimmedText() {
    return Arbitraries.strings().withChars("火災予防条例規則,\"'=+-@abc 1").ofMinLength(1).ofMaxLength(16)
        .filter(s -> !s.isBlank() && s.equals(s.strip()));
  }

  static Arbitrary<ProvisionReference> references() {
    Arbitrary<ProvisionNumber> n = Combinators.combine(Arbitraries.integers().between(1, 300),
        Arbitraries.integers().between(1, 9).list().ofMaxSize(2)).as(ProvisionNumber::of);
    return Combinators.combine(n, n.injectNull(0.5), n.injectNull(0.5)).as(ProvisionReference::of);
  }

  @Provide
  Arbitrary<RegulationItem> items() {
    Arbitrary<Set<RegulationType>> types = Arbitraries.of(RegulationType.class).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<LegalInstrument> instrument = Combinators.combine(Arbitraries.of(LegalInstrumentKind.class), trimmedText(),
        trimmedText().injectNull(0.5))
        .as((k, t, n) -> {
          LegalInstrument.Builder b = LegalInstrument.builder().kind(k).title(t);
          if (n != null) {
            b.number(n);
          }
          return b.build();
        });
    Arbitrary<List<NationalLawReference>> laws = Combinators.combine(
        Arbitraries.of("322AC0000000067", "323AC0000000186", "415CO0000000263", "427M60001080001").map(LawId::parse),
        references().injectNull(0.3)).as(NationalLawReference::of).list().ofMaxSize(2);
    Arbitrary<Integer> phases = Arbitraries.integers().between(0, 5);
    Arbitrary<String> optionalIot = Arbitraries.of("city-hall-lpwa", "").injectNull(0.5);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 600);
    return Combinators.combine(
            Arbitraries.strings().withChars("abcxyz0123-_.").ofMinLength(1).ofMaxLength(8).map(s -> "r" + s),
            instrument, references(), awkwardText(), types, phases,
            Arbitraries.of("fire-department", "general-affairs", "health-welfare"),
            Arbitraries.of(TechnologySubstitute.class).set().ofMaxSize(3))
        .flatAs((id, ins, ref, text, ts, ph, dept, subs) -> Combinators.combine(laws, optionalIot, days,
                Arbitraries.integers().between(0, 6), Arbitraries.of(ReviewPolicy.class), awkwardText().injectNull(0.5),
                Arbitraries.integers().between(0, 4))
            .as((ls, iot, day, steps, policy, note, verdictDie) -> {
              List<RegulationSubType> subTypes = new ArrayList<>();
              for (RegulationType t : ts) {
                subTypes.addAll(RegulationSubType.defined(t).subList(0, Math.min(1, RegulationSubType.defined(t).size())));
              }
              if (ts.contains(RegulationType.IN_PERSON_TRAINING)) {
                subTypes.add(RegulationSubType.of(RegulationType.IN_PERSON_TRAINING, "法定講習"));
              }
              LocalDate identified = LocalDate.of(2022, 12, 1).plusDays(day);
              RegulationItem.Builder b = RegulationItem.builder()
                  .id(id)
                  .provision(Provision.builder().instrument(ins).reference(ref).build())
                  .quotedText(text)
                  .addAllTypes(ts)
                  .addAllSubTypes(subTypes)
                  .currentPhase(Phase.of(1 + ph % 3))
                  .departmentId(dept)
                  .addAllSubstitutes(subs)
                  .addAllNationalLaws(ls)
                  .review(walk(identified, steps, policy, note, verdictDie > 0));
              if (ph >= 3) {
                b.targetPhase(Phase.PHASE_3);
              }
              if (iot != null && !iot.isEmpty()) {
                b.iotMonitoringSetupId(iot).targetDate(identified.plusDays(365));
              }
              return b.build();
            }));
  }

  /** A history of up to {@code steps} steps along the workflow. */
  static ReviewHistory walk(LocalDate identified, int steps, ReviewPolicy policy, String note, boolean analog) {
    ReviewHistory h = ReviewHistory.identified(identified);
    LocalDate on = identified;
    for (int i = 0; i < steps && !h.isClosed(); i++) {
      on = on.plusDays(30);
      ReviewState to = ReviewWorkflow.allowedTargets(h).iterator().next();
      ReviewStep.Builder b = ReviewStep.builder().from(h.state()).to(to).on(on).by("担当, \"A\"");
      if (note != null) {
        b.note(note);
      }
      if (to == ReviewState.ASSESSED) {
        b.verdict(analog ? AssessmentVerdict.ANALOG_REGULATION : AssessmentVerdict.NOT_ANALOG_REGULATION);
      } else if (to == ReviewState.POLICY_DECIDED) {
        ReviewPolicy p = h.state() == ReviewState.POLICY_DECIDED ? ReviewPolicy.REVISE : policy;
        b.policy(p);
        if (p == ReviewPolicy.NO_REVISION_NEEDED) {
          b.reason(note != null ? note : "=法令上の義務");
        }
      } else if (to == ReviewState.REVISED) {
        b.amendingInstrument("-改正規則").effectiveDate(on.plusDays(1));
      }
      h = h.then(b.build());
    }
    return h;
  }

  @Provide
  Arbitrary<List<RegulationItem>> inventories() {
    return items().list().ofMaxSize(12).uniqueElements(RegulationItem::id);
  }
}
