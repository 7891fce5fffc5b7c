/**
 * What one turn was, for `converse`, `ask`, tests and metrics: the topic and facet its reply
 * is about, whether staff have a ticket, whether it was an emergency, an erase, and whether
 * it queued staff or offered a person.
 */
import type { FlowView } from '../../flows/index.ts';
import type { Effect } from '../core/effects.ts';
import type { TurnReport } from '../core/ports/conversations.ts';
import type { Plan } from './plan.ts';

/** `command`: the turn was a global command (MENU, LANGUAGE…): its reply is about no topic. */
export function reportOf(
  plan: Plan,
  after: FlowView,
  effects: readonly Effect[],
  command: boolean,
): TurnReport {
  // A reply that calms an emergency and answers a question too is about what it answers: the
  // lines to call that come with the calm line do not make the turn the emergency's.
  const topics = plan.replies
    .map((r) =>
      r.kind === 'text'
        ? r.about
        : r.kind === 'passage'
          ? (r.about ?? r.topic)
          : r.kind === 'case'
            ? (r.about ?? r.topic)
            : r.kind === 'entry' || r.kind === 'facet' || r.kind === 'facts' || r.kind === 'excerpt'
              ? r.topic
              : undefined,
    )
    .filter((topic) => topic !== undefined);
  const about = topics.find((topic) => topic !== 'emergency') ?? topics[0];
  // The aspect answered first: a named answer's own aspect said before a second one asked with it ("how much… and what
  // papers": the cost first), else the short answer's.
  const facet = plan.replies.find(
    (r) => r.kind === 'facet' || ((r.kind === 'entry' || r.kind === 'excerpt') && r.facet !== undefined),
  );
  // A passage answers the aspect asked, or the facet it is a paragraph of ("facet.where.1").
  const passage = plan.replies.find((r) => r.kind === 'passage');
  const entryFacet = plan.replies.find((r) => (r.kind === 'entry' || r.kind === 'excerpt') && r.facet);
  const passageFacet =
    passage?.kind === 'passage'
      ? (passage.facet ?? (passage.passage.startsWith('facet.') ? passage.passage.split('.')[1] : undefined))
      : entryFacet?.kind === 'entry' || entryFacet?.kind === 'excerpt'
        ? entryFacet.facet
        : undefined;
  // A stated age or number of years set against the sources answers who may.
  const facts = plan.replies.some((r) => r.kind === 'facts');
  // Care sought in a town the sources name none in says so, then where they name: it answers where.
  // So does a town's own care line (`health_tijuana`).
  const careWhere = plan.replies.some(
    (r) =>
      (r.kind === 'text' && (r.key.startsWith('care.far') || r.key === 'care.townAgain')) ||
      (r.kind === 'case' && r.name.startsWith('health_')),
  );
  // A message relayed to the staff who hold an emergency, with nothing said, was not handled as one.
  const emergency =
    (after.emergency && plan.replies.length > 0) ||
    effects.some((e) => e.type === 'ticket.open' && e.reason === 'emergency');
  const busy = after.withStaff || after.inForm || after.offersStaff;
  // A command's reply is about no topic, unless the command queued the conversation (HUMANO).
  const opened = effects.find((e) => e.type === 'ticket.open');
  const queuedNow = opened?.type === 'ticket.open' ? opened.topic : undefined;
  // In an emergency a reply that answers a procedure ("how do I get back to Durango now?") is
  // about that procedure; every other reply is about the emergency.
  // A named answer of the emergency about a procedure (papers taken: status in Mexico) is about it too, and so is
  // the road's care line given to the way to care asked.
  const procedure = plan.replies.flatMap((r) =>
    (r.kind === 'entry' || r.kind === 'facet' || r.kind === 'passage') && r.topic !== 'emergency'
      ? [r.topic]
      : (r.kind === 'passage' || r.kind === 'case') && r.about
        ? [r.about]
        : [],
  )[0];
  // A person asked for in words ("m vle pale ak yon moun") is what the turn is about, as it is in a first message.
  const askedForPerson = opened?.type === 'ticket.open' && opened.reason === 'asked' && !command;
  // Thanks in line in an urgent case is about that case, the handoff under way (emerg-dm: "thank you" after the
  // danger and an asylum question was reported as asylum).
  const urgentThanks =
    plan.ticket?.urgent && plan.replies.some((r) => r.kind === 'text' && r.key === 'handoff.thanks');
  return {
    topic: emergency
      ? (procedure ?? 'emergency')
      : command
        ? (queuedNow ?? 'none')
        : askedForPerson
          ? 'human'
          : (about ?? (busy ? (urgentThanks && plan.ticket ? plan.ticket.topic : after.topic) : 'none')),
    facet:
      facet?.kind === 'facet'
        ? (facet.facets[0] ?? null)
        : passageFacet
          ? (passageFacet as TurnReport['facet'])
          : facts
            ? 'eligibility'
            : careWhere
              ? 'where'
              : null,
    queued: plan.ticket !== null,
    emergency,
    danger: emergency ? 'emergency' : plan.flagged ? 'possible' : 'none',
    erased: plan.erase,
    // While a ticket is open the hand-off is under way: every reply is the conversation with staff;
    // so it is in a form, whose answers go to staff when it ends.
    handoff:
      plan.ticket !== null ||
      after.inForm ||
      effects.some((e) => e.type === 'ticket.open') ||
      after.offersStaff ||
      plan.replies.some((r) => r.kind === 'queue' || (r.kind === 'text' && r.key === 'handoff.ack')),
  };
}
