/**
 * WhatsApp's inbound schema and channel under 3,000 fuzzed message objects (fixed seed), each
 * through the channel's own `receive` into the engine: nothing thrown or logged as an error;
 * and the people's messages among them were answered on WhatsApp.
 */
import { expect } from 'vitest';
import { whatsAppTarget } from '../../src/testing/fuzz/whatsapp.ts';
import { fuzzSuite } from './fuzz-suite.ts';

fuzzSuite('WhatsApp: no hostile message object throws or logs an error', whatsAppTarget, 3000, (h) => {
  expect(h.sentOnWhatsApp.length).toBeGreaterThan(100);
});
