import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AdminAccountEntity } from './admin-account.entity';

/** Why a password link was sent: an invitation to a new account, or a "forgot password" request. */
export enum PasswordLinkPurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A single-use link, sent by e-mail, with which a person sets their account's password. The e-mail
 * carries a random token (256 bits); only its SHA-256 hash is stored, so a copy of this table opens
 * no account. Using a link (or sending a newer one) sets `usedAt` on every open link of the account.
 */
@Entity({ name: 'password_link' })
export class PasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the link's token, hex. */
  @Index('password_link_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('password_link_account_idx')
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AdminAccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AdminAccountEntity;

  @Column({ type: 'enum', enum: PasswordLinkPurpose, enumName: 'password_link_purpose' })
  purpose: PasswordLinkPurpose;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When it was used, or replaced by a newer link; a used link never works again. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
