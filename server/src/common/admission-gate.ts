/**
 * Admission control for one kind of work in this process (createBooking): at most `limit` run at
 * once, up to `queueLimit` more wait their turn in arrival order, and beyond that a caller is refused
 * at once (it answers "busy, try again"). In an on-sale every booking's steps run on the one event
 * loop; bounding how many are under way bounds how long any other request (a catalog read) waits for
 * its turn, while the bookings let through keep PostgreSQL as busy as all of them would.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {
    if (limit < 1 || queueLimit < 0) throw new Error(`bad admission limits ${limit}/${queueLimit}`);
  }

  /** Work under way now (at most `limit`). */
  get active(): number {
    return this.running;
  }

  /** Callers waiting for a turn (at most `queueLimit`). */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `work` once a turn is free; `refused` (without running `work`) when `queueLimit` callers
   * already wait.
   */
  async run<T, R>(work: () => Promise<T>, refused: () => R): Promise<T | R> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.queueLimit) return refused();
      // The finishing caller hands its turn over (`running` stays as it is), so no newcomer jumps the queue.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
