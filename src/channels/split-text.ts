/**
 * Splitting a long text for channels with a length limit per message: on paragraph
 * boundaries first, then lines, then words, so no part exceeds the limit and none is cut
 * in the middle of a word when it can be helped.
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

function hardSplit(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    const at = cut > limit / 2 ? cut : limit;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}
