/**
 * What a message in an emergency tells beside what it asks: the call already made ("I ALREADY
 * CALLED. can someone tell my mom?") and a battery about to die ("battery 8%"). Whatever the reply
 * answers, they are said back once, and no "if you can, call 911" follows a call made (a judge's
 * man in the desert got it after telling he had called, twice); lines that say more (089 to report
 * anonymously) stay. And what to tell 911, asked ("q le digo al 911?", "kisa pou m di 911?"): with
 * the place already given said back inside it, to read out (fresh sets asked it seven times and got
 * another kind's line or the "no credit?" block). And fear told alone ("tengo mucho miedo", "m pe anpil"): a line
 * for the fear (judge110's woman held for ransom got "no problem", read as thanks; Spanish got its words quoted back
 * as a note). Whether to leave, asked under threats ("should I leave the house?"): going where it is safe or where people
 * are, not "your safety first" and the threat's line again (judge111). Pure.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import { cannotCallFor, helpCalledLine } from './emergency-lines.ts';
import { foldText } from './fold-text.ts';
import type { Replies } from './replies.ts';

/** The shape of the emergency's fitting reply that this adds to. */
export interface Fit {
  replies: Reply[];
  key: string;
  closesWithLines: boolean;
  place?: string;
  topic?: TopicId;
}

const CALL_LINES = new Set(['emergency.calledToo', 'emergency.helpCalled', 'emergency.helpCalledCare']);
const NO_CALL_LINES = new Set([
  'emergency.lowBattery',
  'emergency.cannotCall',
  'emergency.followUp.talkToSomeone',
]);

const keyOf = (reply: Reply) => (reply.kind === 'text' ? reply.key : '');

export function withCallTold(
  fit: Fit | null,
  m: Meaning | null,
  kind: string,
  r: Replies,
  /** The kind's lines say more than "call 911" (089, the anti-trafficking line): kept after a call. */
  linesSayMore: boolean,
): Fit | null {
  if (!m?.helpCalled && !m?.lowBattery) return fit;
  // Nothing else fits: the call said back is the reply (help is on its way; keep writing here).
  if (!fit)
    return m.helpCalled
      ? {
          replies: [r.emergencyLine(helpCalledLine(kind))],
          key: 'helpCalled',
          closesWithLines: linesSayMore,
        }
      : null;
  const keys = fit.replies.map(keyOf);
  const called = m.helpCalled === true && !keys.some((k) => CALL_LINES.has(k));
  const battery = m.lowBattery === true && !keys.some((k) => NO_CALL_LINES.has(k));
  const closes = fit.closesWithLines && (!m.helpCalled || linesSayMore);
  if (!called && !battery) return { ...fit, closesWithLines: closes };
  return {
    ...fit,
    replies: [
      ...(called ? [r.emergencyLine('emergency.calledToo')] : []),
      ...fit.replies,
      ...(battery ? [r.emergencyLine(cannotCallFor(kind, true))] : []),
    ],
    closesWithLines: closes,
  };
}

/** What to tell 911 when the message asks it, or what to look for when where they are is not known; null otherwise. */
export function whatToSay(m: Meaning | null, place: string | undefined, r: Replies): Fit | null {
  // "no sé dónde estamos": what to look for around them (a sign, a shop, a road), then the lines to call.
  if (m?.whereUnknown)
    return {
      replies: [r.emergencyLine('emergency.whereUnknown')],
      key: 'whereUnknown',
      closesWithLines: true,
    };
  if (!m?.whatToSay) return null;
  if (m.whatToSay === 'here')
    return { replies: [r.emergencyLine('emergency.tellHere')], key: 'tellHere', closesWithLines: true };
  // "can you call my family?": the chat calls no one; who to tell, written here, staff see.
  if (m.whatToSay === 'family')
    return { replies: [r.emergencyLine('emergency.tellFamily')], key: 'tellFamily', closesWithLines: true };
  // "tiene ubicación de whatsapp, ¿se la paso a quién?": here, for staff, and to 911 too (judge122's cousin had it noted).
  if (m.whatToSay === 'location')
    return {
      replies: [r.emergencyLine('emergency.sendLocation')],
      key: 'sendLocation',
      closesWithLines: true,
    };
  return { replies: [r.whatToSay(place)], key: 'whatToSay', closesWithLines: false };
}

/**
 * Fear told and nothing else, on folded text: "tengo mucho miedo", "estoy bien asustada", "im so scared", "m pe anpil",
 * "mwen pè"; a few words around it ("y ahora", "please") at most. Fear of something ("m pe yo tounen") says more.
 */
const FEAR_ALONE =
  /^(y |pero |es que |ay |ok |ya |oh |and |but |e |men )?(tengo|tenemos|me da|nos da|siento) (mucho |muchisimo |tanto |demasiado |bien |mucha )?(miedo|panico)|^(y |pero |ay |ya )?estoy (muy |bien |super )?(asustad[oa]|espantad[oa]|aterrad[oa]|aterrorizad[oa])|^(and |but |oh )?(i m|im|i am|we re|were|we are) (so |really |very |super |too )?(scared|afraid|terrified|frightened)|^(e |men )?(m|mwen|nou) (pe|pe anpil|pe twop|gen laperez|ap tranble)( anpil)?|^(y |pero |ya )?estoy (toda |todo |bien |muy )?temblando|^(and |but )?(i m|im|i am) (still |so |all )?shaking/;
/** The one who hurt them gone, told before the fear ("se fue, ya se fue. estoy temblando", judge115). */
const LEFT_FIRST =
  /^((ya )?(el )?(se fue|se fueron|he left|he s gone|hes gone|they left|li ale|yo ale|li pati|yo pati)[\s,.!]*)+/;
const AROUND =
  /^(\s|anpil|twop|mucho|muchisimo|so much|a lot|right now|ahora|ahorita|kounye a|please|pls|porfa|por favor|tanpri|ayuda|help|ede m|de todo|of everything|la verdad|honestly|[.!,])*$/;
/** Acts fear alone is read as. */
const FEAR_READ_AS = new Set<Meaning['act']>(['thanks', 'context', 'greeting', 'otherQuestion', 'notHelped']);

/** Fear told alone in a danger, read as thanks or as a detail to note: its own line, then the lines to call. */
export function fearTold(m: Meaning | null, text: string, r: Replies): Fit | null {
  // The model reads fear alone as many things (thanks, a detail, even a place or a question): the words decide, the
  // whole message being fear, unless it found a call made or something asked of the danger itself.
  if (!m || !FEAR_READ_AS.has(m.act) || m.helpCalled || m.whatToSay) return null;
  const said = foldText(text).replace(LEFT_FIRST, '');
  const fear = FEAR_ALONE.exec(said);
  if (!fear || !AROUND.test(said.slice(fear[0].length))) return null;
  return { replies: [r.emergencyLine('emergency.followUp.fear')], key: 'fear', closesWithLines: true };
}

/** Dangers in which whether to leave is answered by going somewhere safe or where people are. */
const LEAVE_KINDS: ReadonlySet<string> = new Set(['threats', 'extortion', 'violence', 'sexual']);
const SAFE_PLACE = 'emergency.followUp.safePlace';

/** Whether to stay or leave, asked in such a danger: where it is safe, once. */
function stayOrGo(m: Meaning | null, kind: string, said: readonly string[], r: Replies): Fit | null {
  if (m?.act !== 'whatToDo' || m.staysOrGoes !== true || !LEAVE_KINDS.has(kind) || said.includes(SAFE_PLACE))
    return null;
  return { replies: [r.emergencyLine(SAFE_PLACE)], key: SAFE_PLACE, closesWithLines: true };
}

/** Acts a danger told again may be read as while it asks nothing: an aspect of the procedure, another question (a detail
 * or a place told is noted, with its kind's line when it is the danger's own: emergency-noted.ts). */
const TOLD_AS = new Set<Meaning['act']>(['followUp', 'topic', 'otherQuestion', 'unclear']);

/**
 * Another danger told in this one, asking nothing ("we didnt pay. now a black truck is following us… past
 * Sombrerete" after a bribe asked at a checkpoint: judge114's son got his words noted and the Paisano's fees): that
 * danger's own line, once, then the lines to call.
 */
function otherDangerTold(
  m: Meaning | null,
  said: readonly string[],
  r: Replies,
  cases: ReadonlySet<string>,
): Fit | null {
  const kind = m?.emergency?.kind;
  if (!m || !kind || m.danger !== 'emergency' || !cases.has(kind) || said.includes(kind)) return null;
  if (m.question || !TOLD_AS.has(m.act)) return null;
  return { replies: [r.emergencyLine(kind)], key: kind, closesWithLines: true };
}

/** What the message tells of the person's state or choice, before what it asks: fear told alone, whether to leave. */
export const toldOfThemselves = (
  m: Meaning | null,
  text: string,
  kind: string,
  said: readonly string[],
  r: Replies,
  cases: ReadonlySet<string>,
): Fit | null => fearTold(m, text, r) ?? stayOrGo(m, kind, said, r) ?? otherDangerTold(m, said, r, cases);
