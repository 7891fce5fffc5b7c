/**
 * The emergency's next step, told of another by one who is not with them (emergency-other.ts): the lines written to
 * the one in danger ("keep writing where you are", "go to a safe place", "for help to come where you are, call 911")
 * said as the ones for the relative far away (what they know of where the person is, to tell the person to call 911,
 * that whoever is near the person can call). The rest of the step is emergency.ts's. Pure.
 */
import type { Reply } from '../../src/core/types.ts';
import { emergencyFollowUp as stepFor } from './emergency.ts';

/** A line for the one in danger, and the same said to the one far from it. */
const FOR_OTHER: Readonly<Record<string, string>> = {
  'emergency.followUp.keepWriting': 'emergency.followUp.keepWritingOther',
  'emergency.followUp.safePlace': 'emergency.followUp.tellThem',
  'emergency.whoComes': 'emergency.whoComesOther',
  'emergency.whatNow': 'emergency.whatNowOther',
};

const forTheOther = (reply: Reply): Reply =>
  reply.kind === 'text' && FOR_OTHER[reply.key]
    ? { ...reply, key: FOR_OTHER[reply.key] ?? reply.key }
    : reply;

export const emergencyFollowUp = (...args: Parameters<typeof stepFor>): ReturnType<typeof stepFor> => {
  const step = stepFor(...args);
  return args[0].emergency?.forOther ? { ...step, replies: step.replies.map(forTheOther) } : step;
};
