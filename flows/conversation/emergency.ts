/**
 * An emergency under way, until the person is safe or staff close it (staff taking it does not end it): every
 * message gets a reply that fits what it says, as a pure function. A place is said back in one line and kept for
 * staff; "who is coming?" gets the honest answer (this chat sends no one, 911 does, staff are alerted and will write
 * here); "should I pay?" the one sourced line; "I can't call" what to do without a phone; a procedure its short
 * answer; thanks, a greeting after a silence, a language or "what now?" their own line; where to go from a partner, a
 * partner's violence's refuge. Every reply ends with the lines to call, and never repeats a whole earlier reply.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { assaultCare } from './assault-care.ts';
import type { ConversationContext } from './context.ts';
import { caseKind } from './desert-sign.ts';
import {
  asksWithoutDanger,
  aspect,
  careAsked,
  firstKnown,
  ownLineAsked,
  procedureAnswer,
} from './emergency-aspect.ts';
import {
  answerFeared,
  CARE_KINDS,
  cannotCallFor,
  linesFor,
  moneyWanted,
  NO_MONEY_ASKED,
  namesTheLines,
  nextLine,
  PAYER_ASKED,
  passageReply,
  reachesSomeone,
  thanksLine,
  waitedLines,
  withoutRepeats,
} from './emergency-lines.ts';
import { notedStep, placeAlongside, saidFirst } from './emergency-noted.ts';
import { refugeStep, shelterLed } from './emergency-refuge.ts';
import { replayed } from './emergency-replay.ts';
import { toldOfThemselves, whatToSay, withCallTold } from './emergency-told.ts';
import { farOnlyForOther } from './far-told.ts';
import { askedWhole, strongPassage } from './passage.ts';
import type { Replies } from './replies.ts';
import { threatRenewed } from './threat-renewed.ts';

/** Lines remembered (the context keeps at most 40). */
const SAID = 30;

export interface EmergencyStep {
  replies: Reply[];
  /** The lines given so far (the context's `emergency.said`). */
  said: string[];
  /** Where the person said they are, for the urgent ticket. */
  place?: string;
  /** The procedure this reply answered, so "¿y qué papeles ocupo?" next asks about it. */
  topic?: TopicId;
}

/** The reply that fits the message, and the name it is remembered by (so a repeat brings a new line). */
function fitting(
  m: Meaning | null,
  text: string,
  kind: string,
  r: Replies,
  catalog: TopicCatalog,
  said: readonly string[],
  procedure: TopicId | null,
  partner = false,
): { replies: Reply[]; key: string; place?: string; closesWithLines: boolean; topic?: TopicId } | null {
  const line = (name: string) => r.emergencyLine(name);
  // Money asked for under a threat ("¿les pagamos?"): the one sourced line, which names 911 and 089; again, other words.
  const money = said.includes('extortion') ? 'emergency.moneyAgain' : 'extortion';
  const moneyLine = (of: string): Reply[] =>
    !CARE_KINDS.has(of) && catalog.emergencyCases.has('extortion') ? [line(money)] : [];
  // "ki kote m ka ale ak pitit mwen?" when he has left: where the sources send people in this danger.
  const refuge = refugeStep(m, kind, catalog, said, text, partner);
  if (refuge) return refuge;
  // "si llega la policía y nos saca, ¿nos van a deportar?": what the sources say of calling for help without papers,
  // not the help for people already deported; or a locale's line (children feared).
  const feared = answerFeared(m, said, kind);
  const ownLine = feared?.startsWith('emergency.') === true;
  if (feared && (ownLine || catalog.emergencyAnswers?.has(feared)))
    return {
      replies: [
        ownLine ? line(feared) : passageReply(catalog, 'emergency', feared),
        ...(m?.alsoPay ? moneyLine(kind) : []),
      ],
      key: feared,
      closesWithLines: true,
    };
  // The threat made again: the line for money asked under threat, before any passage its words match.
  if (threatRenewed(m, kind, text) && moneyLine(kind).length)
    return { replies: moneyLine(kind), key: 'extortion', closesWithLines: false };
  // A question the knowledge answers ("if they get us out, will they deport us?", "who looks after the girl?"), whatever
  // the dialogue model made of it: that passage, then the lines to call. A procedure the message names is answered from
  // that topic; paying, who is coming and not being able to call keep their own lines. A question about the emergency
  // itself ("if I call, will they deport me?") is answered from its own answers first, even when it names a procedure,
  // if they say most of it; not when the call is told before a question ("m rele 911… èske m ka mande refij?").
  const itself =
    m?.question && !m.helpCalled && !m.callFailed
      ? (strongPassage(
          m,
          ['emergency'],
          (a) => a.passage.startsWith('answer.'),
          m.act === 'topic' || m.act === 'cannotCall' ? 'sure' : 'strong',
        ) ?? strongPassage(m, ['emergency'], askedWhole))
      : undefined;
  const own = ownLineAsked(m, Boolean(itself));
  const topics = m?.act === 'topic' ? [m.topic] : (m?.answers ?? []).map((a) => a.topic);
  // "¿Quién cuida a la niña si no encuentran a su mamá?" read like "who is coming?": a named answer of the emergency
  // it says nearly word for word answers it; not who is coming asked in so many words (a judge got the Guard's training).
  const sure =
    m?.act === 'whoComes' && !m.whoAsked
      ? strongPassage(m, ['emergency'], (a) => a.passage.startsWith('answer.'), 'sure')
      : undefined;
  // A procedure asked about for the first time here gets its first answer ("¿puedo pedir refugio aquí?": the COMAR),
  // unless a named answer says nearly word for word what was asked.
  const firstAsked =
    m?.act === 'topic' &&
    asksWithoutDanger(m) &&
    m.topic !== 'human' &&
    m.topic !== 'emergency' &&
    !said.some((s) => s.startsWith(`topic:${m.topic}:`) || s.startsWith(`passage:${m.topic}:`));
  // Each kind of danger's details are its lines, said by the rotation: never another kind's (the desert got suicide's).
  const found = strongPassage(
    m,
    topics,
    (a) => !(a.topic === 'emergency' && a.passage.startsWith('details.')),
    firstAsked ? 'sure' : 'strong',
  );
  const passage = (m && (m.question || m.act === 'whatToDo') && !own ? (itself ?? found) : undefined) ?? sure;
  // Asked for the first time, the procedure's first answer comes before the named answer, as in an ordinary conversation
  // ("¿puedo pedir refugio? no quiero regresar": the COMAR, then whether they can send you back). Not the office's: its
  // first answer is who the assistant is and the address the passage says again.
  const lead: Reply[] =
    passage && firstAsked && passage === found && passage.topic !== 'office_info'
      ? [{ kind: 'entry', topic: passage.topic, part: 'reply' }]
      : [];
  // Help already called ("ya hablé al 911, ¿y lo de buscar a mi hijo?"): said back before the answer.
  if (m?.helpCalled && m.act !== 'context') lead.unshift(line('emergency.calledToo'));
  if (m?.alsoCannotCall) lead.unshift(line(cannotCallFor(kind)));
  if (passage)
    return {
      replies: [...lead, ...shelterLed(m, r, catalog, passage)],
      key: `passage:${passage.topic}:${passage.passage}`,
      closesWithLines: !m?.helpCalled,
      ...(passage.topic !== 'emergency' ? { topic: passage.topic } : {}),
    };
  const reach = reachesSomeone(kind, said, text); // "my sister lives close, i can call her", however it was read
  if (reach) return { replies: [line(reach)], key: reach, closesWithLines: true };
  switch (m?.act) {
    case 'context':
      return notedStep(m, text, kind, r, catalog, said);
    case 'whoComes':
      return {
        // "no credit… can you send the police?": what to do without a call, then who comes.
        replies: [
          ...(m.alsoPay ? moneyLine(kind) : []),
          ...(m.alsoCannotCall ? [line(cannotCallFor(kind))] : []),
          line('emergency.whoComes'),
          { kind: 'queue' },
        ],
        key: 'whoComes',
        closesWithLines: false,
      };
    case 'pay': {
      // "li peye?" in a medical emergency, or "¿el instituto paga todo?", asks a cost, not whether to pay a threat: the
      // procedure's cost, or in a medical emergency with no procedure yet, what care on the road costs.
      const cost = aspect(procedure ?? (kind === 'medical' ? 'transit_safety' : null), ['cost'], catalog);
      const wanted = moneyWanted(kind, text);
      if (cost && !wanted && (NO_MONEY_ASKED.has(kind) || PAYER_ASKED.test(text))) return cost;
      if (CARE_KINDS.has(kind)) return null;
      // Money asked for in any other danger ("¿les pagamos?"): the line for money asked under threat, which names 911
      // and 089; remembered as that line, so asked again after it a new one follows.
      const money = moneyLine(kind);
      return money.length ? { replies: money, key: 'extortion', closesWithLines: false } : null;
    }
    case 'cannotCall': {
      // 911 reached but "they can't do anything" (a relative calling from the US): calling from abroad.
      const abroad = 'answer.calling_from_abroad';
      if (m.callFailed === 'refused' && catalog.emergencyAnswers?.has(abroad))
        return { replies: [passageReply(catalog, 'emergency', abroad)], key: abroad, closesWithLines: false };
      const name = m.callFailed ? 'emergency.callFailed' : cannotCallFor(kind, m.lowBattery);
      return { replies: [line(name)], key: name, closesWithLines: true };
    }
    case 'when': {
      const waited = waitedLines(kind, said, m.robotSaid);
      return {
        replies: [...waited.lines.map(line), { kind: 'queue' }],
        key: waited.key,
        closesWithLines: true,
      };
    }
    case 'thanks':
      // The thanks line names 911 itself: no closing line after it (a judge's man got "call 911" to his goodbye).
      return { replies: [line(thanksLine(kind, text))], key: 'thanks', closesWithLines: false };
    case 'whatToDo': {
      // A danger of no known kind (the model's alone: "nonm nan toujou la, li gade m. ki sa m fe?"), someone near them.
      if (m.staysOrGoes === 'tellsNearby')
        return { replies: [line('emergency.tellNearby')], key: 'tellNearby', closesWithLines: true };
      if (!catalog.emergencyCases.has(kind))
        return { replies: [line('emergency.nearbyNow')], key: 'nearbyNow', closesWithLines: true };
      const what = [line('emergency.whatNow'), line(kind)];
      return { replies: what, key: `what:${kind}`, closesWithLines: false };
    }
    case 'emergency':
      return catalog.emergencyCases.has(kind)
        ? { replies: [line(kind)], key: kind, closesWithLines: true }
        : null;
    case 'followUp':
      // An aspect of the procedure answered last ("q papeles ocupo pa eso"): that facet's answer.
      return aspect(m.topic, m.facets, catalog);
    default:
      break;
  }
  if (m?.topic === 'human')
    return {
      replies: [line('emergency.alreadyWithStaff'), { kind: 'folio' }],
      key: 'human',
      closesWithLines: true,
    };
  // A procedure named with no danger in it ("¿cómo saco la tarjeta humanitaria?"): its short answer, then the lines.
  const asked =
    m?.act === 'topic' && asksWithoutDanger(m) && catalog.topics[m.topic] && m.topic !== 'emergency';
  if (m && asked) {
    const facets = firstKnown(m.topic, m.facets, catalog);
    // A topic asked about for the first time here gets its first answer too ("¿puedo pedir refugio?": the COMAR).
    const first =
      !said.some((s) => s.startsWith(`topic:${m.topic}:`)) && !(m.topic === 'office_info' && facets.length);
    const answer = procedureAnswer(m, facets, first);
    return {
      replies: [
        ...(m.helpCalled ? [line('emergency.calledToo')] : []),
        ...(m.alsoCannotCall ? [line(cannotCallFor(kind))] : []),
        ...answer,
      ],
      key: `topic:${m.topic}:${facets.join('+')}`,
      closesWithLines: !m.helpCalled, // told they already called: the lines to call are not said again
      topic: m.topic,
    };
  }
  return null;
}

export function emergencyFollowUp(
  ctx: ConversationContext,
  meaning: Meaning | null,
  text: string,
  r: Replies,
  catalog: TopicCatalog,
): EmergencyStep {
  const { said = [], forOther } = ctx.emergency ?? {};
  const m = farOnlyForOther(meaning, forOther);
  // The model's emergencies ('unknown') keep the kind known; a sign of thirst in the desert too (desert-sign.ts).
  const kind = caseKind(m?.emergency?.kind, ctx.emergency?.kind, text);
  const linesName = linesFor(kind, catalog);
  const fit = withCallTold(
    whatToSay(m, ctx.emergency?.place, r) ??
      toldOfThemselves(m, text, kind, said, r, catalog.emergencyCases) ??
      replayed(m, said, catalog, r) ??
      assaultCare(m, text, kind, said, catalog) ??
      careAsked(m, text, kind, said, catalog, ctx.topic) ??
      fitting(m, text, kind, r, catalog, said, ctx.topic, ctx.emergency?.byPartner),
    m,
    kind,
    r,
    linesName !== 'emergency.call911',
  );
  // A place told along with something else ("estoy en el albergue, no quiero llamar a la policía"), or a number for
  // a call: kept for staff and said back first, then the answer to the rest.
  const alsoPlace = placeAlongside(m);
  // "What do I do?" asked again after its line was said to it, telling no body failing now: the next line.
  const whatAgain = fit?.key.startsWith('what:') === true && said.includes(fit.key) && !CARE_KINDS.has(kind);
  const next = nextLine(kind, catalog, said, fit?.replies ?? [], whatAgain, forOther);
  const lines = r.emergencyLine(linesName);
  const placeLead = saidFirst(m, alsoPlace, r);
  const placeKept = alsoPlace ? { place: alsoPlace } : {};
  if (!fit)
    return {
      replies: [...placeLead, r.emergencyLine(next), lines],
      said: [...said, next].slice(-SAID),
      ...placeKept,
    };
  // Asked again: the same answer and a line not said yet, so no reply repeats an earlier one; "what do I do" asked
  // again, only that line (where people are first) and the lines to call (judge92 got the ransom's line twice).
  const again = said.includes(fit.key) || said.includes(fit.key.replace('passage:emergency:', ''));
  return {
    replies: withoutRepeats([
      ...placeLead,
      ...(whatAgain ? [] : fit.replies),
      ...(again || whatAgain ? [r.emergencyLine(next)] : []),
      ...((fit.closesWithLines && !namesTheLines(fit.replies)) || whatAgain ? [lines] : []),
    ]),
    said: [...said, fit.key, ...(again || whatAgain ? [next] : [])].slice(-SAID),
    ...(fit.place ? { place: fit.place } : placeKept),
    ...(fit.topic ? { topic: fit.topic } : {}),
  };
}
