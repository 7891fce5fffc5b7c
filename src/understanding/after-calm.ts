/**
 * What a message that ends an emergency also asks or tells: "ya nos abrieron… ¿sigue en pie lo
 * del refugio?" asks a procedure after the calm sentence; "¡ya apareció! pero se lo llevó la
 * migra y no sabemos a dónde" tells a procedure's case unasked (a relative now detained). Read
 * as a calm conversation's message would be. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { questionAfterCalm } from './question-part.ts';

/** How sure the topic model must be that a calm message tells a procedure's case, unasked. */
const TOLD_PROCEDURE_SURE = 0.7;

/**
 * Procedures a calm message may tell a case of without asking: a relative now detained, a
 * deportation, a death. Others told unasked ("paramedics have him" read as help on the road)
 * were answers nobody wanted.
 */
const TOLD_CASES = new Set(['locate_person', 'deportee_support', 'remains_repatriation']);

/** The procedure asked after the calm sentence, or told as a case; null when neither. */
export function askedOrToldAfterCalm(
  text: string,
  dialogue: DialogueContext,
  understand: (text: string, calm: DialogueContext) => Meaning,
  /** Whether a sentence says the person is safe. */
  safe: (sentence: string) => boolean,
): Meaning | null {
  // Read as a calm conversation's message: no emergency, nothing asked or offered.
  const calm = { ...dialogue, emergency: false, asked: null, offered: null };
  const asked = questionAfterCalm(text, safe);
  const then = asked ? understand(asked, calm) : toldCase(understand(text, calm));
  return then && then.topic !== 'none' && then.topic !== 'emergency' && !then.emergency ? then : null;
}

/** "Ya estamos bien, gracias" tells no procedure: only a reading the topic model is sure of. */
const toldCase = (then: Meaning): Meaning | null =>
  then.act === 'topic' && then.confidence >= TOLD_PROCEDURE_SURE && TOLD_CASES.has(then.topic) ? then : null;
