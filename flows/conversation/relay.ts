/**
 * What a person's message gives, from the flow's event: its words (textOf); for staff, the words
 * relayed (with the file they were the caption of; a file with what it carries: a file name, a
 * contact's numbers, a shared point), and the urgent ticket's place with its point when the
 * person shared one. Pure.
 */
import type { Effect } from '../../src/core/effects.ts';
import type { FlowEvent } from '../flow.ts';

/**
 * The urgent ticket's place: the words kept, with the shared point when these words are a
 * location the person shared (not a place typed along with it, which has no point).
 */
export const placeEffect = (place: string, event: FlowEvent): Effect => {
  const point = event.type === 'user.text' && event.place && event.text === place ? event.place : undefined;
  return { type: 'ticket.place', place, ...(point ? { lat: point.lat, lon: point.lon } : {}) };
};

/** The words the person wrote ('' for a button, a file or a staff action). */
export const textOf = (event: FlowEvent) => (event.type === 'user.text' ? event.text : '');

/** What staff are told the person sent: the words, with the file they came with; a file with what it carries. */
export function relayed(event: FlowEvent): string {
  if (event.type === 'user.text') return event.media ? `[${event.media}] ${event.text}` : event.text;
  if (event.type === 'user.media') return event.note ? `[${event.media}] ${event.note}` : `[${event.media}]`;
  return '';
}
