/**
 * The office's filed examples in understanding: the same words (in any case, accents or
 * order of punctuation) or nearly the same are read as the topic staff filed them under, or
 * as not the office's; other messages are untouched; a danger is still a danger.
 */
import { describe, expect, it } from 'vitest';
import { createOfficeExamples } from '../../src/understanding/office-examples.ts';
import { createUnderstanding } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

const filed = (text: string, topic: string) => ({
  text,
  topic,
  lang: 'es' as const,
  added: '2026-11-22',
  by: 'ana',
});

describe('office examples', () => {
  it('matches the same words and nearly the same, and nothing else', () => {
    const examples = createOfficeExamples([
      filed('Necesito el papelito gringo del registro de mi niña', 'dual_nationality'),
    ]);
    expect(examples.match('necesito el papelito GRINGO del registro de mi niña!!')).toBe('dual_nationality');
    // One word in six different still matches; half the words do not.
    expect(examples.match('necesito el papelito gringo del registro de mi nena')).toBe('dual_nationality');
    expect(examples.match('necesito un papel de mi casa')).toBeNull();
    examples.replace([filed('quiero vender mi terreno', 'none')]);
    expect(examples.match('Quiero vender mi terreno')).toBe('none');
    expect(examples.size).toBe(1);
  });

  it('changes the topic understanding reads, never the danger', async () => {
    const { knowledge } = await sharedKnowledge();
    const examples = createOfficeExamples();
    const understand = createUnderstanding(knowledge, { examples });
    const odd = 'quiero el papelito gringo de la nena';
    const before = understand(odd, 'es');
    examples.replace([filed(odd, 'dual_nationality')]);
    expect(understand(odd, 'es').topic).toBe('dual_nationality');
    expect(before.topic).not.toBe('dual_nationality');
    const danger = 'me tienen encerrado y me amenazan con matarme';
    examples.replace([filed(danger, 'apostille')]);
    const read = understand(danger, 'es');
    expect(read.danger).toBe('emergency');
  });
});
