import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in counters, in the table layout rate-limiter-flexible's PostgreSQL store uses (key,
 * points, expire in epoch milliseconds). Declared here so the table comes from a migration like any
 * other instead of being created by the library at run time.
 */
@Entity({ name: 'login_failure_counter' })
export class LoginFailureCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
