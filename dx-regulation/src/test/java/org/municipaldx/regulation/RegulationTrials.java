package org.municipaldx.regulation;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * dx-regulation's generators (Americium {@link Trials}) in one place: regulation items with awkward
 * text (commas, quotes, line breaks, formula characters, leading apostrophes and spaces), provision
 * references, and histories that follow the workflow. Americium shrinks a failing case and prints it
 * with the recipe that reproduces it ({@code .withRecipe(recipe)} or {@code -Dtrials.recipeHash=…}).
 */
public final class RegulationTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();

  private RegulationTrials() {}

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  public static Trials<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return API.integers(min, max).flatMap(n -> API.choose(alphabet).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Lists of {@code min} to {@code max} elements. */
  public static <T> Trials<List<T>> lists(Trials<T> elements, int min, int max) {
    return API.integers(min, max).flatMap(n -> elements.immutableListsOfSize(n).map(l -> (List<T>) l));
  }

  /** Sets of {@code min} to {@code max} (distinct) constants of an enum; fewer when a draw repeats. */
  public static <E extends Enum<E>> Trials<Set<E>> enumSets(Class<E> type, int min, int max) {
    return lists(API.choose(type.getEnumConstants()), Math.max(min, 0), max).map(l -> {
      Set<E> s = EnumSet.noneOf(type);
      s.addAll(l);
      return s;
    }).filter(s -> s.size() >= min);
  }

  /** An optional value as a nullable one, for factories that take null for "absent". */
  public static <T> Trials<T> orNull(Trials<T> t) {
    return t.optionals().map(o -> o.orElse(null));
  }

  /** Text that is kept verbatim: may start or end with spaces, contain CSV and formula characters. */
  public static Trials<String> awkwardText() {
    return strings("本文、。,\"'=+-@\t\r\n 　abc123|;:", 1, 24).filter(s -> !s.isBlank());
  }

  /** Text without surrounding whitespace (fields that are trimmed on input). */
  public static Trials<String> trimmedText() {
    return strings("火災予防条例規則,\"'=+-@abc 1", 1, 16).filter(s -> !s.isBlank() && s.equals(s.strip()));
  }

  /** Provision numbers 1–{@code max} with up to two branch numbers 1–{@code maxBranch}. */
  public static Trials<ProvisionNumber> provisionNumbers(int max, int maxBranch) {
    return API.integers(1, max).flatMap(n -> lists(API.integers(1, maxBranch), 0, 2).map(b -> ProvisionNumber.of(n, b)));
  }

  /** References of an article, optionally a paragraph and an item. */
  public static Trials<ProvisionReference> references(int max, int maxBranch) {
    Trials<ProvisionNumber> n = provisionNumbers(max, maxBranch);
    return n.flatMap(a -> orNull(n).flatMap(p -> orNull(n).map(i -> ProvisionReference.of(a, p, i))));
  }

  /** Valid regulation items with histories along the workflow. */
  public static Trials<RegulationItem> items() {
    Trials<LegalInstrument> instrument = API.choose(LegalInstrumentKind.values()).flatMap(k -> trimmedText()
        .flatMap(t -> orNull(trimmedText()).map(n -> {
          LegalInstrument.Builder b = LegalInstrument.builder().kind(k).title(t);
          if (n != null) {
            b.number(n);
          }
          return b.build();
        })));
    Trials<NationalLawReference> law = API.choose("322AC0000000067", "323AC0000000186", "415CO0000000263", "427M60001080001")
        .map(LawId::parse).flatMap(id -> orNull(references(300, 9)).map(r -> NationalLawReference.of(id, r)));
    Trials<List<NationalLawReference>> laws = lists(law, 0, 2);
    Trials<String> ids = strings("abcxyz0123-_.", 1, 8).map(s -> "r" + s);
    return ids.flatMap(id -> instrument.flatMap(ins -> references(300, 9).flatMap(ref -> awkwardText().flatMap(text ->
        enumSets(RegulationType.class, 1, 3).flatMap(ts -> API.integers(0, 5).flatMap(ph ->
            API.choose("fire-department", "general-affairs", "health-welfare").flatMap(dept ->
                enumSets(TechnologySubstitute.class, 0, 3).flatMap(subs -> laws.flatMap(ls ->
                    orNull(API.choose("city-hall-lpwa", "")).flatMap(iot -> API.integers(0, 600).flatMap(day ->
                        API.integers(0, 6).flatMap(steps -> API.choose(ReviewPolicy.values()).flatMap(policy ->
                            orNull(awkwardText()).flatMap(note -> API.integers(0, 4).map(verdictDie -> {
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
                            })))))))))))))));
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

  /** Inventories of up to 12 items with distinct ids (a repeated id keeps its first item). */
  public static Trials<List<RegulationItem>> inventories() {
    return lists(items(), 0, 12).map(items -> {
      Map<String, RegulationItem> byId = new LinkedHashMap<>();
      items.forEach(i -> byId.putIfAbsent(i.id(), i));
      return List.copyOf(byId.values());
    });
  }
}
