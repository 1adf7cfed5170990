import { AdmissionGate } from './admission-gate';

/** Work that finishes when the test says so. */
function pending<T>(value: T) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done.then(() => value), finish };
}

const REFUSED = 'refused' as const;
const refuse = () => REFUSED;

describe('AdmissionGate', () => {
  it('runs up to its limit at once, queues the next ones in arrival order, and refuses past the queue bound', async () => {
    const gate = new AdmissionGate(1, 2);
    const first = pending('first');
    const second = pending('second');
    const third = pending('third');
    const started: string[] = [];
    const track = (name: string, work: () => Promise<string>) => () => {
      started.push(name);
      return work();
    };

    const running = gate.run(track('first', first.work), refuse);
    const queuedSecond = gate.run(track('second', second.work), refuse);
    const queuedThird = gate.run(track('third', third.work), refuse);
    expect(await gate.run(track('fourth', pending('fourth').work), refuse)).toBe(REFUSED);
    await Promise.resolve();
    expect(started).toEqual(['first']);
    expect([gate.active, gate.queued]).toEqual([1, 2]);

    // The third is let in only after the second, although it finishes first.
    third.finish();
    first.finish();
    expect(await running).toBe('first');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['first', 'second']);
    second.finish();
    expect(await queuedSecond).toBe('second');
    expect(await queuedThird).toBe('third');
    expect(started).toEqual(['first', 'second', 'third']);
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });

  it('hands the turn on when work fails', async () => {
    const gate = new AdmissionGate(1, 1);
    const failing = gate.run(() => Promise.reject(new Error('boom')), refuse);
    const next = gate.run(() => Promise.resolve('next'), refuse);
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(gate.active).toBe(0);
  });

  it('with no queue refuses whatever comes while the limit is reached', async () => {
    const gate = new AdmissionGate(2, 0);
    const a = pending('a');
    const b = pending('b');
    const runs = [gate.run(a.work, refuse), gate.run(b.work, refuse)];
    expect(await gate.run(() => Promise.resolve('c'), refuse)).toBe(REFUSED);
    a.finish();
    b.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b']);
    expect(await gate.run(() => Promise.resolve('d'), refuse)).toBe('d');
  });
});
