/**
 * In a danger or after it, what the office itself can do asked ("can your office do anything", "¿ustedes pueden hacer
 * algo?", "èske biwo a ka fè yon bagay?": emerg-fi's nephew got the extortion's first lines again, a Kreyòl one the
 * office's address; emerg-fk's sister in Chicago, "ustedes hacen algo?", a state's
 * documents): the emergency's answer on the Institute in emergencies, which says what the sources do and do
 * not say; what its help costs, the office's costs. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** The office, or "you", asked whether it can do something, folded. */
const OFFICE_CAN_DO =
  /\b((can|could) (your office|the office|the institute|you guys|you all|y all|yall|you people|u guys) (do|help with) (anything|something|somethin)|(ustedes|la oficina|el instituto) (pueden|puede|podrian|podria) (hacer|hacerle) (algo|alguna cosa)|(pueden|puede) hacer algo (ustedes|la oficina|el instituto)|(ustedes|la oficina|el instituto) (hacen|hace) algo|(do|does|will) (you guys|you all|yall|y all|your office|the office|the institute) do (anything|something)|(biwo a|enstiti a|nou menm) (ka|kapab) fe (yon bagay|kichoy|anyen))\b/u;

/** What the office's help costs, asked ("cuanto cobran ustedes por ayudar", emerg-gc got "first, your safety"), folded. */
const HELP_COST =
  /\b((cuanto|que) (me |nos )?(cobran|cobra|cuesta)( ustedes)? (por|pa|para) (ayudar\w*|la ayuda|su ayuda|el apoyo)|(cuanto|que) (me |nos )?cobran ustedes$|ustedes (cobran|cobra)$|(is|s) (your help|the help|your service) free|(do|will) (you|u|you guys|y all|yall) charge|how much (do|will) (you|u|you guys|yall) charge|(nou|biwo a) (fe|fe moun) peye|konbyen (nou|biwo a) (chaje|mande|fe peye))\b/u;

export function officeInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || m.topic === 'human') return m;
  if (HELP_COST.test(folded.trim()))
    return movedTo(m, 'office_info', { act: 'topic', confidence: 1, facets: ['cost'] });
  if (!OFFICE_CAN_DO.test(folded)) return m;
  return emergencyAnswerAsked(m, 'answer.durango_institute_emergency');
}
