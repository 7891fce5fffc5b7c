/**
 * A name a channel gives for a person (their profile name, a shared contact's name, a staff
 * member's name in the Telegram group), as staff see it: on one line, short, and without the
 * invisible characters that would make it read as something else in the inbox or a topic. A
 * right-to-left override (U+202E) before "exe.txt" shows it as "txt.exe", so every direction
 * control goes (embeddings, overrides, isolates and the marks LRM, RLM and ALM), with control
 * characters and line or paragraph separators. Every channel edge where a name comes in uses
 * this one rule. Web-standard code only.
 */
import { cutWhole } from './cut-text.ts';

/** Longest display name kept, in UTF-16 units as the engine's schema counts (core/messages.ts). */
export const DISPLAY_NAME_MAX = 64;

/** Direction controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), marks. */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
/** Controls (C0, DEL, C1), line and paragraph separators and any run of spaces: one space. */
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;

/** The name on one line, cut to `max`, with no direction controls; none when nothing is left to show. */
export function cleanDisplayName(raw: unknown, max = DISPLAY_NAME_MAX): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = cutWhole(raw.replace(DIRECTION, '').replace(BREAKS, ' ').trim(), max).trim();
  return name === '' ? undefined : name;
}
