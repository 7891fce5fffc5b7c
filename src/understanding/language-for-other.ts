/**
 * Whether someone else who speaks only another language can use the chat ("my friend only speaks haitian creole, can
 * he use this?", "mi amigo solo habla inglés, ¿puede usar esto?": sight82-a's young man got the office's answers): the
 * languages the assistant writes, to choose from, as when it is asked of the chat itself (language-request.ts). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** Another person who speaks a language, folded. */
const SPEAKS =
  /\b(only |just |solo |nomas |nada mas |pa |sèlman |selman )?(speaks|speak|talks|habla|hablan|pale)\s+(only |solo |selman )?(haitian creole|creole|kreyol|kreyòl|english|ingles|spanish|espanol|french|frances|franse|angle|panyol)\b/u;
/** The chat asked to be usable by them, folded. */
const CAN_USE =
  /\b(can|could|may) (he|she|they|him|her|them) (use|write to|text|chat with|talk to) (this|it|you|the chat|the bot|here)\b|\b(puede|pueden|podria) (usar|escribir (aqui|en este chat|a este chat)|usarlo|ocupar) (esto|este chat|el chat|esta app|el bot)?\b|\b(li|yo) (ka|kapab) (itilize|sèvi ak|sevi ak|ekri) (sa|chat sa|isit)\b/u;

/** Outside a danger, a language not asked for and no person asked for: where the languages may be what is asked. */
const mayAskLanguages = (m: Meaning, dialogue: DialogueContext | undefined): boolean =>
  !m.emergency && !dialogue?.emergency && m.act !== 'language' && m.topic !== 'human';
/** The languages the assistant writes, to choose from. */
const languagesAsked = (m: Meaning): Meaning => ({ ...m, ...NONE, act: 'languages', answers: [] });

export function languageForOtherReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!mayAskLanguages(m, dialogue) || !SPEAKS.test(folded) || !CAN_USE.test(folded)) return m;
  return languagesAsked(m);
}

/** A language the assistant does not write, asked of it ("ou ka ekri m an franse?", "¿me puedes escribir en francés?"), folded. */
const UNWRITTEN_ASKED =
  /\b(can|could|do) (you|u) (write|speak|talk|text|answer)( to me| me)? (in )?(french|portuguese|francais)\b|\b(me )?(puedes|puede|podrias|podria|pueden) (escribir|hablar|contestar|responder)(me)? (en )?(frances|portugues)\b|\b(hablas|habla|hablan) (frances|portugues)\b|\b(ou|w) (ka|kapab|konn) (ekri|pale|reponn)( m| mwen| avè m| ave m| avek mwen)? (an |nan )?(franse|fransè|pòtigè|potige)\b|\bou pale (franse|potige)\b/u;

/**
 * French or Portuguese asked of the chat (emerg-fi's Haitian got the INM's languages): the languages the assistant
 * writes, to choose from. Pure.
 */
export function unwrittenLanguageReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  return mayAskLanguages(m, dialogue) && UNWRITTEN_ASKED.test(folded) ? languagesAsked(m) : m;
}
