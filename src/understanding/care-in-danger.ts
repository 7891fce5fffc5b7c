/**
 * Whether they will be seen, asked in an emergency ("no tenemos papeles nos van a atender?", "we dont have papers
 * here, will a hospital see her?", "èske yo pran moun ki pa gen papye?"): the road's care, which the sources say sees
 * people without papers, not a new danger the model alone calls (emerg-ee's mother of a feverish child in Ciudad
 * Juárez got "your safety first" twice). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Being seen or taken in by a doctor, a hospital or a clinic, asked (folded). */
const SEEN_ASKED =
  /\b((nos|me|lo|la|los|las|le|les) (van a |vana |quieren |pueden |podran )?(atender|atienden|atiende|reciben|recibe|revisan|revisa|ven|ve|checan|curan)|(will|would|can|do|does) (they|a hospital|the hospital|the clinic|a clinic|a doctor|the doctor|doctors|hospitals) (see|treat|take|accept|attend to|check|help) (her|him|us|me|them|people)|(eske )?(yo|lopital la|klinik la|dokte a) (ap |ka |pral )?(pran|resevwa|trete|okipe|we) (moun|nou|li|l|m|mwen))\b/u;
/** Care named with it: a hospital, a clinic, a doctor. */
const CARE_WORDS =
  /\b(hospital|clinica|clinic|doctor|medico|lopital|klinik|dokte|centro de salud|health cent\w*)\b/u;
/** Papers named with it: being seen without them, read as status or nothing, not as another service. */
const PAPERS = /\b(papeles|documentos|papers|documents|papye|dokiman)\b/u;
const PAPERS_READ_AS = new Set<Meaning['topic']>(['none', 'emergency', 'transit_safety', 'mx_status']);

export function careInDangerReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || (m.emergency && m.emergency.kind !== 'unknown')) return m;
  if (!asksSomething(text) || !SEEN_ASKED.test(folded)) return m;
  if (!CARE_WORDS.test(folded) && !(PAPERS.test(folded) && PAPERS_READ_AS.has(m.topic))) return m;
  return movedTo(m, 'transit_safety', {
    act: 'topic',
    confidence: 1,
    facets: [],
    question: true,
    care: true,
    emergency: null,
    danger: 'none',
  });
}
