/**
 * How sure the dialogue and topic models must be before the follow-up reader (follow-up.ts) takes
 * their reading, and the lengths it reads by. Kept apart so the reader stays one job.
 */

/** Below this probability of its best act, the dialogue model leaves the message to the hand rules. */
export const ACT_CONFIDENCE = 0.35;
/** A yes to the form's offer that the model also reads as asking for a person at least this much asks for a person. */
export const PERSON_P = 0.3;
/** Words from which a request the topic model calls out of scope is taken as out of scope. */
export const LONG_REQUEST = 7;
/** How sure the topic model must be of another topic for a one-word mention to move a question there. */
export const SURE_TOPIC = 0.8;
/** How sure the topic model must be of another topic, one it does not see this one beside, for a question that
 * names it by no glossary term to move there (sight49-a: a loan asked after jobs, a visit after support). */
export const SURE_UNNAMED = 0.99;
/** Words from which a question may stand alone well enough for the topic model's reading of it to move it. */
export const UNNAMED_WORDS = 10;
/** How sure the dialogue model must be that a question asks an aspect of this topic ("does it matter that he
 * got deported?") for a longer term naming another topic to move it only when the topic model is sure too. */
export const SURE_ASPECT = 0.9;
/** A language asked for by a longer message counts when the model gives "language" at least this. */
export const LANGUAGE_P = 0.15;
/** The model's acts a place written alone is misread as ("Leon" read as thanks). */
export const MISREAD_PLACE = new Set(['thanks', 'greeting', 'yes', 'no', 'complaint', 'person']);
