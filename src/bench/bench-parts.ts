/**
 * The parts of `npm run bench` (Telegram, Redis, Workers, WhatsApp Cloud, dashboard) are
 * measured one by one so that one that fails (a crash, a child process that exits) costs only
 * its own figures: the run goes on, writes the rest, shows "—" for what the failed part would
 * have measured, and ends with one line per failed part saying which one and why.
 */

export function benchParts() {
  const failures: string[] = [];
  return {
    /** `measure`'s figures, or undefined when it failed (noted for the end of the run). */
    async run<T>(name: string, measure: () => T | Promise<T>): Promise<T | undefined> {
      try {
        return await measure();
      } catch (error) {
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        failures.push(`bench: the ${name} part failed: ${why.split('\n')[0]}`);
        return undefined;
      }
    },
    /** One line per failed part, in the order they ran. */
    failures,
  };
}

/** A template tag for the report: a figure a failed part did not give shows as "—", never "undefined". */
export function figures(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((text, piece, i) => {
    const value = i < values.length ? values[i] : '';
    return text + piece + (value === undefined || value === null ? '—' : String(value));
  }, '');
}
