/**
 * What a person's message is on the transcript staff read, as one line: text as it was
 * written (whole, however long), and a file or shared item as its kind in brackets with what
 * it carries: "[photo] Estoy detenido en Laredo", "[document] acta.pdf · acta", "[contact] Juan
 * Ramírez · +52 1 55 1234 0000", "[location] Hospital General, Av. 5 · 25.686614, -100.316113".
 * The inbox reads a location's point back from its line (`sharedPointOf`) to link it to a map,
 * so the format and its reader live here together. Pure.
 */
import type { InboundPlace, MediaContent } from './messages.ts';

/** Between the parts of a line: a file name and its caption, a name and its numbers, words and a point. */
const PARTS = ' · ';
/** Decimal places of a shared point: about ten centimetres, as OpenStreetMap's links use. */
const DIGITS = 6;

/** A shared point as "lat, lon". */
export const pointWords = (place: { lat: number; lon: number }): string =>
  `${place.lat.toFixed(DIGITS)}, ${place.lon.toFixed(DIGITS)}`;

/** What a shared location is called: its name and address, or its point when it has neither. */
export function placeWords(place: InboundPlace): string {
  const named = [place.name, place.address].filter((w): w is string => Boolean(w?.trim()));
  return named.length ? named.join(', ') : pointWords(place);
}

/** What a file or shared item carries besides its kind, on one line (empty when nothing). */
export function mediaNote(content: MediaContent): string {
  const parts: string[] = [];
  if (content.fileName) parts.push(content.fileName);
  if (content.place) {
    const words = placeWords(content.place);
    const point = pointWords(content.place);
    parts.push(words === point ? point : `${words}${PARTS}${point}`);
  }
  if (content.contact) {
    const { name, phones } = content.contact;
    parts.push([name, phones.join(', ')].filter(Boolean).join(PARTS));
  }
  if (content.caption?.trim()) parts.push(content.caption.trim());
  return parts.filter(Boolean).join(PARTS);
}

/** The transcript line of a text or a file (a choice is written as its button's label, elsewhere). */
export function saidLine(content: { type: 'text'; text: string } | MediaContent): string {
  if (content.type === 'text') return content.text;
  const note = mediaNote(content);
  return note ? `[${content.media}] ${note}` : `[${content.media}]`;
}

const LOCATION_LINE = /^\[location\] (?:.* · )?(-?\d{1,2}\.\d+), (-?\d{1,3}\.\d+)$/s;

/**
 * The point of a location line (`saidLine`), for a map link; null for any other line or a
 * point out of range. Only a location's line ends with its point after its kind.
 */
export function sharedPointOf(line: string): { lat: number; lon: number } | null {
  const found = LOCATION_LINE.exec(line);
  if (!found) return null;
  const lat = Number(found[1]);
  const lon = Number(found[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}
