/**
 * Engine messages to WhatsApp Cloud API message bodies (pure; no I/O): reply buttons when a
 * prompt has 1–3 options (titles cut to 20 characters), a list message with one section when
 * it has 4–10 (row title ≤ 24, description ≤ 72), numbered plain text beyond 10. Long texts
 * are split under the 4,096-character limit; an interactive message's body is at most 1,024
 * characters, so only the last part of a long prompt goes with the options. Each button and
 * row id is the engine's button value, so the reply comes back as that choice. Meta refuses
 * reply buttons with the same title, so two labels cut to the same words are numbered.
 */
import type { Outbound } from '../../core/messages.ts';
import { splitText } from '../split-text.ts';

/** Meta's limits for one message. */
export const CLOUD_LIMITS = {
  text: 4096,
  interactiveBody: 1024,
  buttons: 3,
  buttonTitle: 20,
  listRows: 10,
  listButton: 20,
  rowTitle: 24,
  rowDescription: 72,
} as const;

/** Shown on the list's button when no label is given and the prompt has no words to borrow. */
export const LIST_BUTTON_FALLBACK = '☰';

export interface CloudTextBody {
  type: 'text';
  text: { body: string; preview_url: false };
}
export interface CloudButtonBody {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    action: { buttons: Array<{ type: 'reply'; reply: { id: string; title: string } }> };
  };
}
export interface CloudListBody {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: {
      button: string;
      sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }>;
    };
  };
}
/** One message body, without `messaging_product` and `to` (the client adds them). */
export type CloudMessageBody = CloudTextBody | CloudButtonBody | CloudListBody;

export interface CloudFormatOptions {
  /** The list message's button label, in the person's language; else the prompt's first words. */
  listButton?: string;
}

/** Cuts to `max` characters (code points), ending with "…" when cut. */
export function cut(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Button titles cut to Meta's limit, a repeated one numbered ("Trámite de visa… 2"). */
function buttonTitles(labels: readonly string[]): string[] {
  const titles = labels.map((label) => cut(label, CLOUD_LIMITS.buttonTitle));
  return titles.map((title, i) => {
    if (titles.indexOf(title) === i) return title;
    const mark = ` ${i + 1}`;
    return `${cut(labels[i] ?? '', CLOUD_LIMITS.buttonTitle - mark.length)}${mark}`;
  });
}

const textBody = (body: string): CloudTextBody => ({ type: 'text', text: { body, preview_url: false } });

/** The first words of the prompt that fit the list button, or the fallback symbol. */
function firstWords(text: string, max: number): string {
  let label = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = label ? `${label} ${word}` : word;
    if (Array.from(next).length > max) break;
    label = next;
  }
  return label.replace(/[\s:.,;!?¿¡-]+$/u, '') || LIST_BUTTON_FALLBACK;
}

/** Text parts for everything before the options, and the body that carries them (≤ 1,024). */
function splitForInteractive(text: string): { before: string[]; body: string } {
  const parts = splitText(text, CLOUD_LIMITS.text);
  const last = parts.pop() ?? '';
  const tail = splitText(last, CLOUD_LIMITS.interactiveBody);
  const body = tail.pop() ?? '';
  const head = tail.join('\n\n');
  const before = [...parts, ...(head ? splitText(head, CLOUD_LIMITS.text) : [])];
  return { before, body: body.trim() || LIST_BUTTON_FALLBACK };
}

export function toCloudMessages(message: Outbound, options: CloudFormatOptions = {}): CloudMessageBody[] {
  const { buttons } = message;
  if (buttons.length === 0 || buttons.length > CLOUD_LIMITS.listRows) {
    const numbered = buttons.map((b, i) => `${i + 1}. ${b.label}`).join('\n');
    const text = numbered ? `${message.text.trim()}\n\n${numbered}` : message.text;
    return splitText(text, CLOUD_LIMITS.text)
      .filter((part) => part.trim())
      .map(textBody);
  }
  const { before, body } = splitForInteractive(message.text);
  const leading = before.filter((part) => part.trim()).map(textBody);
  if (buttons.length <= CLOUD_LIMITS.buttons) {
    const titles = buttonTitles(buttons.map((b) => b.label));
    return [
      ...leading,
      {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: body },
          action: {
            buttons: buttons.map((b, i) => ({
              type: 'reply',
              reply: { id: b.value, title: titles[i] ?? '' },
            })),
          },
        },
      },
    ];
  }
  const button = cut(
    options.listButton ?? firstWords(body, CLOUD_LIMITS.listButton),
    CLOUD_LIMITS.listButton,
  );
  return [
    ...leading,
    {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: body },
        action: {
          button,
          sections: [
            {
              rows: buttons.map((b) =>
                Array.from(b.label.trim()).length <= CLOUD_LIMITS.rowTitle
                  ? { id: b.value, title: b.label.trim() }
                  : {
                      id: b.value,
                      title: cut(b.label, CLOUD_LIMITS.rowTitle),
                      description: cut(b.label, CLOUD_LIMITS.rowDescription),
                    },
              ),
            },
          ],
        },
      },
    },
  ];
}
