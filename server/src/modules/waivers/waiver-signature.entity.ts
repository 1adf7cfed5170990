import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { TicketEntity } from '../bookings/ticket.entity';
import type { WaiverVersionEntity } from './waiver-version.entity';

/** How a waiver was signed. */
export enum WaiverSignatureMethod {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}

/**
 * The waiver of one attendee (ticket): asked for (requestedAt), then signed once. A signature keeps the
 * version it was made on; a newer version does not ask those who signed to sign again.
 */
@Entity({ name: 'waiver_signature' })
@Check(
  'waiver_signature_signed_complete',
  `signed_at IS NULL OR (version_id IS NOT NULL AND signer_name IS NOT NULL AND method IS NOT NULL)`,
)
@Index('waiver_signature_event_idx', ['eventId'])
export class WaiverSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('waiver_signature_ticket_key', { unique: true })
  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne('TicketEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: TicketEntity;

  @Column({ type: 'uuid' })
  eventId: string;

  /** When the first signing link was sent. */
  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  /** How many times an admin resent the request (part of the resend e-mail's cause key). */
  @Column({ type: 'integer', default: 0 })
  resendCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  versionId: string | null;

  @ManyToOne('WaiverVersionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  signedVersion?: WaiverVersionEntity;

  /** The full name the signer typed (online) or the admin recorded (paper). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName: string | null;

  @Column({ type: 'enum', enum: WaiverSignatureMethod, enumName: 'waiver_signature_method', nullable: true })
  method: WaiverSignatureMethod | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  clientAddress: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  userAgent: string | null;

  /** The admin who recorded a paper waiver. */
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  recordedByEmail: string | null;
}

/**
 * A signing link: only the SHA-256 of its token is stored. The e-mail that carries the link is rendered
 * when the token is made, so the token itself is never needed again. Each request, reminder and resend
 * gets a link of its own; every link of a signature stays valid.
 */
@Entity({ name: 'waiver_link' })
export class WaiverLinkEntity {
  /** SHA-256 (hex) of the token. */
  @Column({ type: 'char', length: 64, primary: true })
  tokenHash: string;

  @Index('waiver_link_signature_idx')
  @Column({ type: 'uuid' })
  signatureId: string;

  @ManyToOne('WaiverSignatureEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'signature_id' })
  signature?: WaiverSignatureEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
