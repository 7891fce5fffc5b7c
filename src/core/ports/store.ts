/**
 * A whole store: the parts that change for different reasons, implemented together by each
 * backend (memory, Redis, Durable Objects) because they share its keys and its erase.
 */

import type { ActivityStore } from './activity-store.ts';
import type { CaseStore } from './case-store.ts';
import type { ConversationStore } from './conversation-store.ts';
import type { DeliveryLog } from './delivery-log.ts';
import type { FiledExampleStore } from './example-book.ts';
import type { MediaStore } from './media-store.ts';
import type { QueueStore } from './queue-store.ts';
import type { StaffDataStore } from './staff-data-store.ts';
import type { StaffSecurityStore } from './staff-security-store.ts';

export type Store = ConversationStore &
  QueueStore &
  MediaStore &
  StaffDataStore &
  StaffSecurityStore &
  DeliveryLog &
  ActivityStore &
  FiledExampleStore &
  CaseStore;
