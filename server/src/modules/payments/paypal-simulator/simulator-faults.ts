/**
 * Fault injection for the PayPal simulator: which operations can fail, how, and the queue of faults
 * tests ask for (failNext, or POST /__simulator/faults).
 */
import { asObject } from './request-parsing';
import type { CaptureRefusal } from './simulated-ledger';

/** The operations faults can be injected into; `get` covers every GET of an order, capture or refund. */
export type SimulatorOperation = 'token' | 'create' | 'get' | 'capture' | 'refund' | 'verify';

export const SIMULATOR_OPERATIONS: readonly SimulatorOperation[] = [
  'token',
  'create',
  'get',
  'capture',
  'refund',
  'verify',
];

export type SimulatorFault =
  /** Answer with this 5xx status and PayPal's error body; nothing happens. */
  | { kind: 'error'; status: 500 | 502 | 503 | 504 }
  /**
   * Hold the response for `holdMs`. With `processed: true` the operation takes effect at once and only
   * its answer is late (a client that gave up never learns the outcome); otherwise nothing happens and
   * a 504 follows the hold.
   */
  | { kind: 'timeout'; holdMs: number; processed?: boolean }
  /**
   * Captures only: PayPal refuses to capture the approved order with 422 and this issue, and the
   * buyer must go back to PayPal (the same order) to choose another way to pay or to act there.
   */
  | { kind: 'refusal'; issue: CaptureRefusal };

export const CAPTURE_REFUSALS: readonly CaptureRefusal[] = ['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'];

/** Faults queued per operation, taken in order; each one fails `remaining` more calls. */
export class FaultQueue {
  private readonly queues = new Map<SimulatorOperation, { fault: SimulatorFault; remaining: number }[]>();

  /** The next `times` calls of `operation` fail as `fault` says, after the faults queued before. */
  add(operation: SimulatorOperation, fault: SimulatorFault, times: number): void {
    if (fault.kind === 'refusal' && operation !== 'capture') {
      throw new Error(`a ${fault.issue} refusal happens at capture, not at ${operation}`);
    }
    const queue = this.queues.get(operation) ?? [];
    queue.push({ fault, remaining: times });
    this.queues.set(operation, queue);
  }

  /** The fault this call of `operation` suffers, if any (using one of its remaining calls). */
  take(operation: SimulatorOperation): SimulatorFault | undefined {
    const queue = this.queues.get(operation);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
  }

  clear(): void {
    this.queues.clear();
  }
}

/** A fault as the control endpoint receives it, or undefined when it is not one. */
export function parseFault(value: unknown): SimulatorFault | undefined {
  const fault = asObject(value);
  if (fault?.kind === 'error' && [500, 502, 503, 504].includes(Number(fault.status))) {
    return { kind: 'error', status: Number(fault.status) as 500 | 502 | 503 | 504 };
  }
  if (fault?.kind === 'timeout' && Number.isInteger(fault.holdMs) && Number(fault.holdMs) >= 0) {
    return { kind: 'timeout', holdMs: Number(fault.holdMs), processed: fault.processed === true };
  }
  const refusal = CAPTURE_REFUSALS.find((issue) => issue === fault?.issue);
  if (fault?.kind === 'refusal' && refusal) return { kind: 'refusal', issue: refusal };
  return undefined;
}
