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

export function languageForOtherReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.act === 'language' || m.topic === 'human') return m;
  if (!SPEAKS.test(folded) || !CAN_USE.test(folded)) return m;
  return { ...m, ...NONE, act: 'languages', answers: [] };
}
