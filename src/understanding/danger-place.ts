/**
 * Where a danger happens, told in a message, for the urgent ticket: with the danger ("me están golpeando, estoy en la
 * colonia Obrera"), or with safety reached while the emergency is under way ("she made it to my aunt's house in
 * santiago papasquiaro": kept, then the gladness); none from what calls the danger off ("…está en la escuela, era
 * mentira"), asks where to send one, or already carries a place. Pure.
 */

import { calledOff } from './danger-over.ts';
import { placeSlots } from './emergency-message-parts.ts';
import type { InContext } from './in-context-shapes.ts';

export function dangerPlace(
  message: { text: string; folded: string },
  read: Pick<InContext, 'act' | 'slots' | 'whatToSay'>,
  danger: { told: boolean; ongoing: boolean },
  saysWhere: (words: readonly string[], text: string) => boolean,
): { slots?: { place: string } } {
  const safe = read.act === 'safe';
  // Where to send a location, asked ("tiene ubicación de whatsapp, ¿se la paso a quién?"), tells none.
  if (read.slots || read.whatToSay === 'location' || (safe && calledOff(message.folded))) return {};
  return danger.told || (safe && danger.ongoing) ? placeSlots(message.text, saysWhere) : {};
}
