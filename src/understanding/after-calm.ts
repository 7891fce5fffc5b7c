/**
 * What a message that ends an emergency also asks or tells: "ya nos abrieron… ¿sigue en pie lo
 * del refugio?" asks a procedure after the calm sentence; "¡ya apareció! pero se lo llevó la
 * migra y no sabemos a dónde" tells a procedure's case unasked (a relative now detained). Read
 * as a calm conversation's message would be. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { GOING_HOME } from './emergency-words.ts';
import { fold } from './fold.ts';
import { lastQuestion, questionAfterCalm, sentencesOf } from './question-part.ts';
import { pickedUpByKin } from './safe-place.ts';

/** News that the relative is alive and well, said of them: "he's ok", "ya apareció", "li byen". */
const RELIEF =
  /\b(he s|she s|they re|he is|she is|they are|esta|estan|li|yo) (ok|okay|fine|alive|safe|bien|vivo|viva|vivos|byen|anfom)\b|\bpero (esta |sigue )?(vivo|viva|vivos|bien)\b|\bbut (he s |she s |they re )?(alive|ok|okay|fine)\b|\b(ya )?(aparecio|aparecieron|(lo|la|los) (encontraron|encontro|hallaron|hallo)|found (him|her|them))\b|\b(he|she) (called|texted|messaged) (me |us )?(again|back)\b|\b(ya )?(me|nos) (volvio a llamar|llamo otra vez|llamo de nuevo)\b|\bli rele (m |mwen )?ank(o|ò)\b/;

/**
 * The person themselves found or taken by the authorities ("border patrol found us, they gave us water", "nos
 * encontró la migra"): their own rescue, not a relative now held whose whereabouts are to be searched (emerg-ec).
 */
const SELF_FOUND =
  /\b(found|caught|picked up|detained|got|rescued) (us|me)\b|\b(nos|me) (encontr\w*|agarr\w*|detuv\w*|recogi\w*|rescat\w*)\b|\byo (jwenn|arete|pran|ranmase) (nou|mwen|m)\b/;

/** How sure the topic model must be that a calm message tells a procedure's case, unasked. */
const TOLD_PROCEDURE_SURE = 0.7;

/**
 * Procedures a calm message may tell a case of without asking: a relative now detained, a
 * deportation, a death, papers of an asylum or a stay in Mexico lost. Others told unasked
 * ("paramedics have him" read as help on the road) were answers nobody wanted.
 */
const TOLD_CASES = new Set([
  'locate_person',
  'deportee_support',
  'remains_repatriation',
  'asylum',
  'mx_status',
]);

/** The procedure asked after the calm sentence, or told as a case; null when neither. */
export function askedOrToldAfterCalm(
  text: string,
  dialogue: DialogueContext,
  understand: (text: string, calm: DialogueContext) => Meaning,
  /** Whether a sentence says the person is safe. */
  safe: (sentence: string) => boolean,
  /** The message tells the relative is now held by the authorities: a case of a search told. */
  held = false,
): Meaning | null {
  // Read as a calm conversation's message: no emergency, nothing asked or offered.
  const calm = { ...dialogue, emergency: false, asked: null, offered: null };
  const asked = questionAfterCalm(text, safe, true);
  // "m pa an danje ankò. m mande pou COMAR, demand refij": else what the sentences that do not say so tell.
  const toldRest = () => {
    const rest = sentencesOf(text)
      .filter((sentence) => !safe(sentence))
      .join(' ');
    return rest && rest !== text ? toldCase(understand(rest, calm), held) : null;
  };
  const then = asked
    ? homeAsked(asked, outOfLine(asked, calm, understand))
    : held || !pickedUpByKin(fold(text))
      ? (toldCase(understand(text, calm), held) ?? toldRest())
      : null;
  const whatNow = asked && then && whatNowOnly(then, () => understand(asked, { ...calm, topic: null }));
  const named = whatNow ? null : procedureOf(then);
  if (named || !asked) return named;
  // "¿qué sigue? ¿le pueden dar abogado?": the question after "what now", when there is one.
  const next = lastQuestion(asked);
  return next && next !== asked ? procedureOf(homeAsked(next, understand(next, calm))) : null;
}

/**
 * The question read in the calm conversation; read as the queue's ("is there a shelter here" in line is asked of no
 * topic), read as if out of line, where it names its procedure (judge103's man rescued in Altar got only "noted").
 */
function outOfLine(
  asked: string,
  calm: DialogueContext,
  understand: (text: string, calm: DialogueContext) => Meaning,
): Meaning {
  const then = understand(asked, calm);
  if (then.topic !== 'none' || !calm.withStaff) return then;
  const alone = understand(asked, { ...calm, withStaff: false });
  return procedureOf(alone) && alone.topic !== 'office_info' ? alone : then;
}

/** A reading that names a procedure (no emergency), or null. */
function procedureOf(then: Meaning | null): Meaning | null {
  return then && then.topic !== 'none' && then.topic !== 'emergency' && !then.emergency ? then : null;
}

/**
 * "Ya se fueron esos tipos. ¿Cómo me regreso a Durango? No traigo dinero": getting home is the help after a
 * deportation (transport from the repatriation modules), as in the emergency itself, not the jobs on return.
 */
const homeAsked = (asked: string, then: Meaning, folded = fold(asked)): Meaning =>
  GOING_HOME.test(folded) || BRING_BACK.test(folded)
    ? { ...then, topic: 'deportee_support', act: 'topic', confidence: 1 }
    : then;

/** Bringing the one now safe home ("ya lo dejaron ir… ¿cómo lo traigo para acá?", "how do we get him home?"). */
const BRING_BACK =
  /\b((como|how) (lo|la|los|las) (traigo|traemos|regreso|regresamos|llevo|llevamos) (para|pa) (aca|aqui|la casa|durango)|how do (i|we) (bring|get) (him|her|them) (home|back))\b/;

/**
 * "Ya se fueron, estoy temblando, ¿qué hago ahora?": what to do now that the danger has passed, which
 * names no procedure; not the steps of the one talked about before the danger (a judge's woman,
 * shaking after men with a knife left her door, got how to ask for asylum).
 */
const whatNowOnly = (then: Meaning, alone: () => Meaning): boolean =>
  then.act === 'followUp' && then.facets.every((f) => f === 'steps') && alone().topic === 'none';

/**
 * "Ya estamos bien, gracias" tells no procedure: only a reading the topic model is sure of, or
 * any reading of a search or a deportation when the message says the authorities hold the relative.
 */
const toldCase = (then: Meaning, held: boolean): Meaning | null =>
  then.act === 'topic' && (held || then.confidence >= TOLD_PROCEDURE_SURE) && TOLD_CASES.has(then.topic)
    ? then
    : null;

/** Where, asked ("¿dónde lo tienen?", "where is he held", "ki kote yo kenbe l"), folded. */
const WHERE_ASKED = /\b(donde|adonde|where|kote)\b/;

/**
 * A message in an emergency, with what follows its calm: "…¿sigue en pie lo del refugio?" asked
 * after "ya nos abrieron", or news that border patrol or ICE now hold the relative ("he's ok but
 * they're holding him, he doesn't know where they're taking him"), which ends the danger of before
 * and begins a search (a fresh set, session 40: answered "keep writing here" instead).
 */
export function withWhatFollowsCalm(
  m: Meaning,
  text: string,
  dialogue: DialogueContext,
  understand: (text: string, calm: DialogueContext) => Meaning,
  safe: (sentence: string) => boolean,
  byAuthorities: boolean,
): Meaning {
  // Told as news of relief ("he's ok but…", "ya apareció"): a detention told in fear stays the danger's.
  const relief = text.split(/[.,;!?]+/).some((clause) => safe(clause)) || RELIEF.test(fold(text));
  const held = byAuthorities && (relief || m.act === 'safe') && !m.emergency && !SELF_FOUND.test(fold(text));
  if (m.act !== 'safe' && !held) return m;
  // Held now with nothing else read ("ya lo encontraron!! la migra lo agarró, está vivo gracias a dios"): the search.
  const heldOnly: Meaning | null = held
    ? { ...m, topic: 'locate_person', act: 'topic', confidence: 1, candidates: [], facets: [] }
    : null;
  const then = askedOrToldAfterCalm(text, dialogue, understand, safe, held) ?? heldOnly;
  if (!then) return m;
  // Held now, where asked: the search's steps (the consulates for one held abroad), not a passage
  // the words matched (judge101's brother, taken by border patrol, got the registry of migrant children).
  const { answers: _, ...unmatched } = then;
  // Where asked in other words is the search's too ("como se donde lo tienen" read as a state's documents' where).
  const search =
    held && (then.topic === 'locate_person' || WHERE_ASKED.test(fold(text)))
      ? { ...unmatched, topic: 'locate_person' as const, act: 'topic' as const, facets: ['steps' as const] }
      : then;
  return { ...m, act: 'safe', ...(held ? { held: true as const } : {}), alsoAsks: search };
}
