/**
 * What one WhatsApp Cloud API message says, as the engine's content, following the shapes of
 * Meta's "messages webhook reference" (one page per type). Text is text, whole. A reaction is
 * its emoji (none when taken back; what it is on: inbound.ts). A tapped reply
 * button or list row is the choice it stands for (its id); a template's quick-reply button
 * (`type: 'button'`) is the words on it, since its payload is the template's, not one of our
 * choices; a WhatsApp Flow's answer (`interactive.nfm_reply`) and an interactive reply of any
 * type added since are the words they carry. Files, locations and contact cards are media of
 * their kind with what they carry besides the file: a caption, a document's file name, a
 * location's point with its name and address, a card's name and phone numbers.
 */
import { z } from 'zod';
import { cutWhole } from '../../core/cut-text.ts';
import { cleanDisplayName } from '../../core/display-name.ts';
import {
  type Inbound,
  type InboundContact,
  type InboundPlace,
  MAX_READ,
  MAX_TEXT,
  type MediaContent,
  type MediaKind,
} from '../../core/messages.ts';
import type { CloudMessage } from './payload.ts';

const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = {
  image: 'photo',
  video: 'video',
  sticker: 'sticker',
  document: 'document',
  location: 'location',
  contacts: 'contact',
};

/** Meta's interactive reference: `button_reply {id, title}`, `list_reply {id, title, description}`. */
const choiceReply = z.union([
  z.object({
    type: z.literal('button_reply'),
    button_reply: z.object({ id: z.string().min(1).max(64), title: z.string() }),
  }),
  z.object({
    type: z.literal('list_reply'),
    list_reply: z.object({ id: z.string().min(1).max(64), title: z.string() }),
  }),
]);

/** A WhatsApp Flow's answer: `nfm_reply {name, body, response_json}` (the form's fields as a JSON string). */
const flowReply = z.object({
  type: z.literal('nfm_reply'),
  nfm_reply: z.object({
    name: z.string().optional(),
    body: z.string().optional(),
    response_json: z.string().optional(),
  }),
});

/** The words of an interactive reply of a type we do not know: these fields of its object, when strings. */
const WORDY_FIELDS = ['title', 'body', 'text', 'description', 'response'] as const;

export function contentOf(m: CloudMessage): Inbound['content'] {
  if (m.type === 'text' && m.text) return { type: 'text', text: marked(m.text.body) };
  if (m.type === 'reaction' && m.reaction) {
    // Meta's reaction reference: no `emoji` when the person took their reaction back.
    const emoji = cutWhole(m.reaction.emoji?.trim() ?? '', 32);
    return { type: 'reaction', ...(emoji ? { emoji } : {}) };
  }
  if (m.type === 'interactive' && m.interactive) return interactiveContent(m.interactive);
  if (m.type === 'button' && m.button) {
    const words = m.button.text.trim() || m.button.payload?.trim();
    return words ? { type: 'text', text: marked(words) } : { type: 'media', media: 'other' };
  }
  if (m.type === 'audio') return { type: 'media', media: m.audio?.voice === false ? 'audio' : 'voice' };
  return mediaContent(m);
}

function interactiveContent(raw: { type: string } & Record<string, unknown>): Inbound['content'] {
  const choice = choiceReply.safeParse(raw);
  if (choice.success) {
    const reply = choice.data.type === 'button_reply' ? choice.data.button_reply : choice.data.list_reply;
    return { type: 'choice', value: reply.id };
  }
  const flow = flowReply.safeParse(raw);
  const words = flow.success ? flowWords(flow.data.nfm_reply) : unknownWords(raw[raw.type]);
  return words ? { type: 'text', text: marked(words) } : { type: 'media', media: 'other' };
}

/** "Sent: first_name: Bob, age: 32": the Flow's closing words and the fields the person filled. */
function flowWords(reply: z.infer<typeof flowReply>['nfm_reply']): string {
  const fields = fieldsOf(reply.response_json);
  return [reply.body?.trim(), fields].filter(Boolean).join(': ');
}

function fieldsOf(json: string | undefined): string {
  if (!json) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return oneLine(json);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return oneLine(json);
  return (
    Object.entries(parsed)
      // The token names the Flow for the business; it is nothing the person said.
      .filter(([key]) => key !== 'flow_token')
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(', ')
  );
}

function unknownWords(reply: unknown): string {
  if (typeof reply !== 'object' || reply === null) return '';
  const fields = reply as Record<string, unknown>;
  return WORDY_FIELDS.map((key) => fields[key])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim())
    .join(' · ');
}

function mediaContent(m: CloudMessage): MediaContent {
  const media = MEDIA_TYPES[m.type] ?? 'other';
  // A caption keeps its lines: it is what the person wrote.
  const caption = cutWhole((m.image ?? m.video ?? m.document)?.caption?.trim() ?? '', MAX_READ).trim();
  const fileName = words(m.document?.filename, 255);
  const place = m.type === 'location' ? placeOf(m.location) : undefined;
  const contact = m.type === 'contacts' ? contactOf(m.contacts) : undefined;
  return {
    type: 'media',
    media,
    ...(caption ? { caption } : {}),
    ...(fileName ? { fileName } : {}),
    ...(place ? { place } : {}),
    ...(contact ? { contact } : {}),
  };
}

/** Meta's location reference: `latitude`, `longitude`, and `name` and `address` when the pin is a place. */
function placeOf(location: CloudMessage['location']): InboundPlace | undefined {
  if (!location) return undefined;
  const name = words(location.name, 300);
  const address = words(location.address, 300);
  return {
    lat: location.latitude,
    lon: location.longitude,
    ...(name ? { name } : {}),
    ...(address ? { address } : {}),
  };
}

/**
 * Meta's contacts reference: each card's `name.formatted_name` and `phones[].phone` (or
 * `wa_id`); a card's name is a display name like the sender's (core/display-name.ts).
 */
function contactOf(cards: CloudMessage['contacts']): InboundContact | undefined {
  if (!cards?.length) return undefined;
  const names = cards
    .map((card) => {
      const n = card.name;
      return cleanDisplayName(n?.formatted_name ?? [n?.first_name, n?.last_name].filter(Boolean).join(' '));
    })
    .filter((name) => name !== undefined);
  const phones = cards
    .flatMap((card) => card.phones ?? [])
    .map((p) => words(p.phone ?? p.wa_id, 40))
    .filter((phone): phone is string => phone !== undefined)
    .slice(0, 10);
  const name = cleanDisplayName(names.join(', '), 200);
  if (!name && !phones.length) return undefined;
  return { ...(name ? { name } : {}), phones };
}

/** Words on one line, cut to a length; nothing when there are none. */
function words(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  const line = cutWhole(oneLine(text), max).trim();
  return line === '' ? undefined : line;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A text as the engine takes it: whole, or, past what it takes (far past WhatsApp's own), cut with a mark. */
const CUT_MARK = ' […]';
const marked = (text: string) =>
  text.length <= MAX_TEXT ? text : `${cutWhole(text, MAX_TEXT - CUT_MARK.length)}${CUT_MARK}`;
