import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A code's block of reserved seats (voucher.reserved_seats, counted in its ticket type's held_count)
 * now counts in the capacity pools of that ticket type too, from the moment it is made, so the pool
 * cannot be sold out under the block's holders (db/functions: reserveVoucherSeats, take_booking_seats
 * charging pools quantity - from_block, release_voucher_blocks, return_booking_vouchers). Pools made
 * before this counted only bookings: their counter becomes the seats held or sold of their ticket
 * types, as capacity-pool-admin.service.ts recounts it (capped at the pool's capacity, which its CHECK
 * requires; a pool that was already over it stays full).
 */
export class PoolsCountReservedBlocks1798800000000 implements MigrationInterface {
  name = 'PoolsCountReservedBlocks1798800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE capacity_pool p
      SET used_count = least(p.capacity, (
            SELECT coalesce(sum(tt.held_count + tt.sold_count), 0)::int FROM ticket_type tt
            WHERE tt.event_id = p.event_id
              AND (p.all_ticket_types OR EXISTS (SELECT 1 FROM capacity_pool_ticket_type m
                                                 WHERE m.pool_id = p.id AND m.ticket_type_id = tt.id)))),
          updated_at = now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Without the blocks: the seats of bookings only.
    await queryRunner.query(`
      UPDATE capacity_pool p
      SET used_count = greatest(0, p.used_count - (
            SELECT coalesce(sum(v.reserved_seats), 0)::int FROM voucher v
            WHERE v.event_id = p.event_id AND v.reserves_seats
              AND (p.all_ticket_types OR EXISTS (SELECT 1 FROM capacity_pool_ticket_type m
                                                 WHERE m.pool_id = p.id AND m.ticket_type_id = v.ticket_type_ids[1])))),
          updated_at = now()`);
  }
}
