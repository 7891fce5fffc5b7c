/**
 * A rendered reply with each paragraph once: two parts of one reply may hold the same paragraph (the cost's with two
 * aspects asked, a source line), which a person reads as the assistant repeating itself (judge128's Haitian got it
 * twice in one reply). Pure.
 */
export function withoutRepeats(text: string): string {
  const seen = new Set<string>();
  return text
    .split('\n\n')
    .filter((paragraph) => {
      const key = paragraph.trim();
      if (key !== '' && seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join('\n\n');
}
