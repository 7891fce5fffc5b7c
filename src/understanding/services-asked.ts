/**
 * What the office does, asked in so many words ("kisa nou fè isit la", "que hacen ustedes", "what do you guys do":
 * sight83-a's Haitian got "this office does not do that", and in English the office's street; "do you help people from
 * durango?", emerg-fe: a birth certificate's copy): the office's list of
 * services. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy } from './named-asked.ts';

/** What the office, the Institute or "you" do, asked, the whole message, folded. */
const WHAT_YOU_DO =
  /^(y |and |e |ok |bueno |oye |oiga |hola |hi |hello |bonjou |alo )?((kisa|ki sa) (nou|biwo a|enstiti a) (fe|konn fe)( isit la| la| egzakteman| pou moun| pou migran)?|(que|q) (hacen|hace) (ustedes|uds|aqui|aca|la oficina|el instituto)( aqui| exactamente| por los migrantes)?|(que|q) (es lo que )?(ustedes|uds) (hacen|ofrecen)|what (do|does) (you|you guys|yall|this office|the office|the institute|your office) (do|offer)( here| exactly| for migrants| for people)?|(do|can) (you|you guys|yall) help (people|migrants|families|folks) from durango|(ustedes )?(ayudan|apoyan) a (la gente|las personas|los migrantes|migrantes|gente|familias) de durango|(eske )?nou (ede|ka ede) moun (ki )?(soti|sot) durango)$/u;

export function servicesAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.topic === 'human' || !WHAT_YOU_DO.test(folded.trim())) return m;
  return answeredBy(m, 'office_info', 'answer.services_list');
}
