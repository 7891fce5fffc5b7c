/**
 * A trade told in the talk of the help on return ("se soldar y manejar troca", "i'm a welder", "m konn fè mason"): the
 * answer on finding work there (the national employment service), as a job asked is, not "you're welcome" (sight91-a's
 * man back from Oklahoma got thanked for telling what he can do). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** What one knows how to do or works as, told, folded. */
const TRADE =
  /\b((yo )?se (soldar|manejar|cocinar|construir|pintar|podar|sembrar|reparar|arreglar)|soy (soldador|albanil|mecanico|chofer|trailero|carpintero|electricista|plomero|cocinero|pintor|jardinero|campesino|operador)|trabaje de (soldador|albanil|mecanico|chofer|trailero|carpintero|electricista|plomero|cocinero|pintor|jardinero)|i know how to (weld|drive|cook|build|paint|fix|frame)|i m a (welder|mechanic|driver|truck driver|trucker|cook|carpenter|electrician|plumber|painter|roofer|landscaper|framer)|i (worked|used to work) (as|in) (a |an )?(welder|mechanic|driver|cook|carpenter|electrician|plumber|painter|roofer|construction|roofing|landscaping)|i (did|done|do) (construction|roofing|landscaping|welding|drywall|framing|plumbing|concrete)|trabaje en (la )?(construccion|obra|el campo|la pisca)|(m|mwen) konn (kondwi|kwit|bati|pentire|soude)|(m|mwen) se (yon )?(mason|chofe|mekanisyen|kizinye|bos|soude))\b/u;
/** What a trade told is read as without its talk: thanks, nothing, or the talk itself (a business's is its own). */
const READ_AS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['none', 'reintegration']);

export function skillsToldReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || dialogue.topic !== 'reintegration' || !READ_AS.has(m.topic)) return m;
  if (!TRADE.test(folded)) return m;
  return answeredBy(m, 'reintegration', 'answer.employment_service');
}
