/**
 * Splitting a long text for channels with a length limit per message: on paragraph
 * boundaries first, then lines, then words, so no part exceeds the limit and none is cut
 * in the middle of a word when it can be helped, nor ever in the middle of a character (an
 * emoji is two UTF-16 units; cut between them, both halves would show as "�").
 */

/** Splits on blank lines, then lines, then words, so no part exceeds the limit. */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const pieces = text.split(/(\n\n)/);
  for (const piece of pieces) {
    if ((current + piece).length <= limit) {
      current += piece;
      continue;
    }
    if (current.trim()) parts.push(current.trim());
    current = '';
    if (piece.length <= limit) current = piece;
    else for (const chunk of hardSplit(piece, limit)) parts.push(chunk);
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** `limit`, or one less when a character's two UTF-16 units (a surrogate pair) would be parted there. */
function whole(text: string, limit: number): number {
  const before = text.charCodeAt(limit - 1);
  return before >= 0xd800 && before <= 0xdbff ? limit - 1 : limit;
}

function hardSplit(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    const at = cut > limit / 2 ? cut : whole(rest, limit);
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}
