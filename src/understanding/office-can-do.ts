/**
 * What the office can do, asked in a procedure's talk and nothing else ("can you guys do anything?", "¿ustedes pueden
 * hacer algo?", "kisa nou ka fè pou mwen?"): how that procedure goes with the office's help, its steps, not "our
 * sources do not say that" (judge117's sister of a man lost after crossing got the search's cost, unknown). Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Whom it would be done for, said after the question ("for us", "por él", "pou li"). */
const FOR_WHOM =
  '( (por|para|pa|for|pou) (mi|mí|nosotros|el|ella|ellos|me|us|him|her|them|mwen|m|nou|li|yo))?';
/** About it, said after the question ("al respecto", "about it", "pou sa"). */
const ABOUT_IT = '( (al respecto|sobre eso|con eso|about (it|this|that)|pou sa|sou sa))?';

/** What the office can do asked, and little else, folded. */
const CAN_DO = new RegExp(
  '^(y |and |so |ok |pero |but |men |e |entonces |pues |oye |alors )?(' +
    [
      '(ustedes |usted |uds )?(pueden|puede|podrian|podria) hacer algo',
      '((ustedes|usted|uds) )?(que|en que) (me |nos |le |les )?(pueden|puede|podrian|podria) (hacer|ayudar)( ustedes| usted| uds)?',
      '(no )?hay algo (que|q) (puedan|pueda) hacer( ustedes| usted)?',
      '(can|could) (you|you guys|y all|u|u guys|the office|the institute) do (anything|something)',
      'what can (you|you guys|y all|u|u guys|the office|the institute) do',
      'is there anything (you|you guys|u|the office) can do',
      '(eske )?(nou|ou|w|biwo a) (ka|kapab) fe (kichoy|yon bagay|anyen)',
      'kisa (nou|ou|w|biwo a) (ka|kapab) fe',
      '(eske )?gen (yon bagay|kichoy) (nou|ou|w) (ka|kapab) fe',
    ].join('|') +
    `)${FOR_WHOM}${ABOUT_IT}\\s*$`,
  'u',
);

/** Talks with no procedure of their own whose steps would answer it. */
const NO_STEPS = new Set<TopicId>(['office_info', 'none', 'human', 'emergency']);

export function officeCanDoReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const current = dialogue?.topic;
  if (!current || NO_STEPS.has(current) || m.emergency || busyWithQuestion(dialogue)) return m;
  if (!CAN_DO.test(folded.trim())) return m;
  return movedTo(m, current, {
    act: 'followUp',
    confidence: 1,
    facets: ['steps'],
    question: true,
    answers: [],
  });
}
