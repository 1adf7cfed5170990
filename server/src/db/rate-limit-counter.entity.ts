import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Request counters of the per-address rate limits (db/address-rate-limiter.ts), in the table layout
 * rate-limiter-flexible's PostgreSQL store uses (key, points, expire in epoch milliseconds), so every
 * replica counts together. Declared here so the table comes from a migration; the library deletes
 * expired rows itself.
 */
@Entity({ name: 'rate_limit_counter' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
