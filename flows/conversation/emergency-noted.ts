/**
 * A statement told in an emergency under way (where they are, what is around, who is with them):
 * help come or called said back, otherwise the words noted for staff (as the place when they say
 * where), with no call to make if told, and to someone thinking of suicide the next line of
 * company not said yet (judge65: "at a cheap hotel, I have pills here" got the place alone); a
 * new danger told so, its own line. Pure.
 */
import type { Meaning, Reply } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { cannotCallFor, childLines, companyLine, helpCalledLine, quoteOf } from './emergency-lines.ts';
import { foldText } from './fold-text.ts';
import type { Replies } from './replies.ts';

/** The line for help come, the office's call, or the threat gone. */
const CAME_KEY = {
  help: 'emergency.helpCame',
  staff: 'emergency.staffCalled',
  gone: 'emergency.gone',
} as const;
/**
 * Dangers whose cause can walk away with nobody hurt: one who threatens. Never someone hit or assaulted, who may still
 * need care, nor "se fue" said of one hurt (a review: "yo tire sou frè m… li ale").
 */
const CAN_LEAVE: ReadonlySet<string> = new Set(['threats']);

export interface NotedStep {
  replies: Reply[];
  key: string;
  closesWithLines: boolean;
  place?: string;
}

export function notedStep(
  m: Meaning,
  text: string,
  kind: string,
  r: Replies,
  catalog: TopicCatalog,
  said: readonly string[],
): NotedStep {
  const line = (name: string) => r.emergencyLine(name);
  // Someone of the office called them ("yon moun rele m, mèsi anpil", judge116): glad, and the danger's case goes on.
  // The one who threatened or hit gone ("li ale kounya", emerg-gi): glad, what to do if they come back; elsewhere (a
  // smuggler who "left" them in the desert) the words are noted as any statement.
  const came = CAME_KEY[m.helpCame === 'staff' || m.helpCame === 'gone' ? m.helpCame : 'help'];
  // With the folio, which the office's call may have asked for (a writer expected the case's number there).
  const folio = m.helpCame === 'staff' ? [{ kind: 'folio' } as Reply] : [];
  const cameTold = m.helpCame === 'gone' ? CAN_LEAVE.has(kind) : Boolean(m.helpCame);
  if (cameTold) return { replies: [line(came), ...folio], key: came, closesWithLines: false };
  const place = m.slots?.place;
  const calledLine = helpCalledLine(kind);
  if (m.helpCalled && !place)
    return { replies: [line(calledLine)], key: 'helpCalled', closesWithLines: false };
  // The place said back is what says where, not a question asked with it (judge83: a whole question quoted); a
  // number for a call, the number (judge89's woman had her whole request quoted).
  const phone = place ? undefined : m.slots?.phone;
  const noted = phone ? r.phoneNoted(phone) : r.emergencyNoted(quoteOf(place ?? text), place !== undefined);
  // A new danger told as a statement ("mwen blese nan bra a, gen anpil san" while hiding from
  // an attack): its own line after the note, not the note alone (judge79).
  const toldNow =
    m.emergency?.kind === kind && catalog.emergencyCases.has(kind) && !said.includes(kind) ? kind : null;
  const company = companyLine(kind, said, m.slots?.fromDurango);
  // Someone sick or hurt, in a town the sources give a place of care in: that place, once; so too after an assault
  // whose care was asked for (emerg-fu: "m nan Ciudad Juárez" after where to get the medicine got the place noted alone).
  const careNeeded =
    kind === 'medical' || (kind === 'sexual' && said.includes('answer.after_sexual_violence'));
  const careAt = careNeeded && m.careAt && !said.includes(m.careAt) ? m.careAt : null;
  // Told with the place: help already called, or no call to make ("no tengo saldo pa llamar").
  const also = m.helpCalled ? calledLine : m.alsoCannotCall ? cannotCallFor(kind) : null;
  // A call asked for at the end of it ("…lo dejaron cerca de sasabe. alguien me puede hablar"): the number and a good time.
  const callAsked = m.alsoAsks?.topic === 'human' ? 'emergency.alreadyWithStaff' : null;
  return {
    replies: [
      noted,
      ...[toldNow, also, callAsked, company].flatMap((name) => (name ? [line(name)] : [])),
      ...childLines(m.slots?.age, catalog),
      ...(careAt ? [{ kind: 'case', topic: 'transit_safety', name: careAt } as Reply] : []),
    ],
    // Remembered by the line of company, so the next statement brings the next one.
    key: company ?? toldNow ?? careAt ?? `noted:${quoteOf(text)}`,
    // The new danger's line already says to call 911.
    closesWithLines: !m.helpCalled && !toldNow,
    ...(place ? { place } : {}),
  };
}

/**
 * Said before the answer to the rest of a message: a place told along with something else ("estoy en el albergue, no
 * quiero llamar a la policía"), a number for a call, a language asked for ("do you speak spanish?", emerg-ec).
 */
export const saidFirst = (m: Meaning | null, alsoPlace: string | undefined, r: Replies): Reply[] => [
  ...(alsoPlace ? [r.emergencyNoted(quoteOf(alsoPlace), true)] : []),
  ...(m?.act !== 'context' && m?.slots?.phone ? [r.phoneNoted(m.slots.phone)] : []),
  ...(m?.act === 'language' ? [r.languageNow()] : []),
];

/**
 * A place told along with something else, kept for staff; never one a question opens ("oye y si pido la tarjeta
 * humanitaria en torreon hay oficina de migracion?": judge134's man had his question quoted as his place).
 */
export const placeAlongside = (m: Meaning | null): string | undefined =>
  m?.act !== 'context' && !m?.fromAfar && m?.slots?.place && !ASKED_ABOUT.test(foldText(m.slots.place))
    ? m.slots.place
    : undefined;

/** A place's words that open a question about somewhere ("y si pido… en torreon hay oficina…?"), folded. */
const ASKED_ABOUT =
  /^((oye|oiga|and|y|e|ok|bueno)\s+)*(si|if|hay|is there|are there|where|donde|eske|ki kote)\b/;
