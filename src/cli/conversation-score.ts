/**
 * Scores one whole conversation against the expectations written in its turns, with the
 * checks of the `converse` contract (../shared/eval/README.md, "Whole conversations"): topic,
 * facet, the flags, a new reply, words it contains or lacks, the language, silence allowed.
 * Used by `npm run eval` on conversation files and by the tests on the project's own sets.
 */
interface Expected {
  lang?: string;
  turns: Array<Record<string, unknown>>;
}

interface Got {
  lang: string;
  topic: string;
  facet: string | null;
  queued: boolean;
  emergency: boolean;
  erased: boolean;
  handoff: boolean;
  reply: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const fold = (s: string) =>
  norm(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);

export function scoreConversation(expected: Expected, got: readonly Got[]) {
  let scored = 0;
  let passed = 0;
  const failures: string[] = [];
  const seen: string[] = [];
  expected.turns.forEach((exp, i) => {
    const g = got[i];
    const why: string[] = [];
    const reply = g?.reply ?? '';
    if (!g) why.push('no output');
    else {
      const lang = (exp.lang as string | undefined) ?? expected.lang;
      if (exp.silent_ok !== true && reply.trim() === '') why.push('no reply');
      if (lang && reply.trim() && g.lang !== lang) why.push(`lang ${g.lang}`);
      if ('topic' in exp && !list(exp.topic).includes(g.topic)) why.push(`topic ${g.topic}`);
      if ('facet' in exp && !list(exp.facet).includes(String(g.facet))) why.push(`facet ${g.facet}`);
      for (const flag of ['queued', 'emergency', 'erased', 'handoff'] as const)
        if (flag in exp && Boolean(g[flag]) !== Boolean(exp[flag])) why.push(`${flag} ${g[flag]}`);
      if (exp.new && reply.trim() && seen.includes(norm(reply))) why.push('repeats');
      if ('contains' in exp && !list(exp.contains).some((w) => fold(reply).includes(fold(w))))
        why.push('lacks words');
      if ('first' in exp) {
        const [word, n] = exp.first as [string, number];
        if (!fold(reply).slice(0, n).includes(fold(word))) why.push(`first ${n}`);
      }
      if ('lacks' in exp && list(exp.lacks).some((w) => fold(reply).includes(fold(w))))
        why.push('has banned words');
      if (reply.trim()) seen.push(norm(reply));
    }
    if (exp.free) return;
    scored += 1;
    if (why.length === 0) passed += 1;
    else failures.push(`turn ${i + 1}: ${why.join('; ')}`);
  });
  return { scored, passed, failures };
}
