/**
 * What one turn was, for `converse`, `ask`, tests and metrics: the topic and facet its reply
 * is about, whether staff have a ticket, whether it was an emergency, an erase, and whether
 * it queued staff or offered a person.
 */
import type { FlowView } from '../../flows/index.ts';
import type { TurnReport } from '../core/ports/conversations.ts';
import type { Effect } from '../core/types.ts';
import type { Plan } from './plan.ts';

/** `command`: the turn was a global command (MENU, LANGUAGE…): its reply is about no topic. */
export function reportOf(
  plan: Plan,
  after: FlowView,
  effects: readonly Effect[],
  command: boolean,
): TurnReport {
  const about = plan.replies
    .map((r) =>
      r.kind === 'text'
        ? r.about
        : r.kind === 'entry' ||
            r.kind === 'facet' ||
            r.kind === 'case' ||
            r.kind === 'facts' ||
            r.kind === 'excerpt'
          ? r.topic
          : undefined,
    )
    .find((topic) => topic !== undefined);
  const facet = plan.replies.find((r) => r.kind === 'facet');
  // A stated age or number of years set against the sources answers who may.
  const facts = plan.replies.some((r) => r.kind === 'facts');
  const emergency =
    after.emergency || effects.some((e) => e.type === 'ticket.open' && e.reason === 'emergency');
  const busy = after.withStaff || after.inForm || after.offersStaff;
  // A command's reply is about no topic, unless the command queued the conversation (HUMANO).
  const opened = effects.find((e) => e.type === 'ticket.open');
  const queuedNow = opened?.type === 'ticket.open' ? opened.topic : undefined;
  return {
    topic: emergency
      ? 'emergency'
      : command
        ? (queuedNow ?? 'none')
        : (about ?? (busy ? after.topic : 'none')),
    facet: facet?.kind === 'facet' ? (facet.facets[0] ?? null) : facts ? 'eligibility' : null,
    queued: plan.ticket !== null,
    emergency,
    danger: emergency ? 'emergency' : plan.flagged ? 'possible' : 'none',
    erased: plan.erase,
    handoff: effects.some((e) => e.type === 'ticket.open') || after.offersStaff,
  };
}
