/**
 * The content audit of issue 16, as tests: each finding a person could act on wrongly (a plan
 * shown as a service, a rule that loses its limit, a permit tied to a reason the sources do not
 * give, a reply that tells a Haitian in Tapachula the service is not for them) is a rule run on
 * every text people read (test/content/support/audit-rules.ts). Each rule also runs with the
 * words the texts used before the fix (from commit 5ab4bb4) put back in their place, so every
 * rule is shown to fail on the text it was written against. Issue 33's audit (claims-audit-3)
 * adds its rules the same way, with the words of the audited commit (7740a45), and the claims
 * audit of issue 33's changes (audit45) with those of d9d08c4.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { RULES } from './support/audit-rules.ts';
import { RULES_33 } from './support/audit-rules-33.ts';
import { BORDERLINE_33 } from './support/audit-rules-33-borderline.ts';
import { RULES_45 } from './support/audit-rules-45.ts';
import { type Shown, shownTexts } from './support/shown-texts.ts';

let shown: Shown[];

beforeAll(async () => {
  shown = await shownTexts(await loadKnowledge('knowledge'));
});

describe('the audit findings stay fixed', () => {
  for (const [name, rule] of Object.entries({ ...RULES, ...RULES_33, ...BORDERLINE_33, ...RULES_45 })) {
    it(name, () => {
      expect(rule.check(shown)).toEqual([]);
      // Put the old words back where they were: the same rule rejects them.
      const part = (t: Shown) => `${t.topic}|${t.lang}|${t.part}`;
      const replaced = new Set(rule.old.map(part));
      const withOld = [...shown.filter((t) => !replaced.has(part(t))), ...rule.old];
      expect(
        rule.check(withOld).length,
        `finding ${rule.finding}: the rule accepts the old text`,
      ).toBeGreaterThan(0);
    });
  }
});
