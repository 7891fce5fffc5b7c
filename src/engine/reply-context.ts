/**
 * What a person's message answers or reacts to, for the transcript staff read: the earlier
 * message it names (`Inbound.replyTo`, the channel's id for it) found among what the office
 * sent, as a short quote. The channel wrote each part it sent to the delivery log with that
 * id, its turn's `ref` and its part's name, whose first piece is the key of its line's text
 * (core/deliveries.ts): the line is the office's line with that text, in that turn when the
 * lines carry their turn (WhatsApp), else the latest with that text (Telegram's lines carry
 * none; the quote is the same words either way). An id the log does not have (the person's
 * own message, one older than the log keeps) gives a reply with no quote.
 */
import { textKey } from '../core/deliveries.ts';
import { QUOTE_CHARS, type TranscriptLine } from '../core/ports/conversation-store.ts';
import type { DeliveryEvent } from '../core/ports/delivery-log.ts';
import type { Store } from '../core/ports/store.ts';

/** How far back in the transcript the quoted line is looked for. */
const LOOKBACK_LINES = 500;

type Accepted = Extract<DeliveryEvent, { kind: 'accepted' }>;

/** The office's line a sent part belongs to, if the transcript still has it. */
export function sentLine(lines: readonly TranscriptLine[], sent: Accepted): TranscriptLine | undefined {
  const spoken = lines.filter((l) => l.from === 'bot' || l.from === 'staff');
  const key = sent.part?.split(':')[0];
  const sameTurn = (l: TranscriptLine) => l.ref !== undefined && l.ref === sent.ref;
  const sameText = key ? spoken.filter((l) => textKey(l.text) === key) : [];
  return (
    sameText.findLast(sameTurn) ??
    sameText.at(-1) ??
    // A staff member's words go out wrapped ("Office team: …"): their own line in that turn.
    spoken.findLast((l) => sameTurn(l) && l.from === 'staff') ??
    spoken.find(sameTurn)
  );
}

/** The start of a line on one line, at most QUOTE_CHARS with its ellipsis, never half an emoji. */
export function quoteOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= QUOTE_CHARS) return line;
  let end = QUOTE_CHARS - 1;
  const code = line.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${line.slice(0, end).trimEnd()}…`;
}

/** What the transcript line keeps of the message this one answers or reacts to. */
export async function replyContext(
  store: Pick<Store, 'deliveryEvents' | 'getTranscript'>,
  conversationId: string,
  messageId: string,
): Promise<NonNullable<TranscriptLine['replyTo']>> {
  const events = await store.deliveryEvents(conversationId);
  const sent = events.findLast((e): e is Accepted => e.kind === 'accepted' && e.id === messageId);
  if (!sent) return {};
  const line = sentLine(await store.getTranscript(conversationId, LOOKBACK_LINES), sent);
  return line && line.text.trim() !== '' ? { quote: quoteOf(line.text) } : {};
}
