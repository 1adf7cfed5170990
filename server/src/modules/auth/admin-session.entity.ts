import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AdminAccountEntity } from '../accounts/admin-account.entity';

/**
 * A signed-in browser. The cookie carries a random opaque id (256 bits); only its SHA-256 hash is
 * stored, so a copy of this table cannot be used to sign in. Deleting the row ends the session at once,
 * on every replica.
 */
@Entity({ name: 'admin_session' })
export class AdminSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the cookie's session id, hex. */
  @Index('admin_session_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('admin_session_account_idx')
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AdminAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AdminAccountEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Last request seen, written at most once a minute; idle expiry counts from here. */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute end of the session, however busy it is. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
