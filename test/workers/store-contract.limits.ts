/**
 * The limits the store-contract Worker (store-contract.worker.ts) sets differently from
 * production, in a file Node tests can import (the Worker itself imports cloudflare:workers).
 */

/** Closed tickets the test Worker's offices keep: fewer than 500, so the contract's cap test is quick. */
export const TEST_KEEP_CLOSED = 20;
