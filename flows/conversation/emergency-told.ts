/**
 * What a message in an emergency tells beside what it asks: the call already made ("I ALREADY
 * CALLED. can someone tell my mom?") and a battery about to die ("battery 8%"). Whatever the reply
 * answers, they are said back once, and no "if you can, call 911" follows a call made (a judge's
 * man in the desert got it after telling he had called, twice); lines that say more (089 to report
 * anonymously) stay. And what to tell 911, asked ("q le digo al 911?", "kisa pou m di 911?"): with
 * the place already given said back inside it, to read out (fresh sets asked it seven times and got
 * another kind's line or the "no credit?" block). Pure.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import { cannotCallFor, helpCalledLine } from './emergency-lines.ts';
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
  return { replies: [r.whatToSay(place)], key: 'whatToSay', closesWithLines: false };
}
