import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ApiTokenScope } from '../../common/api-token-scope';
import type { AdminAccountEntity } from '../accounts/admin-account.entity';

/**
 * A token a script sends as `Authorization: Bearer evt_…`. Like a session, only the SHA-256 of its
 * 256 random bits is stored, looked up through a unique index on every request (no cache), so a
 * revocation holds on every replica at once. It acts for the ADMIN who made it, with its own scopes,
 * and stops working when that account is disabled or is no longer an ADMIN.
 */
@Entity({ name: 'api_token' })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What the admin called it, e.g. "Door scanner script". */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the whole token, hex. */
  @Index('api_token_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The token's last four characters, to tell tokens apart in the list. */
  @Column({ type: 'varchar', length: 8 })
  hint: string;

  /** ApiTokenScope values: one role (ADMIN or STAFF) alone, or narrower scopes. */
  @Column({ type: 'text', array: true })
  scopes: ApiTokenScope[];

  @Index('api_token_created_by_idx')
  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne('AdminAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: AdminAccountEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When it stops working by itself; null: never. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Last request made with it, written at most once a minute. */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** When an admin revoked it; a revoked token is refused from that moment. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
