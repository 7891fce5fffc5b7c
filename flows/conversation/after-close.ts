/**
 * The conversation's states after staff closed it: "did we help?", then, when the ticket
 * had a case, the offer to write in a week, and (a week later, sent by the engine's sweep)
 * the one follow-up question whose answer is the case's outcome. Any other message carries
 * on as a normal conversation: nobody is held in a question they did not want to answer.
 */
import { and, not } from 'xstate';
import { talkingWith } from './talking.ts';

/** The states; any other message does what it does while talking. */
export function afterClose() {
  const talking = talkingWith(false);
  // A yes to staff offered again (a closed case's status) is no rating: talking takes it.
  const notToStaff = not({ type: 'offerIs', params: { to: 'staff' } } as const);
  const rated = (answer: 'saysYes' | 'saysNo') =>
    [
      {
        guard: and([answer, 'hasCase', notToStaff]),
        target: 'followUpOffer',
        actions: ['touch', 'rate', 'offerFollowUp'],
      },
      { guard: and([answer, notToStaff]), target: 'talking', actions: ['touch', 'rate'] },
    ] as const;
  return {
    /** After staff closed: did we help? A typed yes or no, or any message to carry on. */
    rating: {
      on: {
        'user.text': [...rated('saysYes'), ...rated('saysNo'), ...talking['user.text']],
        'user.choice': [...rated('saysYes'), ...rated('saysNo'), ...talking['user.choice']],
        'user.media': talking['user.media'],
      },
    },
    /** "Shall we write in a week?" */
    followUpOffer: {
      on: {
        'user.text': [
          { guard: 'saysYes', target: 'talking', actions: ['touch', 'acceptFollowUp'] },
          { guard: 'saysNo', target: 'talking', actions: ['touch', 'declineFollowUp'] },
          ...talking['user.text'],
        ],
        'user.choice': [
          { guard: 'saysYes', target: 'talking', actions: ['touch', 'acceptFollowUp'] },
          { guard: 'saysNo', target: 'talking', actions: ['touch', 'declineFollowUp'] },
          ...talking['user.choice'],
        ],
        'user.media': talking['user.media'],
      },
    },
    /** The follow-up question: its answers are taken in every talking state (talking.ts). */
    followUpAsked: { on: talking },
  } as const;
}
