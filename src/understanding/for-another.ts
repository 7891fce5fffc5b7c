/**
 * The same thing asked for another person of the family ("y a mi señora le toca algo? ella nunca
 * trabajó allá", "does my mom get part of it too?", "e madanm mwen, li ka jwenn li tou?"): whether
 * that person may have it, in the topic under discussion, not whatever topic the rest of the
 * sentence leans to (a fresh set's miner's wife got the returnees' jobs, session 70). Only when
 * the words name no term of another topic ("y a mi mamá le pueden dar visa?" asks the visa). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { asksSomething } from './question.ts';

const RELATIVE =
  '(senora|esposa|mujer|esposo|marido|vieja|viejo|mama|ama|amá|papa|apa|jefa|jefe|hijo|hija|hijos|hijas|nieto|nieta|hermano|hermana|wife|husband|mom|mum|mother|dad|father|son|daughter|kids|brother|sister|madanm|mari|manman|pitit|frè|fre|se)';
/** The message opens on another person of the family, asked about the same thing. */
const FOR_ANOTHER = new RegExp(
  [
    `^(y|e|and|ok and|what about|how about|y que tal|y para|y pa|y a|pou) (a |para |pa )?(mi|mis|my|m|mwen) ${RELATIVE}\\b`,
    `^(y|and)? ?(a )?(mi|my) ${RELATIVE} (le toca|tambien|too|also|can|could|gets?|qualif\\w*|puede|podria)\\b`,
    `^(does|do|can|could|would|will) (my) ${RELATIVE} (get|qualify|have|receive|also|too)\\b`,
    `^(e|epi|eske) ${RELATIVE} (mwen|m)\\b`,
  ].join('|'),
);
/** The same thing asked, not another ("y a mi hija la puedo registrar?" asks a registration). */
const SAME =
  /\b(le toca|les toca|tambien|aplica|alcanza|too|also|as well|qualif\w*|get (it|part|some|that|one|anything)|tou|menm jan|li ka jwenn)\b/;
/** Words at most in a question that names only the person ("y pa mi esposo?"). */
const SHORT_QUESTION = 4;
/** Topics this reading never moves from or to. */
const NOT_HERE: ReadonlySet<string> = new Set(['emergency', 'human', 'office_info', 'none']);

export function createForAnotherReading(glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>) {
  return (m: Meaning, text: string, dialogue?: DialogueContext, folded = fold(text)): Meaning => {
    const current = dialogue?.topic;
    if (!current || NOT_HERE.has(current) || dialogue?.emergency || dialogue?.asked === 'field') return m;
    if (m.emergency || m.danger !== 'none' || !FOR_ANOTHER.test(folded) || !asksSomething(text)) return m;
    if (m.topic !== current && m.act !== 'topic') return m;
    // A term of another topic named in the question ("visa", "apostilla") asks that topic for the
    // relative; what follows it tells about them ("ella nunca trabajó allá": work is not the topic).
    // A question of a few words ("y pa mi esposo? tiene residencia temporal…") is asked by the rest.
    const asked = fold(text.split('?')[0] ?? text);
    const onlyWho = asked.split(' ').length <= SHORT_QUESTION;
    if (!onlyWho && !SAME.test(asked)) return m;
    const question = onlyWho ? folded : asked;
    for (const token of glossary.termsWithLength(question).keys())
      if (glossary.topicsOf(token).some((t) => t !== current && !NOT_HERE.has(t))) return m;
    // Whether that person may have it: the aspect the model read of the topic, else who may.
    const facets = m.topic === current && m.facets.length ? m.facets : ['eligibility' as const];
    return { ...m, topic: current, candidates: [current], confidence: 1, act: 'followUp', facets };
  };
}
