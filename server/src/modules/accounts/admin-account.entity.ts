import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { AdminRole } from '../../common/admin-role';

export { AdminRole };

/**
 * A person who signs in to the admin area. E-mails are stored trimmed and lower-cased (a CHECK keeps
 * it so), which makes the unique index case-insensitive.
 */
@Entity({ name: 'admin_account' })
@Check('admin_account_email_normalized', `email = lower(btrim(email))`)
export class AdminAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('admin_account_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /**
   * Argon2id PHC string (algorithm, parameters, salt and hash); never the password. Null for an
   * invited account whose person has not set a password yet (it cannot sign in).
   */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: AdminRole, enumName: 'admin_role' })
  role: AdminRole;

  /** Set when the account was disabled; a disabled account cannot sign in and has no sessions. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The one spelling of an e-mail address that is stored and compared. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
