/**
 * What a turn adds to the transcript staff read: what the person said (a button as its
 * label, a file as [voice] with its attachment, with what it answered or reacted to), what
 * the assistant said, then what staff wrote, each its own line, with its language.
 */
import type { Outbound } from '../core/messages.ts';
import type { TranscriptLine } from '../core/ports/conversation-store.ts';
import type { Lang } from '../core/types.ts';
import type { Plan } from './plan.ts';
import type { createReplyRenderer, RenderContext } from './render-reply.ts';
import type { Prepared } from './turn-request.ts';

/** The lines a turn adds to the transcript staff read: the person, the assistant, staff. */
export function transcriptOf(
  now: number,
  prepared: Prepared,
  plan: Plan,
  render: RenderContext,
  outbound: readonly Outbound[],
  /** The turn's renderer: staff words leave the assistant's line, which is rendered again without them. */
  renderReplies: ReturnType<typeof createReplyRenderer>,
  marks: {
    /** The turn's id on a channel that reports delivery: its bot and staff lines carry it. */
    ref?: string | undefined;
    /** The conversation's language before the turn: a tapped button's label was in it. */
    langBefore?: Lang | null;
    /** The turn was handled as an emergency: the assistant's lines say so. */
    emergency?: boolean;
  } = {},
): TranscriptLine[] {
  const { ref, langBefore } = marks;
  const sent = ref && outbound.length > 0 ? { ref } : {};
  const lang = render.lang;
  const lines: TranscriptLine[] = [];
  // The person's words in the language understanding was sure of; a language's name in that
  // language; any other button in the one it was shown in.
  const meaning = prepared.meaning;
  const named = prepared.events.find((e) => e.type === 'user.choice' && e.choice.kind === 'lang');
  const saidLang =
    meaning?.langConfident || meaning?.langClear
      ? meaning.lang
      : named?.type === 'user.choice' && named.choice.kind === 'lang'
        ? named.choice.lang
        : (langBefore ?? lang);
  if (prepared.said !== undefined)
    lines.push({
      at: now,
      from: 'person',
      text: prepared.said,
      lang: saidLang,
      ...(prepared.attachment ? { attachment: prepared.attachment } : {}),
      ...(prepared.replyTo ? { replyTo: prepared.replyTo } : {}),
      ...(prepared.reaction !== undefined ? { reaction: prepared.reaction } : {}),
      ...(prepared.gist === null ? { asksOnly: true as const } : {}),
    });
  // Staff words are their own line, after what the assistant said in the turn ("a staff
  // member joined"); the assistant's line is the rest of what the person saw.
  const fromStaff = (r: Plan['replies'][number]) => r.kind === 'text' && r.key === 'handoff.fromStaff';
  const own = plan.replies.some(fromStaff)
    ? [
        renderReplies(
          plan.replies.filter((r) => !fromStaff(r)),
          render,
        ),
      ]
    : outbound;
  for (const line of own)
    if (line.text !== '')
      lines.push({
        at: now,
        from: 'bot',
        text: line.text,
        lang,
        ...(marks.emergency ? { emergency: true as const } : {}),
        ...(line.buttons.length ? { buttons: line.buttons } : {}),
        ...sent,
      });
  if (prepared.staffLine)
    lines.push({
      at: now,
      ...prepared.staffLine,
      lang,
      ...(prepared.staffLine.from === 'staff' ? sent : {}),
    });
  return lines;
}
