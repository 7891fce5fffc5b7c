/**
 * Cutting a text to a length in UTF-16 units (what zod's max and the channels' limits count)
 * without leaving half of an emoji's surrogate pair at the end. Web-standard code only.
 */

/** The text, or its first `max` units less one when the last would be a pair's first half. */
export function cutWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
