/**
 * A turn's replies as the messages the person gets: one message per turn, but a reply
 * marked `alone` (the welcome) goes as its own, first, so the answer after it fits a screen.
 */
import type { Reply } from '../core/types.ts';
import type { createReplyRenderer, RenderContext, RenderedReply } from './render-reply.ts';

export function outboundOf(
  replies: readonly Reply[],
  context: RenderContext,
  render: ReturnType<typeof createReplyRenderer>,
): RenderedReply[] {
  const alone = replies.filter((r) => r.kind === 'text' && r.alone);
  const rest = replies.filter((r) => !(r.kind === 'text' && r.alone));
  return (
    [alone, rest]
      .filter((group) => group.length > 0)
      .map((group) => render(group, context))
      // Typed numbers answer the last message only: an earlier one's button (the safety
      // line's "I am in danger") is written into its text instead (its `_numbered` variant).
      .map((shown, i, all) =>
        context.choices === 'numbered' && i < all.length - 1 ? { ...shown, buttons: [] } : shown,
      )
      .filter((shown) => shown.text !== '' || shown.buttons.length > 0)
  );
}
