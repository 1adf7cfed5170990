/**
 * Which bookings an admin filter matches, as a query builder: shared by the admin list
 * (booking-admin.service.ts) and the CSV export (reports/reports.service.ts), so both always agree.
 */
import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { invalidInput } from '../../common/domain-error';
import { likePattern } from '../../common/like-pattern';
import type { AdminBookingFilterInput } from './booking-admin.inputs';
import { BookingEntity } from './booking.entity';

/** Bookings (alias `booking`) matching the filter; a malformed filter is refused naming the field. */
export function filteredBookings(
  manager: EntityManager,
  filter: AdminBookingFilterInput | null | undefined,
): SelectQueryBuilder<BookingEntity> {
  const builder = manager.getRepository(BookingEntity).createQueryBuilder('booking');
  if (!filter) return builder;
  if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
    throw invalidInput('filter.createdTo', 'must not be before createdFrom');
  }
  if (filter.eventId) builder.andWhere('booking.eventId = :eventId', { eventId: filter.eventId });
  if (filter.statuses && filter.statuses.length > 0) {
    builder.andWhere('booking.status IN (:...statuses)', { statuses: filter.statuses });
  }
  if (filter.createdFrom) {
    builder.andWhere('booking.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
  }
  if (filter.createdTo) builder.andWhere('booking.createdAt < :createdTo', { createdTo: filter.createdTo });
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    builder.andWhere(
      new Brackets((match) =>
        match
          .where('booking.reference ILIKE :pattern', { pattern })
          .orWhere('booking.buyerName ILIKE :pattern')
          .orWhere('booking.buyerEmail ILIKE :pattern')
          .orWhere(
            'EXISTS (SELECT 1 FROM ticket t WHERE t.booking_id = booking.id AND t.attendee_name ILIKE :pattern)',
          ),
      ),
    );
  }
  return builder;
}
