/**
 * What the Telegram staff group reads about an urgent conversation, in the office's
 * language (locales, staffGroup.*): the emergency's kind in words, where the person said they
 * are with a map link to look it up, and the person's latest lines. The same details go in
 * the topic's first message, when the place arrives, and in every re-alert, so whoever opens
 * the group on a phone has what they need without the web inbox. Plain text: Telegram makes
 * the links tappable itself, and nothing the person wrote can be read as markup.
 */
import { placeLinks } from '../../core/place-links.ts';
import type { HandoffTicket } from '../../core/ticket.ts';

type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** The place and its map links, as lines ("📍 …", "Mapa: https://…"). */
export function placeText(t: Translate, place: NonNullable<HandoffTicket['place']>): string[] {
  const links = placeLinks(place);
  return [
    t('staffGroup.place', { place: place.text }),
    t('staffGroup.mapSearch', { link: links.search }),
    ...(links.point ? [t('staffGroup.mapPoint', { link: links.point })] : []),
  ];
}

/** Kind, place (or that none was given yet) and latest lines of an urgent ticket; nothing for others. */
export function urgentDetails(t: Translate, ticket: HandoffTicket): string[] {
  if (!ticket.urgent) return [];
  const kind = ticket.emergencyKind ?? 'unknown';
  const words = t(`staffGroup.kinds.${kind}`);
  return [
    t('staffGroup.kind', { kind: words.startsWith('staffGroup.') ? kind : words }),
    ...(ticket.place ? placeText(t, ticket.place) : [t('staffGroup.noPlace')]),
    ...(ticket.lines?.length ? [t('staffGroup.latest'), ...ticket.lines.map((line) => `• «${line}»`)] : []),
  ];
}
