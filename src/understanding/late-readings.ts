/**
 * Readings that correct the topic after the whole message is read in its conversation, for who the person is
 * or what they tell: a bare aspect asked first, then why (opening-aspect.ts); a death with the body to bring
 * home (remains-reading.ts), a child born in the US who
 * needs Mexican papers (us-born.ts), health care for one living there (us-health.ts), or a child born in
 * Mexico to parents from abroad (mexico-birth.ts), a foreigner asking in a returnee's words (foreigner.ts),
 * care on the road asked in a status question's words (care-reading.ts) or asked in a danger (care-in-
 * danger.ts), one's own fear of being caught there (own-detention-fear.ts), the trip home asked there (home-
 * trip.ts), a parent's visit to a child in the US asked in the middle of another topic (family-visit.ts), an
 * ordinary visa asked for a visit in the programme's words (ordinary-visa.ts), one's own passport named in a
 * procedure to travel (own-passport.ts), the registration asked in the apostille's talk (registration-asked.ts), the
 * service days asked in another's (jornada-asked.ts), where asked with
 * the town told (where-with-place.ts), papers had and whether a programme applies (papers-then-asked.ts), the writer's
 * group on its way north (on-the-road.ts), an apostille of a paper from the US (apostille-reading.ts), child
 * support asked (child-support.ts), who helps if he is deported (deported-if.ts), the fare home or the certificate
 * to collect money asked by one sent back (deportee-asked.ts), help to find a person
 * (search-asked.ts) and how long the search takes (search-time.ts) and what it needs (search-data.ts), a
 * lawyer asked in an emergency (lawyer-asked.ts), one's papers kept by another asked in one (papers-kept.ts),
 * staying or going asked in one (stay-or-go.ts), a death told in line (death-in-line.ts), paperwork told as
 * killing one (figure-reading.ts), refuge asked for (asylum-asked.ts), a marriage in refuge's talk (marriage-
 * asked.ts), a complaint about an official
 * (official-complaint.ts), wages owed (wages-owed.ts), land taken by a relative (property-asked.ts), a job after
 * coming back (job-after-return.ts),
 * distress with help to talk asked (distress-told.ts), the emergency's numbers asked in one (emergency-
 * number.ts) or for a danger that may come (lines-asked.ts), an age asked about the topic under discussion
 * (age-asked.ts); first, a service asked of the office (office-service.ts), then the same asked for another
 * person of the family (for-another.ts), whether staff speak a language (staff-language.ts), what is kept of
 * what one writes (privacy-asked.ts), and the phone of a body the sources name (body-phone.ts); last, a
 * goodbye to an offer (farewell.ts), whether the topic's service is in person or by phone and how to get
 * another office's appointment (service-way.ts), one's own stay asked in dual nationality's talk (own-
 * stay.ts), the Grupos Beta asked to come (beta-asked.ts), the papers care asks for (named-asked.ts), a
 * woman's refuge in a danger (refuge-asked.ts), a person asked for in one in other words (bot-asked.ts), and a thing
 * named alone after "and" (bare-term.ts); last, a person asked for outright with the rest (person-outright.ts).
 * Each is pure and returns the meaning unchanged when it does not apply; they run in this order (a death
 * first, a US birth before the foreigner's reading, care, a visit, then a passport). A message moved to
 * another topic has its passages searched again (after a death supposed, none of the topic it left).
 */
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { createAgeAskedReading } from './age-asked.ts';
import { apostilleReading } from './apostille-reading.ts';
import { asylumAskedReading } from './asylum-asked.ts';
import { bareNumberReading, bareTermReading } from './bare-term.ts';
import { betaAskedReading } from './beta-asked.ts';
import { bodyPhoneReading } from './body-phone.ts';
import { botAskedReading, personInDangerReading } from './bot-asked.ts';
import { businessAskedReading } from './business-asked.ts';
import { callAskedTooReading } from './call-asked-too.ts';
import { cardWorkReading } from './card-work.ts';
import type { CareFar } from './care-far.ts';
import { careInDangerReading } from './care-in-danger.ts';
import { createCareReading } from './care-reading.ts';
import { caseOpenReading } from './case-open.ts';
import { childSupportReading } from './child-support.ts';
import { dangerBackReading } from './danger-back.ts';
import { deathInLineReading } from './death-in-line.ts';
import { deportedIfReading } from './deported-if.ts';
import { deporteeAskedReading } from './deportee-asked.ts';
import { anyOf } from './detect-emergency.ts';
import { distressReading } from './distress-told.ts';
import { emergencyNumberReading } from './emergency-number.ts';
import { familyVisitReading } from './family-visit.ts';
import { farewellReading } from './farewell.ts';
import { figureReading } from './figure-reading.ts';
import { fold, foldedWords } from './fold.ts';
import { createForAnotherReading } from './for-another.ts';
import { createForeignerReading } from './foreigner.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { heldInUsReading } from './held-in-us.ts';
import { homeTripReading } from './home-trip.ts';
import { inmOfficeReading } from './inm-office.ts';
import { itAskedReading } from './it-asked.ts';
import { jobAfterReturnReading } from './job-after-return.ts';
import { jornadaAskedReading } from './jornada-asked.ts';
import { lawyerAskedReading } from './lawyer-asked.ts';
import { linesAskedReading } from './lines-asked.ts';
import { marriageAskedReading } from './marriage-asked.ts';
import { mexicoBirthReading } from './mexico-birth.ts';
import { moneyToDeporteeReading } from './money-to-deportee.ts';
import { asylumWorkReading, carePapersReading, detentionCallReading, inmHeldReading } from './named-asked.ts';
import { noAnswerYetReading } from './no-answer-yet.ts';
import { notifyAskedReading } from './notify-asked.ts';
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
import { shelterAskedReading } from './shelter-asked.ts';
import { staffLanguageReading } from './staff-language.ts';
import { stayOrGoReading } from './stay-or-go.ts';
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
  cardWorkReading,
  heldInUsReading,
  moneyToDeporteeReading,
  jornadaAskedReading,
  mexicoBirthReading,
  shelterAskedReading,
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
    bodyPhoneReading,
    remainsReading,
    childSupportReading,
    deportedIfReading,
    deporteeAskedReading,
    whereaboutsToldReading,
    searchAskedReading,
    searchTimeReading,
    searchDataReading,
    lawyerAskedReading,
    papersKeptReading,
    stayOrGoReading,
    deathInLineReading,
    asylumAskedReading,
    marriageAskedReading,
    officialComplaintReading,
    wagesOwedReading,
    propertyAskedReading,
    jobAfterReturnReading,
    businessAskedReading,
    usOfficeAskedReading,
    inmOfficeReading,
    privacyAskedReading,
    usRecordReading,
    shelterAskedReading,
    onTheRoadReading,
    workPapersReading,
    asylumWorkReading,
    cardWorkReading,
    moneyToDeporteeReading,
    detentionCallReading,
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
