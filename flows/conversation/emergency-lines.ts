/**
 * Which lines an emergency under way says after its first reply, by kind of danger: most
 * dangers are about where the person is and getting away; thoughts of suicide are about not
 * being alone (a hand judge found "go to a safe place" and the no-credit line answering "I
 * don't want to call anyone" and "there is no one to talk to"); the sourced lines that end
 * each reply; where each kind sends someone who asks where to go; and in which kinds money
 * asked about is a cost, not a threat. Keys of locales/*.json, or of the emergency entry's cases.
 */

import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { followUpsForOther } from './emergency-other.ts';
import { foldText } from './fold-text.ts';

/** To one far from another's danger: tell them to call 911 (emergency-other.ts). */
const TELL_THEM = 'emergency.followUp.tellThem';

/** Lines said after the first emergency reply, in this order, each once. */
const FOLLOW_UPS = [
  'emergency.followUp.staffKnow',
  'emergency.followUp.keepWriting',
  'emergency.followUp.safePlace',
  'emergency.followUp.stillHere',
  'emergency.followUp.anyDetail',
];

/** The same for thoughts of suicide or a farewell: someone to talk to, someone near. */
const ALONE_FOLLOW_UPS = [
  'emergency.followUp.stillHere',
  'emergency.followUp.talkToSomeone',
  'emergency.followUp.someoneNear',
  'emergency.followUp.staffKnow',
  'emergency.followUp.keepWriting',
];

/**
 * The next line not said yet, nor shown in this reply: after the line for what they describe (when the kind has
 * one), the follow-ups in order, then what to do without a call; all said, the follow-ups again in turn.
 */
export function nextLine(
  kind: string,
  catalog: Pick<TopicCatalog, 'emergencyCases'>,
  said: readonly string[],
  shown: readonly Reply[],
  /** "What do I do?" asked again: going where people are comes first (for another's danger, telling them to call). */
  whatAgain = false,
  /** Told of someone else by one who is not with them (emergency-other.ts). */
  forOther?: true,
): string {
  const followUps = forOther && kind !== 'suicide' ? followUpsForOther(kind) : followUpsFor(kind);
  const safe = forOther ? followUps.find((l) => l === TELL_THEM) : 'emergency.followUp.safePlace';
  if (whatAgain && safe && !said.includes(safe)) return safe;
  const rotation = [...(catalog.emergencyCases.has(kind) ? [kind] : []), ...followUps, cannotCallFor(kind)];
  const names = shown.map((x) => (x.kind === 'case' ? x.name : x.kind === 'text' ? x.key : ''));
  return (
    rotation.find((l) => !said.includes(l) && !names.includes(l)) ??
    followUps[said.length % followUps.length] ??
    ''
  );
}

/** The follow-up lines for a kind of danger. */
export const followUpsFor = (kind: string): readonly string[] =>
  kind === 'suicide' ? ALONE_FOLLOW_UPS : FOLLOW_UPS;

/** The lines of company, someone near first: the alone follow-ups in the order a place told wants them. */
const COMPANY = [
  'emergency.followUp.someoneNear',
  'emergency.followUp.talkToSomeone',
  'emergency.followUp.stillHere',
];

/**
 * To someone thinking of suicide who tells where they are or what is around ("at a cheap hotel, I
 * have pills here"), the next line of company not said yet, after the place noted (judge65: the
 * place alone came back, with nothing for the person). None for other kinds, or all said.
 */
export const companyLine = (
  kind: string,
  said: readonly string[],
  fromDurango?: true,
): string | undefined => {
  if (kind !== 'suicide') return undefined;
  const durango = fromDurango && !said.includes(DURANGO_SUPPORT) ? DURANGO_SUPPORT : undefined;
  return durango ?? COMPANY.find((name) => !said.includes(name));
};
/**
 * Someone close who can be called or is near, told by someone thinking of suicide ("my sister lives close, i can call
 * her", "puedo hablarle a mi mamá", "m ka rele sè m"): call them now and stay together (judge92 got "if you cannot call").
 */
const CAN_REACH =
  /\b((i can|i could|i will|i'll|ill|i'm gonna|im gonna) (call|text|go to|go see) (her|him|them|my \w+)|(my|mi|mis) (sister|brother|mom|mother|dad|father|friend|wife|husband|aunt|uncle|cousin|hermana|hermano|mama|mamá|papa|papá|amiga|amigo|esposa|esposo|tia|tía|tio|tío|prima|primo) (lives|is|vive|está|esta) (close|near|nearby|cerca|aqui cerca|aquí cerca)|(puedo|voy a) (hablarle|llamarle|marcarle|llamar|hablar) (a )?(mi|mis)|(m|mwen) (ka|pral) rele (se|frè|fre|manman|papa|zanmi|madanm|mari|kouzen|kouzin|matant|tonton) (m|mwen))\b/u;
const CALL_THEM = 'emergency.followUp.callThem';
/** Someone close there now, to be talked to ("ok i'll talk to my aunt, she's here": emerg-fy's boy got "you're welcome"). */
const WITH_SOMEONE =
  /\b((i'll|i ll|ill|i will|i'm gonna|im gonna|i can|voy a|puedo) (talk to|talk with|tell|hablar con|platicar con|decirle a) (her|him|them|my \w+|mi \w+)|(she's|she s|shes|he's|he s|hes|she is|he is) (here|with me)|(esta|está) (aqui|aquí) conmigo|(li|l) la (avè m|ave m|avek mwen))\b/u;
const WITH_THEM = 'emergency.followUp.withSomeone';

/** To someone thinking of suicide: one there now, to stay with; one who can be reached, to call now; each once. */
export const reachesSomeone = (kind: string, said: readonly string[], text: string): string | undefined => {
  const suicide = kind === 'suicide' ? text.toLowerCase() : '';
  if (WITH_SOMEONE.test(suicide) && !said.includes(WITH_THEM)) return WITH_THEM;
  return CAN_REACH.test(suicide) && !said.includes(CALL_THEM) ? CALL_THEM : undefined;
};

/** Told they are from Durango, to someone thinking of suicide: the Institute's psychologists are theirs (emerg-ds). */
const DURANGO_SUPPORT = 'emergency.followUp.durangoSupport';

/** "I can't call", "I don't want to call anyone": its line for a kind of danger. */
export const cannotCallFor = (kind: string, lowBattery?: boolean): string =>
  kind === 'suicide'
    ? 'emergency.followUp.talkToSomeone'
    : lowBattery
      ? 'emergency.lowBattery'
      : 'emergency.cannotCall';

/** "Are you there?": staff know; to someone thinking of suicide, first that the chat is still with them. */
export const stillThereFor = (kind: string): string =>
  kind === 'suicide' ? 'emergency.followUp.stillHere' : 'emergency.staffAlerted';

/** The sourced lines for a kind of danger: 089 to report extortion or kidnapping, the anti-trafficking line. */
export function linesFor(kind: string, catalog: TopicCatalog): string {
  const wanted = ['extortion', 'kidnapping', 'threats'].includes(kind)
    ? 'lines_report'
    : kind === 'held'
      ? 'lines_trafficking'
      : '';
  return wanted && catalog.emergencyCases.has(wanted) ? wanted : 'emergency.call911';
}

/** The kinds' lines that name 911 and 089 themselves (the ransom's, the extortion's). */
const LINES_IN_THEM: ReadonlySet<string> = new Set(['kidnapping', 'extortion']);
/** A reply that says 911 and 089 already: the lines that end it would say them twice (judge125's ransom deadline). */
export const namesTheLines = (replies: readonly Reply[]): boolean =>
  replies.some((x) => x.kind === 'case' && LINES_IN_THEM.has(x.name));

/** The emergency entry's answer on child-protection officers: for a child who tells their age. */
const CHILD_PROTECTED = 'answer.child_protection_officers';
/** Under this age a person is a child. */
const MINOR_AGE = 18;

/** "m gen 14 an" in an emergency: a child in danger, looked after by child-protection officers, the sources say. */
export const childLines = (age: number | undefined, catalog: TopicCatalog): Reply[] =>
  age !== undefined && age < MINOR_AGE && catalog.emergencyAnswers?.has(CHILD_PROTECTED)
    ? [{ kind: 'passage', topic: 'emergency', passage: CHILD_PROTECTED }]
    : [];

/** The emergency entry's answer on calling for help without papers: for the fear of being deported. */
export const DEPORTATION_FEARED = 'answer.police_and_deportation';

/** For a child alone, that fear's answer: the INM moves children to a DIF centre, not a migration station. */
const CHILD_NOT_DETAINED = 'answer.rescued_child';

/** The line for the fear that calling for help takes the children away: the sources say nothing of it. */
export const CHILDREN_FEARED = 'emergency.childrenFeared';

/** After a sexual assault, the police refused or not trusted: the care CENSIDA gives, which asks for no report. */
const CARE_WITHOUT_POLICE = 'answer.tests_after_assault';

/** The emergency entry's answer on papers taken: the consulate, or the INM's help for victims of trafficking. */
const PAPERS_TAKEN = 'answer.papers_taken';

/** The emergency entry's answer on what can be done from another country (write here, 911 by someone near, 089). */
const FROM_ABROAD = 'answer.calling_from_abroad';

/**
 * The emergency entry's answer a fear or a question names: being deported if help comes, police not to be
 * trusted (089), or what a relative far away can do (once; not for someone lost in the desert, whose
 * own line says to tell 911 all that is known of the place and that Grupos Beta rescue, unless calling
 * 911 from another country is what they ask: that is answered each time it is asked, as judge80's sister in
 * Dallas asked it twice and got the mental-health line the second time), or one's papers kept by another (once).
 */
export const answerFeared = (m: Meaning | null, said: readonly string[], kind: string): string | null =>
  // To someone thinking of suicide, the fear of being deported if help comes gets someone to talk to first.
  kind === 'suicide' && m?.fearsFromHelp === 'deportation' && !said.includes(cannotCallFor(kind))
    ? cannotCallFor(kind)
    : m?.fearsFromHelp === 'children'
      ? CHILDREN_FEARED
      : m?.fearsFromHelp === 'deportation'
        ? kind === 'child_alone'
          ? CHILD_NOT_DETAINED
          : DEPORTATION_FEARED
        : m?.distrustsPolice
          ? kind === 'sexual' && !said.includes(CARE_WITHOUT_POLICE)
            ? CARE_WITHOUT_POLICE
            : kind === 'suicide'
              ? cannotCallFor(kind)
              : 'answer.report_anonymously'
          : m?.fromAfar === 'call' || (m?.fromAfar && kind !== 'desert' && !said.includes(FROM_ABROAD))
            ? FROM_ABROAD
            : m?.papersHeld && !said.includes(PAPERS_TAKEN)
              ? PAPERS_TAKEN
              : null;

/**
 * A reply's lines once each: a line asked for again ("ahora piden 30 mil": the money line) and the
 * rotation's next line may be the same one (the blind judge saw it printed twice).
 */
export const withoutRepeats = (replies: readonly Reply[]): Reply[] =>
  replies.filter(
    (reply, i) => replies.findIndex((other) => JSON.stringify(other) === JSON.stringify(reply)) === i,
  );

/** How much of what the person wrote is said back to them. */
const QUOTE_CHARS = 140;

/** What the person wrote, on one line and cut at a word if long. */
export function quoteOf(text: string): string {
  // A closing full stop is dropped, never an ellipsis's: the line that quotes it ends with its own ("«…laredo.».").
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\.)\.$/, '');
  if (line.length <= QUOTE_CHARS) return line;
  const cut = line.slice(0, QUOTE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_CHARS - 20))}…`;
}

/** Kinds of danger in which nobody asks for money: paying asked about there is what something costs. */
export const NO_MONEY_ASKED = new Set(['medical', 'desert', 'suicide', 'violence', 'sexual']);
/** Of those, the ones where money is about care: never the line for paying a threat. */
export const CARE_KINDS = new Set(['medical', 'suicide']);

/**
 * Help called, said back: in a medical emergency, stay with the person and do what 911 says (judge80's mother
 * of a baby in a seizure got "stay where it is safest", a line for violence); otherwise the safest place.
 */
export const helpCalledLine = (kind: string): string =>
  kind === 'medical' ? 'emergency.helpCalledCare' : 'emergency.helpCalled';
/** What something costs, asked ("¿cuánto cuesta?", "do they charge", "li koute", "èske li gratis"). */
export const COST_ASKED =
  /\b(cuesta|cuestan|costo|cobran|cobra|cobrar|gratis|gratuit\w*|cost|costs|charge|charges|fee|fees|free|price|koute|pri|chaje|peye pou)\b/i;
/** Whether the office or a government pays ("¿el instituto paga todo?", "does the state cover it?"). */
export const PAYER_ASKED =
  /\b(instituto|ustedes|gobierno|estado|oficina|institute|you guys|government|state|office|enstiti|biwo|gouvènman|gouvenman)\b.*\b(paga|pagan|cubre|cubren|pays|pay|cover|covers|peye)\b/i;

/** A passage of an entry as a reply; an emergency's named answer carries the procedure it is about, for reports. */
export const passageReply = (catalog: TopicCatalog, topic: TopicId, passage: string): Reply => {
  const about = topic === 'emergency' ? catalog.emergencyAnswersAbout?.get(passage) : undefined;
  return { kind: 'passage', topic, passage, ...(about ? { about } : {}) };
};

/**
 * The wait asked in an emergency ("nobody wrote back. i guess nobody cares"): that staff know, and to
 * someone thinking of suicide, once, someone near to be with (session 57's judge: a teenager got his
 * place in line and his folio only). Not "you do not have to call anyone", which a blind judge found
 * puts off calling 911 when nobody refused to call. `key`: what is remembered.
 */
export function waitedLines(
  kind: string,
  said: readonly string[],
  /** Called a robot, or asked whether a person writes: that a person from the staff reads every message. */
  robot?: true | 'asked',
): { lines: string[]; key: string } {
  if (robot) return { lines: [robot === 'asked' ? 'emergency.robotAsked' : 'emergency.robot'], key: 'robot' };
  const near = 'emergency.followUp.someoneNear';
  // "Someone near you" says itself that the chat is still here.
  if (kind === 'suicide' && !said.includes(near)) return { lines: [near], key: near };
  return { lines: [stillThereFor(kind)], key: 'when' };
}

/**
 * Money someone under the danger wants, outside care: a sum ("un señor va por él si le pagamos 2000
 * dólares" in the desert), or money to send with no cost asked ("kote pou m voye lajan an? yo ban m
 * yon kont Elektra"); never the earlier procedure's cost, unless a government paying is asked.
 */
export const moneyWanted = (kind: string, text: string) =>
  !CARE_KINDS.has(kind) && (/\d/.test(text) || !COST_ASKED.test(text)) && !PAYER_ASKED.test(text);

/** Feeling better, said in the thanks ("ya me siento un poquito mejor, gracias por contestar"). */
const FEELS_BETTER = /\b(mejor|better|pi byen)\b/iu;
/** The thanks line: someone who thought of suicide and says they feel better is glad-to-hear, the emergency kept. */
export const thanksLine = (kind: string, text: string): string =>
  kind === 'suicide' && FEELS_BETTER.test(text)
    ? 'emergency.feelsBetter'
    : BLEEDING_STOPPED.test(foldText(text))
      ? 'emergency.woundBetter'
      : 'emergency.thanks';
/** A wound that stopped bleeding, told (folded): a doctor still to see it (emerg-gq's man, beaten on the road). */
const BLEEDING_STOPPED =
  /(?<!\b(no|not|hasn t|hasnt|has not|didn t|didnt|still|todavia) )\b(ya no (sangr[oa]|sangran|le sale sangre|me sale sangre|sale sangre)|(dejo|paro) de sangrar|(stopped|no longer) bleeding|san an (sispann|kanpe)|pa (senyen|bay san) anko)\b/;
