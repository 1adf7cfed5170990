/**
 * The booking path's short-lived copies of an event and its active ticket types. Every booking needs
 * them to check and price the request; in a hot sale thousands of bookings a second ask for the same
 * event, and reading it each time was half of the statements a paid booking cost.
 *
 * A copy is never trusted on its own. The caller confirms every refusal on a fresh read (a copy may
 * show seats as gone that a lapsed hold has given back), and a booking made from a copy names the
 * event's catalog version it was checked against, which PostgreSQL compares with the live one
 * (reserve_paid_booking, migration CatalogVersion). So a copy changes how often the catalog is read,
 * never what a booking may do; `maxAgeMs` only bounds how long a replica keeps trying a copy that the
 * database keeps refusing, and other replicas' changes need no message to reach this one.
 *
 * Memory: at most MAX_ENTRIES copies (the oldest go first); events that do not exist are not kept.
 */
import type { EventReference, EventWithTicketTypes } from './events.service';

const MAX_ENTRIES = 1000;

interface Entry<Catalog> {
  readAt: number;
  /** Shared by every caller that asks while the read runs. */
  read: Promise<Catalog | null>;
}

export interface CatalogSnapshot<Catalog = EventWithTicketTypes> {
  /**
   * The event and its active ticket types (and what else the reader adds, all of it covered by the
   * event's catalog version), or null for an event that does not exist. Read-only.
   */
  found: Catalog | null;
  /** True when this is a copy read before this call (it may be up to `maxAgeMs` old). */
  cached: boolean;
}

export class CatalogSnapshots<Catalog extends EventWithTicketTypes = EventWithTicketTypes> {
  private readonly entries = new Map<string, Entry<Catalog>>();

  /** `maxAgeMs` 0 turns the cache off: every call reads the database. */
  constructor(
    private readonly read: (event: EventReference) => Promise<Catalog | null>,
    private readonly maxAgeMs: number,
  ) {}

  /** A copy at most `maxAgeMs` old, or with `fresh`, a read made now (kept for the calls after it). */
  async get(event: EventReference, { fresh }: { fresh: boolean }): Promise<CatalogSnapshot<Catalog>> {
    const key = 'id' in event ? `id:${event.id}` : `slug:${event.slug}`;
    const now = Date.now();
    const kept = this.entries.get(key);
    if (!fresh && kept && now - kept.readAt < this.maxAgeMs) return { found: await kept.read, cached: true };

    const entry: Entry<Catalog> = { readAt: now, read: this.read(event) };
    if (this.maxAgeMs > 0) this.keep(key, entry);
    let found: Catalog | null;
    try {
      found = await entry.read;
    } catch (error) {
      this.forget(key, entry);
      throw error;
    }
    if (!found) this.forget(key, entry);
    return { found, cached: false };
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, entry: Entry<Catalog>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops `entry` unless a later read has replaced it. */
  private forget(key: string, entry: Entry<Catalog>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}
