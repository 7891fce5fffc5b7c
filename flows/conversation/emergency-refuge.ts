/**
 * Where to go in a danger, by its kind: the emergency's answer that gives a refuge (the women's justice centres for
 * violence, the Grupos Beta for extortion, a rescued victim's shelter for someone held), once, when asked; and the
 * sources' silence on shelters in the town told, before the far ones they name. Pure.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { passageReply } from './emergency-lines.ts';
import type { Replies } from './replies.ts';
import { SHELTERS } from './talk-shape.ts';

/** The emergency's answer on where to go, by kind: for violence, the women's justice centres and refuge. */
const REFUGE_FOR: Partial<Record<string, string>> = {
  violence: 'answer.partner_violence',
  sexual: 'answer.partner_violence',
  // "ki kote m ka ale pou m an sekirite?" hiding from a cartel that wants money (emerg-fq got "first, your safety" and
  // the phone extortion's line): the Grupos Beta, who protect migrants. Not a threat's: "li konn kote m rete" (he knows
  // where I live) reads as seeking refuge there, and its own line answers it better.
  extortion: 'answer.grupos_beta',
  // Out of where they were held with nowhere to go ("ya sali, estoy en la calle… no tengo a donde ir", emerg-gc got "go
  // somewhere safe"): what a rescued victim gets, FEVIMTRA's shelter among it.
  held: 'answer.rescued_from_traffickers',
};

/** "¿A dónde me voy con mi niña?" in this kind of danger: its answer once, when the sources have one. */
export const refugeFor = (kind: string, catalog: TopicCatalog, said: readonly string[]): string | null => {
  const answer = REFUGE_FOR[kind];
  // Said already, as the refuge or as the passage a question found (judge111: the same shelters twice running).
  const given = said.includes(answer ?? '') || said.includes(`passage:emergency:${answer}`);
  return answer && catalog.emergencyAnswers?.has(answer) && !given ? answer : null;
};

/** The Grupos Beta named, as the road's help asked ("gwoup beta?"), or a man told ("m se gason": blind127). */
const ROAD_NOT_PARTNER =
  /\b(grupos? beta|gwoup beta|beta|m se (yon )?gason|mwen se (yon )?gason|soy (hombre|varon)|i m a (man|guy)|im a (man|guy)|i am a man)\b/i;

/** Kinds of danger from someone close, where the road's safety is never the answer. */
const AT_HOME = new Set(['violence', 'sexual']);

/** Staying safe asked ("what can i do to stay safe", "¿qué hago para estar segura?", "kijan m ka rete an sekirite"). */
const SAFE_NAMED =
  /\b(stay|keep|be|remain|feel) safe\b|\b(estar|mantenerme|quedarme|seguir) (a salvo|segur[oa]s?)\b|\b(rete|ret|ka) an sekirite\b/i;

/**
 * The refuge a message asks for in this danger: where to go asked, or, in a danger of violence, how to stay safe read
 * as the road's safety ("what can i do to stay safe" after "my boyfriend hits me" got the Grupos Beta: judge117). Not a
 * shelter asked after an assault on the road, a danger of the same kind, which the road's answers give.
 */
export const refugeAsked = (
  m: Meaning | null,
  kind: string,
  catalog: TopicCatalog,
  said: readonly string[],
  text: string,
): string | null => {
  const roadSafety = m?.act === 'topic' && m.topic === 'transit_safety' && m.question;
  const staySafe = roadSafety && AT_HOME.has(kind) && SAFE_NAMED.test(text);
  // A town told with a bed asked after an attack there ("eske gen yon kote m ka dòmi nan chihuahua?": judge127's robbed
  // man got the women's justice centres): the road's shelters and the Grupos Beta, not a partner's violence.
  // Only with the Grupos Beta named: a partner's violence asks a bed in a town too (the review).
  const townBed =
    kind === 'violence' &&
    ROAD_NOT_PARTNER.test(text) &&
    (m?.shelterFar !== undefined || m?.shelterNear === true);
  return (m?.seeksRefuge || staySafe) && !townBed ? refugeFor(kind, catalog, said) : null;
};

/**
 * Where to go asked, as the emergency's step: the refuge's answer, once. A threat from a partner or an ex (told when
 * the emergency started) is a partner's violence here: the women's justice centres and refuge.
 */
export const refugeStep = (
  m: Meaning | null,
  kind: string,
  catalog: TopicCatalog,
  said: readonly string[],
  text: string,
  partner: boolean | undefined,
): { replies: Reply[]; key: string; closesWithLines: boolean } | null => {
  const refuge = refugeAsked(m, partner && kind === 'threats' ? 'violence' : kind, catalog, said, text);
  return refuge
    ? { replies: [passageReply(catalog, 'emergency', refuge)], key: refuge, closesWithLines: false }
    : null;
};

/**
 * A passage found in a danger, after the sources' silence on shelters in the town told when it lists shelters ("le m
 * rive torreon ki kote m ka dòmi? m pa gen kob": judge126 got Tabasco's and Tapachula's as if near).
 */
export const shelterLed = (
  m: Meaning | null,
  r: Pick<Replies, 'shelterFar'>,
  catalog: TopicCatalog,
  found: { topic: TopicId; passage: string },
): Reply[] => [
  ...(m?.shelterFar && SHELTERS.has(found.passage) ? [r.shelterFar(m.shelterFar)] : []),
  passageReply(catalog, found.topic, found.passage),
];
