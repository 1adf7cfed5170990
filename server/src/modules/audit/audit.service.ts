/**
 * The audit log: who changed what, when. `record` writes one entry inside the caller's unit of work
 * (the actor and time come from its request context), `list` reads them for the admin area. The
 * entity is in audit-log-entry.entity.ts, the GraphQL side in audit.resolver.ts / audit.types.ts.
 */
import { Brackets, type DataSource, type Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { invalidInput } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import type { Transaction } from '../../db/unit-of-work';
import { UUID } from '../../common/uuid';
import { AuditLogEntryEntity, type FieldChange } from './audit-log-entry.entity';

export interface AuditRecord {
  action: string;
  objectType: string;
  objectId: string;
  changes?: Record<string, FieldChange>;
}

export interface AuditLogQuery {
  first: number;
  after?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  accountId?: string | null;
}

export interface AuditLogPage {
  entries: AuditLogEntryEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

/** Shown instead of a secret's value in an entry. */
export const SECRET = '[secret]';

/** A value as it is kept in an entry: instants as ISO strings, everything else as JSON has it. */
function auditValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/**
 * The fields of `keys` whose values differ between `before` and `after`. Fields named in `secrets`
 * are recorded as changed, with their values replaced by "[secret]".
 */
export function fieldChanges<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  keys: (keyof T & string)[],
  secrets: (keyof T & string)[] = [],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of keys) {
    const old = auditValue(before?.[key]);
    const now = auditValue(after[key]);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes[key] = secrets.includes(key)
      ? { before: old === null ? null : SECRET, after: now === null ? null : SECRET }
      : { before: old, after: now };
  }
  return changes;
}

/** What a person reads for an entry's object: a name, and the currency its money fields are in. */
export interface AuditObjectDescription {
  label: string;
  currency: string | null;
}

/**
 * How each kind of object is named, by its lower-cased objectType (entries were written as both
 * 'Event' and 'event'). Each query takes the ids as $1 and answers id, label, currency.
 */
const DESCRIBE_QUERIES: Record<string, string> = {
  event: `SELECT id, title AS label, currency FROM event WHERE id = ANY($1::uuid[])`,
  tickettype: `SELECT t.id, t.name || ' · ' || e.title AS label, e.currency
    FROM ticket_type t JOIN event e ON e.id = t.event_id WHERE t.id = ANY($1::uuid[])`,
  booking: `SELECT b.id, 'Booking ' || b.reference || ' · ' || e.title AS label, b.currency
    FROM booking b JOIN event e ON e.id = b.event_id WHERE b.id = ANY($1::uuid[])`,
  ticket: `SELECT t.id, t.attendee_name || ' · booking ' || b.reference AS label, b.currency
    FROM ticket t JOIN booking b ON b.id = t.booking_id WHERE t.id = ANY($1::uuid[])`,
  adminaccount: `SELECT id, email AS label, NULL AS currency FROM admin_account WHERE id = ANY($1::uuid[])`,
  apitoken: `SELECT id, 'API token ' || name AS label, NULL AS currency FROM api_token WHERE id = ANY($1::uuid[])`,
  question: `SELECT q.id, q.label || ' · ' || e.title AS label, e.currency
    FROM question q JOIN event e ON e.id = q.event_id WHERE q.id = ANY($1::uuid[])`,
};

export const auditObjectKey = (objectType: string, objectId: string) =>
  `${objectType.toLowerCase()}:${objectId}`;

export class AuditService {
  private readonly entries: Repository<AuditLogEntryEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.entries = dataSource.getRepository(AuditLogEntryEntity);
  }

  /**
   * Writes one entry inside the caller's transaction, by its context's actor (null: the system, e.g.
   * start-up or the command line) at its context's time.
   */
  async record(tx: Transaction, record: AuditRecord): Promise<void> {
    const actor = tx.ctx.actor;
    const entry: Omit<AuditLogEntryEntity, 'id'> = {
      at: tx.ctx.now,
      accountId: actor?.accountId ?? null,
      accountEmail: actor?.email ?? null,
      apiTokenId: actor?.apiToken?.id ?? null,
      apiTokenName: actor?.apiToken?.name ?? null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      changes: record.changes ?? {},
    };
    // TypeORM's insert typing cannot express a jsonb object column; the value is sent as a parameter.
    await tx.manager.insert(AuditLogEntryEntity, entry as object);
  }

  /**
   * Names the objects of some entries (one query per kind), keyed by auditObjectKey. Objects deleted
   * since, and kinds without a name, are left out: the entry then shows its type and id.
   */
  async describeObjects(
    _ctx: RequestContext,
    objects: { objectType: string; objectId: string }[],
  ): Promise<Map<string, AuditObjectDescription>> {
    const idsByKind = new Map<string, Set<string>>();
    for (const { objectType, objectId } of objects) {
      const kind = objectType.toLowerCase();
      if (!(kind in DESCRIBE_QUERIES) || !UUID.test(objectId)) continue;
      if (!idsByKind.has(kind)) idsByKind.set(kind, new Set());
      idsByKind.get(kind)!.add(objectId);
    }
    const descriptions = new Map<string, AuditObjectDescription>();
    await Promise.all(
      [...idsByKind].map(async ([kind, ids]) => {
        const rows = (await this.dataSource.query(DESCRIBE_QUERIES[kind], [[...ids]])) as {
          id: string;
          label: string;
          currency: string | null;
        }[];
        for (const row of rows) {
          descriptions.set(auditObjectKey(kind, row.id), { label: row.label, currency: row.currency });
        }
      }),
    );
    return descriptions;
  }

  /** Newest first, keyset-paginated on (at, id). */
  async list(_ctx: RequestContext, query: AuditLogQuery): Promise<AuditLogPage> {
    const builder = this.entries.createQueryBuilder('entry');
    if (query.objectType)
      builder.andWhere('entry.objectType = :objectType', { objectType: query.objectType });
    if (query.objectId) builder.andWhere('entry.objectId = :objectId', { objectId: query.objectId });
    if (query.accountId) builder.andWhere('entry.accountId = :accountId', { accountId: query.accountId });
    if (query.after) {
      const [at, id] = decodeCursor(query.after, ['string', 'string']) as [string, string];
      const afterAt = new Date(at);
      if (Number.isNaN(afterAt.getTime())) throw invalidInput('after', 'is not a cursor this list returned');
      builder.andWhere(
        new Brackets((older) =>
          older
            .where('entry.at < :afterAt', { afterAt })
            .orWhere('entry.at = :afterAt AND entry.id < :afterId', { afterId: id }),
        ),
      );
    }
    const rows = await builder
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .limit(query.first + 1)
      .getMany();
    const entries = rows.slice(0, query.first);
    return {
      entries,
      cursors: entries.map((entry) => encodeCursor([entry.at.toISOString(), entry.id])),
      hasNextPage: rows.length > query.first,
    };
  }
}
