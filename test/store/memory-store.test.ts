/** The memory store against the shared store contract. */
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { storeContract } from '../contracts/store.contract.ts';

storeContract('memory', async () => createMemoryStore());
