/**
 * Reads a secret typed at the terminal without showing it (no echo), so a staff password
 * never appears on screen, in the shell's history or in the process list (`npm run staff --
 * add ana --password X` would put it in all three). When input is not a terminal (a script,
 * a test), the next line of standard input is read instead.
 */
import { createInterface } from 'node:readline';

/** Lines of piped input, read once and handed out one by one (two prompts read two lines). */
let piped: AsyncIterator<string> | undefined;

export async function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    piped ??= createInterface({ input, terminal: false })[Symbol.asyncIterator]();
    const next = await piped.next();
    return next.done ? '' : next.value;
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  let typed = '';
  try {
    for await (const chunk of input) {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return typed;
        if (char === '\u0003') throw new Error('cancelled');
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    }
    return typed;
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}
