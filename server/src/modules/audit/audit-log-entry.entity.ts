import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One field an admin changed: its value before and after (secrets appear only as "[secret]"). */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/**
 * Who did what to which object, and when. Written in the same transaction as the change it describes,
 * so a change without its entry (or an entry without its change) cannot exist. Rows are never updated.
 */
@Entity({ name: 'audit_log_entry' })
@Index('audit_log_entry_object_idx', ['objectType', 'objectId', 'at'])
@Index('audit_log_entry_account_idx', ['accountId', 'at'])
@Index('audit_log_entry_at_idx', ['at', 'id'])
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The account that acted; null for the system (start-up, command line). No foreign key: entries outlive accounts. */
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  /** The account's e-mail at the time, kept so the entry reads the same if the account changes. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  accountEmail: string | null;

  /** The API token the account acted through; null for a signed-in person or the system. No foreign key, as above. */
  @Column({ type: 'uuid', nullable: true })
  apiTokenId: string | null;

  /** That token's name at the time. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  apiTokenName: string | null;

  /** What was done, as `<object>.<verb>`, e.g. `event.publish`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  objectType: string;

  @Column({ type: 'varchar', length: 64 })
  objectId: string;

  /** Changed fields: `{ field: { before, after } }`. */
  @Column({ type: 'jsonb' })
  changes: Record<string, FieldChange>;
}
