/**
 * What the Grupos Beta do, asked after the road's help named them ("what kind of help do they give", "ki sa Gwoup Beta
 * yo fè", "¿qué hacen los del grupo beta?"): read as an aspect, it got the road's steps or "you need no papers"
 * (sight85-a, in English and in Kreyòl). Their own answer, which says what they give, in the talk of the road or with
 * them named. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { BETA_WHERE } from './beta-asked.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** The Grupos Beta named, folded. */
const BETA_NAMED = /\b(grupos? beta|gwoup beta|gwoup beta yo|los de naranja)\b/u;
/** What help they give asked, with them named or as "they", folded. */
const WHAT_THEY_GIVE =
  /\b(what|which) (kind of |sort of |type of )?(help|aid|services?|support) (do|does|will|can) (they|it|grupos? beta|the grupos? beta) (give|offer|provide|do)\b|\bwhat (do|does|can) (they|the grupos? beta|grupos? beta) (do|offer|give|provide)( for (me|us|migrants|him|her|people))?\s*$|\b(que|q|k) (tipo de |clase de )?(ayuda|apoyo) (dan|da|ofrecen|brindan|me dan|nos dan)\b|\bki (kalite )?(ed|sekou|svis) (yo|gwoup beta yo) (bay|ofri|fe)\b/u;
/** What they do asked, short ("¿qué hacen?", "ki sa yo fè?"), only with them named or at the message's end, folded. */
const WHAT_THEY_DO = /\b(que|q|k) (hacen|ofrecen)\b|\b(ki sa|kisa|sa)( \w+){0,3} (yo )?(fe|ofri|bay)\s*$/u;
/** Their own answer: what they give. */
const BETA_HELP = 'answer.grupos_beta_help';

export function betaHelpReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // laterQuestion: after the first message, in no danger, nobody asked for.
  if (!laterQuestion(m, dialogue) || busyWithQuestion(dialogue)) return m;
  const named = BETA_NAMED.test(folded);
  if (!named && dialogue.topic !== 'transit_safety') return m;
  // Where they are, or whether there is one here ("nou nan zacatecas. gen gwoup beta la?": judge118 got the far town's
  // care line twice): what the sources say of where they are.
  if (BETA_WHERE.test(folded) && !m.facets.includes('where'))
    return { ...answeredBy(m, 'transit_safety', 'answer.grupos_beta_where'), facets: ['where'] };
  const asked = WHAT_THEY_GIVE.test(folded) || (named && WHAT_THEY_DO.test(folded));
  return asked ? answeredBy(m, 'transit_safety', BETA_HELP) : m;
}
