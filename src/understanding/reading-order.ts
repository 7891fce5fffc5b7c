/**
 * The order the late readings run in (late-readings.ts reads a message through them): who the person is and what they
 * tell first, then what they ask in other words, the danger's own questions last. Kept apart from the running of them so
 * that each new reading is one import and one place in this list (reading-choices.ts says which keep their answer).
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { createAgeAskedReading } from './age-asked.ts';
import { apostilleNeededReading, apostilleReading } from './apostille-reading.ts';
import { appointmentWantedReading } from './appointment-wanted.ts';
import { ashesAskedReading } from './ashes-asked.ts';
import { asylumAskedReading } from './asylum-asked.ts';
import { bareNumberReading, bareTermReading } from './bare-term.ts';
import { betaAskedReading, betaWhereOnRoadReading } from './beta-asked.ts';
import { betaHelpReading } from './beta-help.ts';
import { bodyPhoneReading } from './body-phone.ts';
import { botAskedReading, personInDangerReading } from './bot-asked.ts';
import { bribeComplaintReading, bribeSupposedReading } from './bribe-complaint.ts';
import { businessAskedReading } from './business-asked.ts';
import { callAskedTooReading } from './call-asked-too.ts';
import { cardAllowsReading, cardWorkReading } from './card-work.ts';
import { careInDangerReading } from './care-in-danger.ts';
import { careOnlineReading } from './care-online.ts';
import { createCareReading } from './care-reading.ts';
import { caseOpenReading } from './case-open.ts';
import { childSupportReading } from './child-support.ts';
import { costKeptReading, takeIsCostReading } from './cost-kept.ts';
import { curpAskedReading } from './curp-asked.ts';
import { dangerBackReading } from './danger-back.ts';
import { dangerWhatNowReading } from './danger-what-now.ts';
import { deathInLineReading } from './death-in-line.ts';
import { deportedIfReading } from './deported-if.ts';
import { deporteeAskedReading } from './deportee-asked.ts';
import { distressReading } from './distress-told.ts';
import { durangoCertificateReading } from './durango-certificate.ts';
import { emergencyNumberReading } from './emergency-number.ts';
import { familyAbroadReading } from './family-abroad.ts';
import { familyVisitReading } from './family-visit.ts';
import { farewellReading } from './farewell.ts';
import { figureDeathReading } from './figure-death.ts';
import { figureReading } from './figure-reading.ts';
import { createForAnotherReading } from './for-another.ts';
import { foreignSchoolReading } from './foreign-school.ts';
import { createForeignerReading } from './foreigner.ts';
import { foreignersAskedReading } from './foreigners-asked.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { guaranteeAskedReading } from './guarantee-asked.ts';
import { healthCentreReading } from './health-centre-asked.ts';
import { heldInUsReading } from './held-in-us.ts';
import { homeTripReading } from './home-trip.ts';
import { IN_DANGER_READINGS } from './in-danger-readings.ts';
import { inmOfficeReading } from './inm-office.ts';
import { itAskedReading } from './it-asked.ts';
import { jobAfterReturnReading, jobHelpReading } from './job-after-return.ts';
import { jornadaAskedReading } from './jornada-asked.ts';
import { justDeportedReading } from './just-deported.ts';
import { keepSearchingReading } from './keep-searching.ts';
import { languageForOtherReading, unwrittenLanguageReading } from './language-for-other.ts';
import { lawyerAskedReading, restrainingOrderReading } from './lawyer-asked.ts';
import { lawyerInUsReading } from './lawyer-in-us.ts';
import { linesAskedReading } from './lines-asked.ts';
import { loansAskedReading } from './loans-asked.ts';
import { marriageAskedReading } from './marriage-asked.ts';
import { mexicoBirthReading } from './mexico-birth.ts';
import { middlemenAskedReading } from './middlemen-asked.ts';
import { moneyHomeAskedReading } from './money-home-asked.ts';
import { moneyToDeporteeReading } from './money-to-deportee.ts';
import {
  asylumWorkNamedReading,
  asylumWorkReading,
  carePapersReading,
  detentionCallReading,
  dutyFreeReading,
  inmHeldReading,
  sleepAskedReading,
} from './named-asked.ts';
import { needToBeReading } from './need-to-be.ts';
import { noAnswerYetReading } from './no-answer-yet.ts';
import { notifyAskedReading } from './notify-asked.ts';
import { nowhereToGoReading } from './nowhere-to-go.ts';
import { officeAddressReading } from './office-address-asked.ts';
import { officeClosedReading } from './office-closed.ts';
import { officeDaysReading } from './office-days.ts';
import { officeInDangerReading } from './office-in-danger.ts';
import { officeNearerReading } from './office-nearer.ts';
import { createOfficeServiceReading } from './office-service.ts';
import { officialComplaintReading } from './official-complaint.ts';
import { onTheRoadReading } from './on-the-road.ts';
import { openingAspectReading } from './opening-aspect.ts';
import { ordinaryVisaReading } from './ordinary-visa.ts';
import { ownDetentionFearReading } from './own-detention-fear.ts';
import { ownPassportReading } from './own-passport.ts';
import { mexicoVisaReading, ownStayReading } from './own-stay.ts';
import { papersKeptReading } from './papers-kept.ts';
import { papersThenAskedReading } from './papers-then-asked.ts';
import {
  pensionAskedReading,
  pensionCriterionReading,
  pensionJuarezReading,
  pensionNearerReading,
} from './pension-asked.ts';
import { pensionFamilyReading } from './pension-family.ts';
import { personOutrightReading } from './person-outright.ts';
import { policeFearedReading } from './police-feared.ts';
import { privacyAskedReading } from './privacy-asked.ts';
import { programCallsReading } from './program-calls.ts';
import { createProgramNamedReading } from './program-named.ts';
import { propertyAskedReading } from './property-asked.ts';
import { psychForAllReading } from './psych-for-all.ts';
import { refugeAskedReading } from './refuge-asked.ts';
import { registrationAskedReading } from './registration-asked.ts';
import { remainsNoMoneyReading } from './remains-no-money.ts';
import { remainsReading } from './remains-reading.ts';
import { reportNumberReading } from './report-number.ts';
import { returneeHealthReading } from './returnee-health.ts';
import { rightsIfCaughtReading } from './rights-if-caught.ts';
import { schoolRefusedReading } from './school-refused.ts';
import { searchAskedReading } from './search-asked.ts';
import { searchDataReading } from './search-data.ts';
import { searchReportReading } from './search-report.ts';
import { searchTimeReading } from './search-time.ts';
import { sentBackAskedReading } from './sent-back-asked.ts';
import { SERVICE_READINGS } from './service-readings.ts';
import { appointmentHowReading, modeAskedReading } from './service-way.ts';
import { servicesAskedReading } from './services-asked.ts';
import { shelterAskedReading } from './shelter-asked.ts';
import { skillsAskedReading } from './skills-asked.ts';
import { staffLanguageReading } from './staff-language.ts';
import { stayOrGoReading } from './stay-or-go.ts';
import { studiesAskedReading } from './studies-asked.ts';
import { createToldAboutReading } from './told-about.ts';
import { usBornReading } from './us-born.ts';
import { usHealthReading } from './us-health.ts';
import { usOfficeAskedReading } from './us-office-asked.ts';
import { usRecordReading } from './us-record.ts';
import { wagesOwedReading } from './wages-owed.ts';
import { whereWithPlaceReading } from './where-with-place.ts';
import { whereaboutsToldReading } from './whereabouts-told.ts';
import { whoHelpsReading } from './who-helps.ts';
import { workPapersReading } from './work-papers.ts';

/** A late reading: the meaning, corrected or unchanged, once the message is read in its conversation. */
export type Reading = (
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
) => Meaning;

/** The readings in the order they run. */
export function orderedReadings(
  knowledge: Pick<Knowledge, 'emergencySignals' | 'entries'>,
  glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>,
): Reading[] {
  return [
    figureReading,
    figureDeathReading,
    openingAspectReading,
    needToBeReading,
    createOfficeServiceReading(glossary),
    createProgramNamedReading(glossary),
    whoHelpsReading,
    createForAnotherReading(glossary),
    staffLanguageReading,
    programCallsReading,
    languageForOtherReading,
    unwrittenLanguageReading,
    bodyPhoneReading,
    remainsReading,
    remainsNoMoneyReading,
    ashesAskedReading,
    sleepAskedReading,
    childSupportReading,
    deportedIfReading,
    sentBackAskedReading,
    deporteeAskedReading,
    justDeportedReading,
    ...IN_DANGER_READINGS,
    whereaboutsToldReading,
    searchAskedReading,
    keepSearchingReading,
    searchTimeReading,
    searchReportReading,
    searchDataReading,
    familyAbroadReading,
    pensionAskedReading,
    pensionJuarezReading,
    pensionCriterionReading,
    pensionNearerReading,
    officeNearerReading,
    officeAddressReading,
    healthCentreReading,
    foreignersAskedReading,
    rightsIfCaughtReading,
    lawyerAskedReading,
    restrainingOrderReading,
    lawyerInUsReading,
    papersKeptReading,
    stayOrGoReading,
    deathInLineReading,
    asylumAskedReading,
    marriageAskedReading,
    officialComplaintReading,
    bribeComplaintReading,
    bribeSupposedReading,
    wagesOwedReading,
    propertyAskedReading,
    jobAfterReturnReading,
    jobHelpReading,
    businessAskedReading,
    loansAskedReading,
    usOfficeAskedReading,
    servicesAskedReading,
    inmOfficeReading,
    privacyAskedReading,
    usRecordReading,
    shelterAskedReading,
    onTheRoadReading,
    workPapersReading,
    asylumWorkReading,
    asylumWorkNamedReading,
    cardWorkReading,
    cardAllowsReading,
    betaHelpReading,
    curpAskedReading,
    foreignSchoolReading,
    schoolRefusedReading,
    middlemenAskedReading,
    moneyToDeporteeReading,
    moneyHomeAskedReading,
    detentionCallReading,
    guaranteeAskedReading,
    psychForAllReading,
    careOnlineReading,
    inmHeldReading,
    pensionFamilyReading,
    distressReading,
    emergencyNumberReading,
    policeFearedReading,
    officeInDangerReading,
    officeClosedReading,
    officeDaysReading,
    appointmentWantedReading,
    callAskedTooReading,
    reportNumberReading,
    linesAskedReading,
    usBornReading,
    // After the US birth's reading: studies from there asked to be recognised are not the birth's (judge116).
    studiesAskedReading,
    skillsAskedReading,
    usHealthReading,
    mexicoBirthReading,
    whereWithPlaceReading,
    papersThenAskedReading,
    apostilleNeededReading,
    apostilleReading,
    durangoCertificateReading,
    createForeignerReading(knowledge.emergencySignals),
    createCareReading(knowledge.emergencySignals),
    // After the road's care: a doctor asked in the talk of return is the care back home ("no meds" reads as the road's).
    returneeHealthReading,
    careInDangerReading,
    ownDetentionFearReading,
    homeTripReading,
    familyVisitReading,
    ordinaryVisaReading,
    registrationAskedReading,
    jornadaAskedReading,
    ownPassportReading,
    createAgeAskedReading(knowledge.entries),
    costKeptReading,
    takeIsCostReading,
    botAskedReading,
    ...SERVICE_READINGS,
    caseOpenReading,
    farewellReading,
    noAnswerYetReading,
    modeAskedReading,
    appointmentHowReading,
    ownStayReading,
    mexicoVisaReading,
    betaAskedReading,
    betaWhereOnRoadReading,
    carePapersReading,
    dutyFreeReading,
    refugeAskedReading,
    personInDangerReading,
    itAskedReading,
    bareTermReading,
    bareNumberReading,
    personOutrightReading,
    heldInUsReading,
    createToldAboutReading(glossary),
    dangerBackReading,
    dangerWhatNowReading,
    nowhereToGoReading,
    notifyAskedReading,
  ];
}
