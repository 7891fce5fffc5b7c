/**
 * What a Telegram message that is not plain text carries, as the engine's media content: the
 * caption of a photo, video, document, audio or voice note (the person's words: the engine
 * reads them as the message's text), a shared location or venue as a place, a shared contact's
 * name (a display name: core/display-name.ts) and number, a document's file name. Follows the
 * Bot API's Message, Location, Venue, Contact and Document objects
 * (core.telegram.org/bots/api#message): a venue message carries `location` as well, so the
 * venue is read first. A part without its documented shape is left out, never the whole
 * message; long strings are cut to what the engine takes.
 */
import { z } from 'zod';
import { cleanDisplayName, DISPLAY_NAME_MAX } from '../../core/display-name.ts';
import {
  type InboundContact,
  type InboundPlace,
  inboundContactSchema,
  inboundPlaceSchema,
  MAX_READ,
  type MediaContent,
} from '../../core/messages.ts';

const locationSchema = z.object({ latitude: z.number(), longitude: z.number() });
const venueSchema = z.object({ location: locationSchema, title: z.string(), address: z.string() });
const contactSchema = z.object({
  phone_number: z.string().min(1),
  first_name: z.string(),
  last_name: z.string().optional(),
});
const documentSchema = z.object({ file_name: z.string().min(1) });

/** Which message field means which kind of media, the first present winning. */
const MEDIA = [
  ['voice', 'voice'],
  ['audio', 'audio'],
  ['photo', 'photo'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['document', 'document'],
  ['sticker', 'sticker'],
  ['venue', 'location'],
  ['location', 'location'],
  ['contact', 'contact'],
] as const;

/** The message fields read here (Telegram sends many more). */
export type MediaFields = Partial<Record<(typeof MEDIA)[number][0] | 'caption', unknown>>;

/** The longest a string of a schema's may be (its max), so a long one is cut rather than refused. */
const clip = (text: string, field: z.ZodOptional<z.ZodString>) =>
  text.trim().slice(0, field.unwrap().maxLength ?? text.length);

function placeOf(message: MediaFields): InboundPlace | undefined {
  const venue = venueSchema.safeParse(message.venue);
  const location = venue.success ? venue.data.location : locationSchema.safeParse(message.location).data;
  if (!location) return undefined;
  const { name, address } = inboundPlaceSchema.shape;
  const place = {
    lat: location.latitude,
    lon: location.longitude,
    ...(venue.data?.title.trim() ? { name: clip(venue.data.title, name) } : {}),
    ...(venue.data?.address.trim() ? { address: clip(venue.data.address, address) } : {}),
  };
  // Coordinates off the globe are no place.
  return inboundPlaceSchema.safeParse(place).data;
}

function contactOf(message: MediaFields): InboundContact | undefined {
  const contact = contactSchema.safeParse(message.contact).data;
  if (!contact) return undefined;
  const name = cleanDisplayName(
    [contact.first_name, contact.last_name].filter(Boolean).join(' '),
    inboundContactSchema.shape.name.unwrap().maxLength ?? DISPLAY_NAME_MAX,
  );
  const phone = contact.phone_number
    .trim()
    .slice(0, inboundContactSchema.shape.phones.element.maxLength ?? 40);
  return {
    ...(name ? { name } : {}),
    phones: phone ? [phone] : [],
  };
}

/**
 * The media content of a message; `mark` dresses the caption (an edit's mark), and an empty
 * caption is none.
 */
export function mediaContent(message: MediaFields, mark: (text: string) => string = (t) => t): MediaContent {
  const kind = MEDIA.find(([field]) => message[field] !== undefined)?.[1] ?? 'other';
  const caption = typeof message.caption === 'string' && message.caption.trim() ? message.caption : undefined;
  const place = kind === 'location' ? placeOf(message) : undefined;
  const contact = kind === 'contact' ? contactOf(message) : undefined;
  const fileName =
    kind === 'document' ? documentSchema.safeParse(message.document).data?.file_name : undefined;
  return {
    type: 'media',
    media: kind,
    ...(caption ? { caption: mark(caption).slice(0, MAX_READ) } : {}),
    ...(place ? { place } : {}),
    ...(contact ? { contact } : {}),
    ...(fileName ? { fileName: fileName.slice(0, 255) } : {}),
  };
}
