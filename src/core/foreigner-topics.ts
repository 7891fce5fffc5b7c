/**
 * The topics of foreigners in Mexico (their status, asylum), where "can they deport me?" is a
 * question about that status, never the help Mexicans get after a deportation. Shared by the
 * topic switch (understanding) and the choice of another topic's named answer (flows).
 */
import type { TopicId } from './types.ts';

export const FOREIGNER_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>(['mx_status', 'asylum']);
