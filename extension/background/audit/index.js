/**
 * The audit trail, as the background uses it: every event goes to the
 * local log (log.js) and, when the policy names a collector, first into
 * the persisted outbox (queue.js) and from there to the collector
 * (delivery.js, otlp.js). Without a collector nothing is queued and no
 * request is made.
 */

import { ext } from '../../shared/ext.js';
import { Delivery } from './delivery.js';
import { makeRecord } from './event.js';
import * as log from './log.js';
import { Queue } from './queue.js';
import { resource } from './resource.js';

export { ALARM } from './delivery.js';
export { clear, read } from './log.js';
export { hideHeaderValues, keepHiddenHeaderValues } from './headers.js';

const queue = new Queue(ext.storage.local);
const delivery = new Delivery({
  queue,
  storage: ext.storage.local,
  fetch: (url, init) => fetch(url, init),
  alarms: ext.alarms,
  resource,
});

/**
 * The collector the settings name, or null for none.
 * @param {import('../../pkg/promptwarden.js').AuditDelivery | null} target
 */
export function configure(target) {
  delivery.configure(target);
}

/** Tries the collector now (an alarm fired, or a new event is queued). */
export function kick() {
  delivery.kick();
}

/** The browser started: a new session, so the backoff starts over. */
export function restart() {
  return delivery.restart();
}

/** Delivery status for the options page (no header values: it never holds them). */
export function status() {
  return delivery.status();
}

/**
 * Records one event the content script reported.
 * @param {{ site: string, rules: string[], outcome: string, justification?: string, file?: { kind: string, size: number, name?: string } }} msg a validated MSG.EVENT
 * @param {import('./event.js').EventContext & { retentionDays: number, deliver: boolean }} ctx
 */
export async function record(msg, ctx) {
  // Into the outbox before anything else: once this resolves, the event
  // survives the background stopping. The local log follows on its own
  // (it gathers a burst into a few writes).
  const queued = ctx.deliver ? queue.add(makeRecord(msg, ctx)) : null;
  log.record(msg, ctx.categoryOf, ctx.retentionDays).catch(() => {});
  await queued;
  if (queued) delivery.kick();
}
