/**
 * The limits the store-contract Worker (store-contract.worker.ts) sets differently from
 * production, in a file Node tests can import (the Worker itself imports cloudflare:workers).
 */

/** Closed tickets the test Worker's offices keep: fewer than 500, so the contract's cap test is quick. */
export const TEST_KEEP_CLOSED = 20;

/** Review items the test Worker's offices keep: fewer than 5,000, so the contract's cap test is quick. */
export const TEST_MAX_REVIEW_ITEMS = 20;

/** Filed examples the test Worker's offices keep: fewer than 20,000, so the contract's cap test is quick. */
export const TEST_MAX_FILED_EXAMPLES = 20;
