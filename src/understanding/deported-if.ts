/**
 * Who helps a Mexican if he is deported, asked in another topic's conversation ("y si lo deportan quien lo
 * ayuda en la frontera?" while a detained son is searched for, "if he gets deported where does he go"):
 * the help after a deportation, not the search's eligibility, which the topic under discussion kept
 * (sight58-a). Never for a foreigner's status or asylum, where "can they deport me?" asks about that status.
 * Pure.
 */
import { FOREIGNER_TOPICS } from '../core/foreigner-topics.ts';
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** A deportation supposed ("si lo deportan", "if he gets deported", "si yo depòte l"), folded. */
const DEPORTED_IF =
  /\b(si|y si|cuando|if|when|si yo|le yo) (lo|la|los|las|me|nos|te|le|les|he|she|they|i|we) (deportan|deportaran|deporten|gets? deported|are deported|is deported|get sent back|depote (l|li|m|mwen|nou|yo))\b|\bsi yo depote (l|li|m|mwen|nou|yo)\b/u;
/** Help or where asked of it ("quién lo ayuda", "where does he go", "kiyès ki ede l"), folded. */
const HELP_ASKED =
  /\b(quien|quienes|donde|a donde|que apoyo|que ayuda|ayuda|ayudan|apoyan|recibe|reciben|who|where|what help|help|helps|kiyes|kiles|kote|ki ed|ede|resevwa)\b/u;
/** Getting home asked of it, a question with or without its mark ("y si lo deportan como se regresa a durango"). */
const HOME_ASKED =
  /\b(como (se )?(regresa|llega|vuelve|viene)|(a )?donde (llega|llegaria|lo (dejan|mandan|avientan|tiran))|where (does|will|would) (he|she|they) (go|land|arrive|end up)|how (does|do|will|would|can) (he|she|they) (get|come|go) (back|home|to durango)|kijan (l|li|yo) (ap|ka) (retounen|tounen|vini))\b/u;

export function deportedIfReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // In the search's form too ("y si lo deportan como se regresa a durango" at "where was he last?", sight65-a),
  // and in a detained son's danger ("y si lo deportan… quien lo trae a durango", emerg-ey): only a summary waits.
  const busy = dialogue?.asked === 'summary';
  if (m.emergency || m.topic === 'deportee_support' || m.topic === 'human' || busy) return m;
  // A topic under discussion, or a danger (which holds none): a first message or a foreigner's status is not it.
  if (!(dialogue?.topic || dialogue?.emergency)) return m;
  if (FOREIGNER_TOPICS.has(dialogue?.topic as never) || FOREIGNER_TOPICS.has(m.topic as never)) return m;
  if (!DEPORTED_IF.test(folded)) return m;
  if (!HOME_ASKED.test(folded) && (!asksSomething(text) || !HELP_ASKED.test(folded))) return m;
  // Asked in a danger, it is the help after the deportation, not the fear that calling for help deports (emerg-ey).
  const { fearsFromHelp: _, ...asked } = m;
  return askedAs(asked, 'deportee_support');
}
