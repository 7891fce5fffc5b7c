/**
 * What a turn adds to the transcript staff read: what the person said (a button as its
 * label, a file as [voice]), what the bot answered, and what staff wrote.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import type { Inbound, Outbound } from './messages.ts';
import type { TranscriptLine } from './ports.ts';
import type { Lang } from './types.ts';

/** The lines of one turn; when staff wrote, their words are the turn's last outbound message. */
export function transcriptOf(
  at: number,
  said: string | undefined,
  staffSaid: string | undefined,
  outbound: readonly Outbound[],
): TranscriptLine[] {
  const lines: TranscriptLine[] = said === undefined ? [] : [{ at, from: 'person', text: said }];
  const fromBot = staffSaid === undefined ? outbound : outbound.slice(0, -1);
  for (const o of fromBot) {
    lines.push({ at, from: 'bot', text: o.text, ...(o.buttons.length ? { buttons: o.buttons } : {}) });
  }
  if (staffSaid !== undefined) lines.push({ at, from: 'staff', text: staffSaid });
  return lines;
}

/** What the person said, as staff should read it: the text, the button's label, or [voice]. */
export function saidBy(
  inbound: Inbound,
  context: { lang: Lang | null; choices: Array<{ value: string; label: string }> },
  i18n: I18n,
  defaultLang: Lang,
) {
  const content = inbound.content;
  if (content.type === 'text') return content.text;
  if (content.type === 'media') return `[${content.media}]`;
  const label = context.choices.find((c) => c.value === content.value)?.label;
  return label ? i18n.t(context.lang ?? defaultLang)(label) : `[${content.value}]`;
}
