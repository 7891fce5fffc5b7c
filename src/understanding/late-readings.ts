/**
 * Readings that correct the topic once the whole message is read in its conversation: who the person is, what they tell
 * (a death, a birth, care on the road, a danger's own questions) and what they ask in other words. Each lives in its own
 * file, whose opening says which conversation showed it; each is pure and returns the meaning unchanged when it does not
 * apply. They run in the order below; a message moved to another topic has its passages searched again (none of the
 * topic a death left), unless the reading chose its answer (KEEPS_CHOSEN).
 */
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { createAgeAskedReading } from './age-asked.ts';
import { apostilleNeededReading, apostilleReading } from './apostille-reading.ts';
import { ashesAskedReading } from './ashes-asked.ts';
import { asylumAskedReading } from './asylum-asked.ts';
import { bareNumberReading, bareTermReading } from './bare-term.ts';
import { betaAskedReading } from './beta-asked.ts';
import { bodyPhoneReading } from './body-phone.ts';
import { botAskedReading, personInDangerReading } from './bot-asked.ts';
import { bribeComplaintReading } from './bribe-complaint.ts';
import { businessAskedReading } from './business-asked.ts';
import { callAskedTooReading } from './call-asked-too.ts';
import { callHomeInDangerReading } from './call-home-in-danger.ts';
import { cardAllowsReading, cardWorkReading } from './card-work.ts';
import type { CareFar } from './care-far.ts';
import { careInDangerReading } from './care-in-danger.ts';
import { createCareReading } from './care-reading.ts';
import { caseOpenReading } from './case-open.ts';
import { childSupportReading } from './child-support.ts';
import { consulateInDangerReading } from './consulate-in-danger.ts';
import { costKeptReading } from './cost-kept.ts';
import { curpAskedReading } from './curp-asked.ts';
import { dangerBackReading } from './danger-back.ts';
import { dangerWhatNowReading } from './danger-what-now.ts';
import { deathInLineReading } from './death-in-line.ts';
import { deportedIfReading } from './deported-if.ts';
import { deporteeAskedReading } from './deportee-asked.ts';
import { anyOf } from './detect-emergency.ts';
import { distressReading } from './distress-told.ts';
import { emergencyNumberReading } from './emergency-number.ts';
import { familyAbroadReading } from './family-abroad.ts';
import { familyVisitReading } from './family-visit.ts';
import { fareInDangerReading } from './fare-in-danger.ts';
import { farewellReading } from './farewell.ts';
import { figureReading } from './figure-reading.ts';
import { fold, foldedWords } from './fold.ts';
import { createForAnotherReading } from './for-another.ts';
import { foreignSchoolReading } from './foreign-school.ts';
import { createForeignerReading } from './foreigner.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { guaranteeAskedReading } from './guarantee-asked.ts';
import { heldInUsReading } from './held-in-us.ts';
import { homeTripReading } from './home-trip.ts';
import { inmOfficeReading } from './inm-office.ts';
import { itAskedReading } from './it-asked.ts';
import { jobAfterReturnReading } from './job-after-return.ts';
import { jornadaAskedReading } from './jornada-asked.ts';
import { languageForOtherReading } from './language-for-other.ts';
import { lawyerAskedReading } from './lawyer-asked.ts';
import { lawyerInUsReading } from './lawyer-in-us.ts';
import { linesAskedReading } from './lines-asked.ts';
import { loansAskedReading } from './loans-asked.ts';
import { marriageAskedReading } from './marriage-asked.ts';
import { mexicoBirthReading } from './mexico-birth.ts';
import { middlemenAskedReading } from './middlemen-asked.ts';
import { moneyHomeAskedReading } from './money-home-asked.ts';
import { moneyToDeporteeReading } from './money-to-deportee.ts';
import { asylumWorkReading, carePapersReading, detentionCallReading, inmHeldReading } from './named-asked.ts';
import { noAnswerYetReading } from './no-answer-yet.ts';
import { notifyAskedReading } from './notify-asked.ts';
import { nowhereToGoReading } from './nowhere-to-go.ts';
import { createOfficeServiceReading } from './office-service.ts';
import { officialComplaintReading } from './official-complaint.ts';
import { onTheRoadReading } from './on-the-road.ts';
import { openingAspectReading } from './opening-aspect.ts';
import { ordinaryVisaReading } from './ordinary-visa.ts';
import { ownDetentionFearReading } from './own-detention-fear.ts';
import { ownPassportReading } from './own-passport.ts';
import { ownStayReading } from './own-stay.ts';
import { papersKeptReading } from './papers-kept.ts';
import { papersThenAskedReading } from './papers-then-asked.ts';
import { pensionFamilyReading } from './pension-family.ts';
import { personOutrightReading } from './person-outright.ts';
import { policeFearedReading } from './police-feared.ts';
import { privacyAskedReading } from './privacy-asked.ts';
import { propertyAskedReading } from './property-asked.ts';
import { refugeAskedReading } from './refuge-asked.ts';
import { regionalWhereReading } from './regional-where.ts';
import { registrationAskedReading } from './registration-asked.ts';
import { remainsReading } from './remains-reading.ts';
import { reportNumberReading } from './report-number.ts';
import { searchAskedReading } from './search-asked.ts';
import { searchDataReading } from './search-data.ts';
import { searchTimeReading } from './search-time.ts';
import { appointmentHowReading, modeAskedReading } from './service-way.ts';
import { servicesAskedReading } from './services-asked.ts';
import { shelterAskedReading } from './shelter-asked.ts';
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
import { workPapersReading } from './work-papers.ts';

/** The passages that may answer a message read as a topic (passage-lookup.ts). */
type AnswersFor = (
  text: string,
  words: readonly string[],
  lang: Lang,
  read: Meaning,
  dialogue?: DialogueContext,
) => Pick<Meaning, 'answers' | 'defines'>;

/** Readings whose move leaves the topic under discussion with none of its answers. */
const LEAVES: ReadonlySet<unknown> = new Set([remainsReading]);
/** Readings that choose the answer of the topic they move to. */
const KEEPS_CHOSEN: ReadonlySet<unknown> = new Set([
  apostilleNeededReading,
  bribeComplaintReading,
  cardAllowsReading,
  cardWorkReading,
  curpAskedReading,
  foreignSchoolReading,
  loansAskedReading,
  middlemenAskedReading,
  moneyHomeAskedReading,
  heldInUsReading,
  moneyToDeporteeReading,
  jornadaAskedReading,
  mexicoBirthReading,
  servicesAskedReading,
  shelterAskedReading,
  studiesAskedReading,
]);

export function createLateReadings(
  knowledge: Pick<Knowledge, 'emergencySignals' | 'entries'>,
  answersFor: AnswersFor,
  glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>,
  /** The care's town reader the understanding already holds (reading-tools.ts), for care found only late. */
  careFar: CareFar,
) {
  const readings = [
    figureReading,
    openingAspectReading,
    createOfficeServiceReading(glossary),
    createForAnotherReading(glossary),
    staffLanguageReading,
    languageForOtherReading,
    bodyPhoneReading,
    remainsReading,
    ashesAskedReading,
    childSupportReading,
    deportedIfReading,
    deporteeAskedReading,
    fareInDangerReading,
    callHomeInDangerReading,
    consulateInDangerReading,
    whereaboutsToldReading,
    searchAskedReading,
    searchTimeReading,
    searchDataReading,
    familyAbroadReading,
    lawyerAskedReading,
    lawyerInUsReading,
    papersKeptReading,
    stayOrGoReading,
    deathInLineReading,
    asylumAskedReading,
    marriageAskedReading,
    officialComplaintReading,
    bribeComplaintReading,
    wagesOwedReading,
    propertyAskedReading,
    jobAfterReturnReading,
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
    cardWorkReading,
    cardAllowsReading,
    curpAskedReading,
    foreignSchoolReading,
    studiesAskedReading,
    middlemenAskedReading,
    moneyToDeporteeReading,
    moneyHomeAskedReading,
    detentionCallReading,
    guaranteeAskedReading,
    inmHeldReading,
    pensionFamilyReading,
    distressReading,
    emergencyNumberReading,
    policeFearedReading,
    callAskedTooReading,
    reportNumberReading,
    linesAskedReading,
    usBornReading,
    usHealthReading,
    mexicoBirthReading,
    whereWithPlaceReading,
    papersThenAskedReading,
    apostilleNeededReading,
    apostilleReading,
    createForeignerReading(knowledge.emergencySignals),
    createCareReading(knowledge.emergencySignals),
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
    botAskedReading,
    regionalWhereReading,
    caseOpenReading,
    farewellReading,
    noAnswerYetReading,
    modeAskedReading,
    appointmentHowReading,
    ownStayReading,
    betaAskedReading,
    carePapersReading,
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
  // An illness, a wound or a pregnancy told (the care signals' `ill`).
  const ill = anyOf(knowledge.emergencySignals.care.ill);
  const illTold = (folded: string) => ill?.test(folded) === true;
  return (m: Meaning, text: string, dialogue?: DialogueContext): Meaning => {
    // The message folded once, for every reading.
    const folded = fold(text);
    // Moved by a reading whose topic the one left may still hold answers for: its answers are dropped (below).
    let leaves = false;
    let keepsChosen = false;
    const moved = readings.reduce((read, reading) => {
      const next = reading(read, text, dialogue, folded);
      if (next.topic !== read.topic) {
        leaves = LEAVES.has(reading);
        keepsChosen = KEEPS_CHOSEN.has(reading);
      }
      return next;
    }, m);
    // Care found only now ("lo deportaron a tijuana… no trae su medicina"): the town it names, as care read at once.
    const late =
      moved.care && !m.care && !moved.careAt && !moved.careFar
        ? { ...moved, ...careFar(foldedWords(text), true, dialogue, moved.topic) }
        : moved;
    // A place told in a danger: the town's care line, if the sources give one; flows say it only where care is
    // what the danger needs (emerg-ei: "we're in Tapachula near the bus station" for a child with a high fever).
    // So too a danger that starts with someone sick or hurt in a town (emerg-ek: 8 months pregnant, in pain, in
    // Ciudad Juárez, then "is it free?" and "how do I get there?" got "your safety first").
    const careTold = dialogue?.emergency
      ? late.act === 'context'
      : Boolean(late.emergency) && illTold(folded);
    const careAt =
      careTold && late.slots?.place && !late.careAt
        ? careFar(foldedWords(late.slots.place), true, dialogue, 'transit_safety').careAt
        : undefined;
    if (careAt) return { ...late, careAt };
    // Moved to another topic: the passages that may answer it are that topic's ("can they go to school?").
    if (late.topic === m.topic || late.topic === 'emergency' || late.defines) return late;
    // A death supposed leaves the topic it is asked in: its own passages would keep the talk there ("y si mi papa
    // fallece alla, ¿ayudan a traerlo?" in the permit's talk kept the permit, a named answer of it sharing more words).
    const { answers: _, ...rest } = late;
    const found = answersFor(text, foldedWords(text), late.lang, late, dialogue);
    const left = leaves ? dialogue?.topic : undefined;
    const searched = left ? found.answers?.filter((a) => a.topic !== left) : found.answers;
    // The answer a reading chose for the topic it moved to comes first (jornada-asked.ts).
    const chosenFirst = keepsChosen ? (late.answers ?? []).slice(0, 1) : [];
    const answers = searched || chosenFirst.length ? [...chosenFirst, ...(searched ?? [])] : undefined;
    return { ...rest, ...found, ...(answers ? { answers } : {}) };
  };
}
