/**
 * What the demo's people do, by what they came for (plan.ts): ask about a topic in their own
 * words and follow it up (how much, where, which papers…), browse the menu's buttons, write
 * something the assistant cannot understand, ask for a person, fill in a family's form
 * (remains, locate), write an emergency or a past danger; some say "that did not help" or
 * ask for staff after an answer; some come back another day, or the same day after idling.
 */
import type { TurnResult } from '../core/ports/conversations.ts';
import {
  ASK_PERSON,
  EMERGENCY,
  FORM_ANSWERS,
  GREETINGS,
  NONSENSE,
  NOT_HELPED,
  OUT_OF_SCOPE,
  PAST_DANGER,
} from './lines.ts';
import { addDays, localDay, localInstant } from './office-time.ts';
import { FACET_PHRASES, TOPIC_PHRASES } from './phrases.ts';
import type { Purpose } from './plan.ts';
import { buttonsOf, MINUTE, type Person, type Script, tap, type, words } from './script.ts';
import { withStaff } from './staff.ts';

/** How often each topic is asked about in people's own words. */
const POPULAR: Readonly<Record<string, number>> = {
  apostille: 12,
  dual_nationality: 12,
  us_pension: 8,
  us_visa_passport: 8,
  state_documents: 8,
  office_info: 6,
  deportee_support: 6,
  mx_status: 5,
  us_humanitarian_visa: 4,
  family_reunification: 4,
  paisano: 4,
  remains_repatriation: 3,
  locate_person: 3,
  productive_projects: 3,
  legal_advice: 3,
  asylum: 3,
  reintegration: 3,
  psych_support: 2,
  transit_safety: 2,
};
const FORM_TOPIC = { remains: 'remains_repatriation', locate: 'locate_person' } as const;
const FORM_FIELDS = {
  remains: ['names', 'places', 'dates', 'relationships', 'origins', 'contacts'],
  locate: ['names', 'places', 'dates', 'options', 'relationships', 'contacts'],
} as const;

/** A whole conversation: its first visit, and perhaps a return or two on the same chat. */
export function* conversation(p: Person): Script {
  let purpose: Purpose = p.plan.purpose;
  for (let visit = 0; visit < 3; visit++) {
    yield* visitFor(p, purpose);
    const back = p.r.weighted({ no: visit === 0 ? 78 : 90, anotherDay: visit === 0 ? 15 : 8, sameDay: 7 });
    if (back === 'no') return;
    // After idling longer than the engine waits, whatever the last step was (staff's close too).
    const earliest = p.now + p.idleMs + 3 * MINUTE;
    const at =
      back === 'sameDay'
        ? earliest + p.r.between(5, 150) * MINUTE
        : localInstant(
            addDays(localDay(p.now, p.timeZone), p.r.int(1, 21)),
            p.r.int(9 * 60, 21 * 60),
            p.timeZone,
          );
    p.now = Math.max(at, earliest);
    purpose = p.r.weighted({ ask: 70, browse: 12, human: 10, remains: 4, locate: 4 });
  }
}

function* visitFor(p: Person, purpose: Purpose): Script {
  const { r } = p;
  let result: TurnResult;
  switch (purpose) {
    case 'ask':
      result = yield* type(p, askAbout(p, pickTopic(p)), 0);
      break;
    case 'browse':
      result = yield* browse(p);
      break;
    case 'unclear':
      result = yield* type(p, words(p, r.chance(0.55) ? NONSENSE : OUT_OF_SCOPE), 0);
      break;
    case 'human':
      if (r.chance(0.6)) result = yield* type(p, words(p, ASK_PERSON), 0);
      else {
        const menu = yield* type(p, words(p, GREETINGS), 0);
        result = buttonsOf(menu).includes('human') ? yield* tap(p, 'human') : menu;
      }
      break;
    case 'remains':
    case 'locate':
      result = yield* type(p, askAbout(p, FORM_TOPIC[purpose]), 0);
      if (buttonsOf(result).includes('yes') && r.chance(0.85)) result = yield* fillForm(p, purpose);
      break;
    case 'emergency':
      result = yield* type(p, words(p, EMERGENCY), 0);
      break;
    case 'pastDanger':
      result = yield* type(p, words(p, PAST_DANGER), 0);
      break;
  }
  yield* carryOn(p, result);
}

/** After a reply: follow-ups until the person is done, or staff take over. */
function* carryOn(p: Person, first: TurnResult): Script {
  const { r } = p;
  let result = first;
  for (let i = 0; i < 5; i++) {
    if (result.report.queued) return yield* withStaff(p, result);
    const buttons = buttonsOf(result);
    const topic = result.report.topic;
    const answered = topic !== 'none' && topic !== 'human' && topic !== 'emergency';
    // An offer of a person ("¿Quieres que te pase con…?"): the answer to a miss or a "did not help".
    const offered = !answered && buttons.includes('yes');
    const next = offered
      ? r.weighted({ yes: 35, ask: 35, done: 30 })
      : r.weighted({
          done: i === 0 ? 30 : 50,
          facet: answered ? 24 : 0,
          more: buttons.includes('more') ? 12 : 0,
          notHelped: answered ? 7 : 0,
          person: 8,
          ask: 9,
          unclear: 4,
        });
    switch (next) {
      case 'done':
        return;
      case 'yes':
        result = yield* tap(p, 'yes');
        break;
      case 'facet':
        result = yield* type(p, words(p, r.pick(Object.values(FACET_PHRASES))));
        break;
      case 'more':
        result = yield* tap(p, 'more', r.between(10, 40) * 1000);
        break;
      case 'notHelped':
        result = yield* type(p, words(p, NOT_HELPED));
        break;
      case 'person':
        result =
          buttons.includes('yes') && topic !== 'remains_repatriation' && topic !== 'locate_person'
            ? yield* tap(p, 'yes')
            : buttons.includes('human')
              ? yield* tap(p, 'human')
              : yield* type(p, words(p, ASK_PERSON));
        break;
      case 'ask':
        result = yield* type(p, askAbout(p, pickTopic(p)));
        break;
      case 'unclear':
        result = yield* type(p, words(p, r.chance(0.5) ? NONSENSE : OUT_OF_SCOPE));
        break;
    }
  }
  if (result.report.queued) yield* withStaff(p, result);
}

/** "Hola", then the menu's buttons: a topic (sometimes from the second page). */
function* browse(p: Person): Script<TurnResult> {
  const { r } = p;
  let result = yield* type(p, words(p, GREETINGS), 0);
  if (buttonsOf(result).includes('menu:more') && r.chance(0.3)) result = yield* tap(p, 'menu:more');
  const topics = buttonsOf(result).filter((v) => v.startsWith('topic:'));
  if (topics.length === 0) return result;
  const chosen = r.pick(topics);
  result = yield* tap(p, chosen);
  const form =
    chosen === 'topic:remains_repatriation' ? 'remains' : chosen === 'topic:locate_person' ? 'locate' : null;
  if (form && buttonsOf(result).includes('yes') && r.chance(0.5)) result = yield* fillForm(p, form);
  return result;
}

/** Yes to the form, each question answered (or skipped), the summary confirmed (or, rarely, cancelled). */
function* fillForm(p: Person, form: 'remains' | 'locate'): Script<TurnResult> {
  const { r } = p;
  let result = yield* tap(p, 'yes', r.between(10, 40) * 1000);
  for (let field = 0; field < 8; field++) {
    const buttons = buttonsOf(result);
    if (!buttons.includes('skip')) break;
    const options = buttons.filter((v) => v.startsWith('answer:'));
    const kind = FORM_FIELDS[form][field] ?? 'contacts';
    if (options.length && r.chance(0.85)) result = yield* tap(p, r.pick(options));
    else if (r.chance(0.1) || kind === 'options') result = yield* tap(p, 'skip');
    else result = yield* type(p, r.pick(FORM_ANSWERS[kind]), r.between(20, 90) * 1000);
  }
  const buttons = buttonsOf(result);
  if (buttons.includes('yes') && buttons.includes('cancel'))
    return yield* tap(p, r.chance(0.93) ? 'yes' : 'cancel', r.between(15, 60) * 1000);
  return result;
}

function pickTopic(p: Person): string {
  const known = Object.fromEntries(
    Object.entries(POPULAR).filter(([topic]) => p.topics.includes(topic) && TOPIC_PHRASES[topic]),
  );
  return Object.keys(known).length ? p.r.weighted(known) : 'office_info';
}

function askAbout(p: Person, topic: string): string {
  const phrases = TOPIC_PHRASES[topic];
  return phrases ? words(p, phrases) : words(p, ASK_PERSON);
}
