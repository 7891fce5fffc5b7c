/**
 * A passage sent with an aspect's short answer counts as said (issue 28): the next turn does not
 * send it alone again (a fresh set's "a cual clinica voy" got, word for word, the clinic paragraph
 * that had come with "¿y consulta médica gratis hay?"). Decided on the flow's own data.
 */
import { describe, expect, it } from 'vitest';
import { initialContext } from '../../flows/conversation/context.ts';
import { createReplies } from '../../flows/conversation/replies.ts';
import { signature } from '../../flows/conversation/talk.ts';
import { talkReplies } from '../../flows/conversation/talk-replies.ts';
import { TEST_CATALOG as catalog } from '../support/meanings.ts';

describe('an aspect answered with a passage', () => {
  it('remembers the passage as said, and the aspect', () => {
    const ctx = { ...initialContext('es'), topic: 'reintegration' as const };
    const { patch } = talkReplies(
      ctx,
      { do: 'facets', topic: 'reintegration', facets: ['cost'], passage: 'answer.health_where' },
      createReplies(catalog),
      catalog,
    );
    expect(patch.said).toContain(
      signature({ do: 'passage', topic: 'reintegration', passage: 'answer.health_where' }),
    );
    expect(patch.said).toContain('facets:reintegration:cost');
  });

  it('remembers no passage when none came with it', () => {
    const ctx = { ...initialContext('es'), topic: 'reintegration' as const };
    const { patch } = talkReplies(
      ctx,
      { do: 'facets', topic: 'reintegration', facets: ['cost'] },
      createReplies(catalog),
      catalog,
    );
    expect(patch.said).toEqual(['facets:reintegration:cost']);
  });
});
