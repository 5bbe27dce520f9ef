package org.municipaldx.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.metrics.TimePerformance;
import org.municipaldx.regulation.law.LawNumber;
import org.municipaldx.regulation.law.ProvisionCitation;

/**
 * One procedure of the national procedures survey (行政手続等の悉皆調査): every column of the
 * published file, typed. Coded cells are enums of the codebook's lists; a value outside a list is
 * kept as written in {@link #unrecognised()} (and reported by {@link SurveyReader}); counts are
 * {@link ApproximateCount}s; the law number and provision are typed where they can be read and kept
 * as text with the reason where they cannot.
 *
 * <p>Immutable and thread-safe (collections are unmodifiable copies).
 *
 * @param id  the procedure id (手続ID), never blank
 * @param ministry  the responsible ministry (所管府省庁), empty if blank or outside the list
 * @param name  the procedure name (手続名)
 * @param lawName  the law's name (法令名)
 * @param lawNumber  the law number (法令番号), typed or kept as text with the reason
 * @param provision  the provision (根拠条項号), typed or kept as text with the reason
 * @param type  the procedure type (手続類型)
 * @param actor  who carries it out (手続主体)
 * @param receiver  who finally receives it (手続の受け手)
 * @param via  the body it must pass through (経由機関)
 * @param agencyName  the agency's name (独立行政法人等の名称), possibly empty
 * @param localWorkKind  the kind of local-government work (事務区分)
 * @param common  whether common to ministries (府省共通手続)
 * @param carriedOutBy  the ministries that carry it out (実施府省庁)
 * @param onlineStatus  the online status (オンライン化の実施状況)
 * @param obstacles  the plan or obstacles (懸念点)
 * @param timing  the planned fiscal year (オンライン化実施時期)
 * @param identityChecks  the identity checks (本人確認手法)
 * @param fee  whether a fee is payable (手数料等の納付有無)
 * @param paymentMethods  how fees are paid, offline and online (納付方法)
 * @param onlineDiscount  whether paying online is cheaper (優遇措置)
 * @param periodOnline  the processing period online (処理期間(オンライン))
 * @param periodOffline  the processing period offline (処理期間(非オンライン))
 * @param applicationSystems  the application systems (情報システム(申請))
 * @param backOfficeSystems  the back-office systems (情報システム(事務処理))
 * @param totalCases  all cases (総手続件数), approximate
 * @param onlineCases  online cases (オンライン手続件数), approximate
 * @param offlineCases  cases not online (非オンライン手続件数), approximate
 * @param formInformation  information the form requires (申請書等に記載させる情報)
 * @param attachments  attachments required (申請時に添付させる書類)
 * @param attachmentAbolition  attachment abolition (撤廃/省略状況)
 * @param attachmentSubmission  how attachments are submitted (提出方法)
 * @param attachmentSignature  electronic signatures on attachments (電子署名)
 * @param attachmentFormRules  where the attachment form is laid down (添付形式等が定められた規定)
 * @param individualEvents  life events of individuals (イベント(個人))
 * @param businessEvents  life events of businesses (イベント(法人))
 * @param professions  professions that may apply on someone's behalf (士業)
 * @param submissionOffices  the bodies the application is filed with (申請を提出する機関), as written
 * @param unrecognised  values outside their code lists, kept as written
 */
public record SurveyProcedure(
    String id,
    Optional<Ministry> ministry,
    String name,
    String lawName,
    Parsed<LawNumber> lawNumber,
    Parsed<ProvisionCitation> provision,
    Optional<ProcedureType> type,
    Optional<PartyCode> actor,
    Optional<PartyCode> receiver,
    Optional<PartyCode> via,
    String agencyName,
    Optional<LocalWorkKind> localWorkKind,
    Optional<CommonProcedure> common,
    Set<Ministry> carriedOutBy,
    Optional<OnlineStatus> onlineStatus,
    Set<OnlineObstacle> obstacles,
    Optional<ImplementationTiming> timing,
    Set<IdentityCheck> identityChecks,
    Optional<FeeRequirement> fee,
    Set<PaymentMethod> paymentMethods,
    Optional<OnlineDiscount> onlineDiscount,
    ProcessingPeriod periodOnline,
    ProcessingPeriod periodOffline,
    List<String> applicationSystems,
    List<String> backOfficeSystems,
    ApproximateCount totalCases,
    ApproximateCount onlineCases,
    ApproximateCount offlineCases,
    Set<FormInformation> formInformation,
    Set<Attachment> attachments,
    Set<AttachmentAbolition> attachmentAbolition,
    Set<AttachmentSubmission> attachmentSubmission,
    Set<AttachmentSignature> attachmentSignature,
    Set<AttachmentFormRule> attachmentFormRules,
    Set<IndividualLifeEvent> individualEvents,
    Set<BusinessLifeEvent> businessEvents,
    Set<Profession> professions,
    List<String> submissionOffices,
    List<UnrecognisedValue> unrecognised) {

  /**
   * Checks the components and freezes the collections.
   *
   * @param id  the procedure id (手続ID), never blank
   * @param ministry  the responsible ministry (所管府省庁), empty if blank or outside the list
   * @param name  the procedure name (手続名)
   * @param lawName  the law's name (法令名)
   * @param lawNumber  the law number (法令番号), typed or kept as text with the reason
   * @param provision  the provision (根拠条項号), typed or kept as text with the reason
   * @param type  the procedure type (手続類型)
   * @param actor  who carries it out (手続主体)
   * @param receiver  who finally receives it (手続の受け手)
   * @param via  the body it must pass through (経由機関)
   * @param agencyName  the agency's name (独立行政法人等の名称), possibly empty
   * @param localWorkKind  the kind of local-government work (事務区分)
   * @param common  whether common to ministries (府省共通手続)
   * @param carriedOutBy  the ministries that carry it out (実施府省庁)
   * @param onlineStatus  the online status (オンライン化の実施状況)
   * @param obstacles  the plan or obstacles (懸念点)
   * @param timing  the planned fiscal year (オンライン化実施時期)
   * @param identityChecks  the identity checks (本人確認手法)
   * @param fee  whether a fee is payable (手数料等の納付有無)
   * @param paymentMethods  how fees are paid, offline and online (納付方法)
   * @param onlineDiscount  whether paying online is cheaper (優遇措置)
   * @param periodOnline  the processing period online (処理期間(オンライン))
   * @param periodOffline  the processing period offline (処理期間(非オンライン))
   * @param applicationSystems  the application systems (情報システム(申請))
   * @param backOfficeSystems  the back-office systems (情報システム(事務処理))
   * @param totalCases  all cases (総手続件数), approximate
   * @param onlineCases  online cases (オンライン手続件数), approximate
   * @param offlineCases  cases not online (非オンライン手続件数), approximate
   * @param formInformation  information the form requires (申請書等に記載させる情報)
   * @param attachments  attachments required (申請時に添付させる書類)
   * @param attachmentAbolition  attachment abolition (撤廃/省略状況)
   * @param attachmentSubmission  how attachments are submitted (提出方法)
   * @param attachmentSignature  electronic signatures on attachments (電子署名)
   * @param attachmentFormRules  where the attachment form is laid down (添付形式等が定められた規定)
   * @param individualEvents  life events of individuals (イベント(個人))
   * @param businessEvents  life events of businesses (イベント(法人))
   * @param professions  professions that may apply on someone's behalf (士業)
   * @param submissionOffices  the bodies the application is filed with (申請を提出する機関), as written
   * @param unrecognised  values outside their code lists, kept as written
   */
  public SurveyProcedure {
    List<UnrecognisedValue> trusted = Values.trusted(unrecognised);
    if (trusted != null) {
      // made by SurveyReader from values it checked and froze once per distinct cell (Values.trusting, known by
      // its last argument): the checks below would give back every component as it is, reading each set's and
      // list's header, cold in the cache on a large file (issue 11m)
      unrecognised = trusted;
    } else {
      if (id == null || id.isBlank()) {
        throw new InvalidValueException("SurveyProcedure", "id", id, "must not be blank");
      }
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ministry, "ministry");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lawName, "lawName");
      Objects.requireNonNull(lawNumber, "lawNumber");
      Objects.requireNonNull(provision, "provision");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(receiver, "receiver");
      Objects.requireNonNull(via, "via");
      Objects.requireNonNull(agencyName, "agencyName");
      Objects.requireNonNull(localWorkKind, "localWorkKind");
      Objects.requireNonNull(common, "common");
      carriedOutBy = Values.freeze(carriedOutBy);
      Objects.requireNonNull(onlineStatus, "onlineStatus");
      obstacles = Values.freeze(obstacles);
      Objects.requireNonNull(timing, "timing");
      identityChecks = Values.freeze(identityChecks);
      Objects.requireNonNull(fee, "fee");
      paymentMethods = Values.freeze(paymentMethods);
      Objects.requireNonNull(onlineDiscount, "onlineDiscount");
      Objects.requireNonNull(periodOnline, "periodOnline");
      Objects.requireNonNull(periodOffline, "periodOffline");
      applicationSystems = Values.copy(applicationSystems);
      backOfficeSystems = Values.copy(backOfficeSystems);
      Objects.requireNonNull(totalCases, "totalCases");
      Objects.requireNonNull(onlineCases, "onlineCases");
      Objects.requireNonNull(offlineCases, "offlineCases");
      formInformation = Values.freeze(formInformation);
      attachments = Values.freeze(attachments);
      attachmentAbolition = Values.freeze(attachmentAbolition);
      attachmentSubmission = Values.freeze(attachmentSubmission);
      attachmentSignature = Values.freeze(attachmentSignature);
      attachmentFormRules = Values.freeze(attachmentFormRules);
      individualEvents = Values.freeze(individualEvents);
      businessEvents = Values.freeze(businessEvents);
      professions = Values.freeze(professions);
      submissionOffices = Values.copy(submissionOffices);
      unrecognised = Values.copy(unrecognised);
    }
  }

  /** {@return whether local governments carry it out or receive it (the survey's local-government view)} */
  public boolean involvesLocalGovernment() {
    // no Optional.map: take-up asks this of every procedure, and each map made an Optional (issue 11h)
    return actor.isPresent() && actor.get().includesLocal() || receiver.isPresent() && receiver.get().includesLocal();
  }

  /** {@return whether it is online (実施済) or online at some ministries (一部実施済): the counterless indicator} */
  public boolean isOnline() {
    return onlineStatus.map(s -> s == OnlineStatus.ONLINE || s == OnlineStatus.PARTLY_ONLINE).orElse(false);
  }

  /** {@return whether an online payment method is offered: the cashless indicator} */
  public boolean offersOnlinePayment() {
    return paymentMethods.stream().anyMatch(PaymentMethod::isOnline);
  }

  /**
   * {@return whether no paper attachment is needed: the paperless indicator — no attachments,
   * attachments abolished, or attachments submitted electronically only}
   */
  public boolean isPaperless() {
    return attachments.equals(Set.of(Attachment.NONE))
        || attachmentAbolition.equals(Set.of(AttachmentAbolition.ABOLISHED))
        || attachmentSubmission.equals(Set.of(AttachmentSubmission.ELECTRONIC_ONLY));
  }

  /** {@return the lead-time gain of going online, where both periods are single comparable lengths} */
  public Optional<TimePerformance.Improvement> leadTimeGain() {
    return ProcessingPeriod.leadTimeGain(periodOffline, periodOnline);
  }
}
