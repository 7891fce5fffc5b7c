/**
 * Map links for the place a person in an emergency gave, for staff to look it up at once:
 * a search of what they typed on OpenStreetMap (no account, no key, works on any phone), and,
 * when the ticket has coordinates (a location shared on the channel), a link straight to
 * that point. Pure; the inbox and the Telegram staff group show the same links.
 */
import type { HandoffTicket } from './ticket.ts';

type Place = NonNullable<HandoffTicket['place']>;

const OSM = 'https://www.openstreetmap.org';

export interface PlaceLinks {
  /** OpenStreetMap's search for the words the person typed. */
  search: string;
  /** The shared point itself, when there are coordinates. */
  point?: string;
}

const valid = (lat: unknown, lon: unknown): lat is number =>
  typeof lat === 'number' &&
  typeof lon === 'number' &&
  Number.isFinite(lat) &&
  Number.isFinite(lon) &&
  Math.abs(lat) <= 90 &&
  Math.abs(lon) <= 180;

export function placeLinks(place: Place): PlaceLinks {
  const search = `${OSM}/search?query=${encodeURIComponent(place.text.replace(/\s+/g, ' ').trim())}`;
  if (!valid(place.lat, place.lon)) return { search };
  const lat = place.lat.toFixed(6);
  const lon = (place.lon as number).toFixed(6);
  return { search, point: `${OSM}/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}` };
}
