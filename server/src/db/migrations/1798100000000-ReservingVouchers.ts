import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Codes that reserve seats for their holders: `reserves_seats` marks such a code (one ticket type,
 * uses counted in tickets, a limit and an end of validity, which the CHECK demands), and
 * `reserved_seats` is how many seats are set aside for it right now, counted in its ticket type's
 * held_count. The functions that move seats in and out of the block are db/functions/*.sql.
 */
export class ReservingVouchers1798100000000 implements MigrationInterface {
  name = 'ReservingVouchers1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "voucher" ADD "reserves_seats" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "voucher" ADD "reserved_seats" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "voucher" ADD CONSTRAINT "voucher_reserved_seats_valid" CHECK (reserved_seats >= 0 AND (reserves_seats OR reserved_seats = 0) AND (NOT reserves_seats OR (cardinality(ticket_type_ids) = 1 AND use_unit = \'TICKETS\' AND max_uses IS NOT NULL AND valid_until IS NOT NULL AND used_count + reserved_seats <= max_uses)))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "voucher" DROP CONSTRAINT "voucher_reserved_seats_valid"');
    await queryRunner.query('ALTER TABLE "voucher" DROP COLUMN "reserved_seats"');
    await queryRunner.query('ALTER TABLE "voucher" DROP COLUMN "reserves_seats"');
  }
}
