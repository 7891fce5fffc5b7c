/**
 * The behaviour every Store must have, run against each implementation (memory, Redis and
 * Durable Objects): a turn (turn.contract.ts), what a commit writes (commit.contract.ts),
 * the queue and what is due (queue.contract.ts), files and staff data (data.contract.ts),
 * staff sessions, failed logins and the audit log (staff.contract.ts), what became of the
 * messages sent (deliveries.contract.ts), the dashboard's counters, summaries and review
 * list (activity.contract.ts), the office's filed examples (filed-examples.contract.ts), and
 * folios and the cases they find (cases.contract.ts).
 *
 * `make` gives a store of its own (empty); `makePair`, for stores that several instances
 * share (Redis, Durable Objects), gives two handles on one store, as two servers would
 * have, so the hold across instances is tested too.
 */
import { describe } from 'vitest';
import { MAX_REVIEW_ITEMS } from '../../src/core/ports/activity-store.ts';
import { MAX_FILED_EXAMPLES } from '../../src/core/ports/example-book.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { KEEP_CLOSED } from '../../src/store/common.ts';
import { activityContract } from './activity.contract.ts';
import { casesContract } from './cases.contract.ts';
import { commitContract } from './commit.contract.ts';
import { dataContract } from './data.contract.ts';
import { deliveriesContract } from './deliveries.contract.ts';
import { filedExamplesContract } from './filed-examples.contract.ts';
import { queueContract } from './queue.contract.ts';
import { staffContract } from './staff.contract.ts';
import { turnContract } from './turn.contract.ts';

export function storeContract(
  name: string,
  make: () => Promise<Store>,
  makePair?: () => Promise<[Store, Store]>,
  /** How many closed tickets the store under test keeps (the DO test Worker keeps fewer, for speed). */
  keepClosed = KEEP_CLOSED,
  /** How many review items it keeps (the DO test Worker keeps fewer, for speed). */
  maxReviewItems = MAX_REVIEW_ITEMS,
  /** How many filed examples it keeps (the DO test Worker keeps fewer, for speed). */
  maxFiledExamples = MAX_FILED_EXAMPLES,
) {
  describe(`${name} store contract`, () => {
    turnContract(make, makePair);
    commitContract(make, keepClosed);
    queueContract(make);
    dataContract(make);
    staffContract(make, makePair);
    deliveriesContract(make, makePair);
    activityContract(make, makePair, maxReviewItems);
    filedExamplesContract(make, makePair, maxFiledExamples);
    casesContract(make, makePair);
  });
}
