/**
 * The rows of bookings their pages show (lines and tickets with their ticket type's name, payments,
 * refunds, the bookings' events), read by hand-written SQL outside any transaction (db/entity-rows.ts):
 * the shopper's booking page and the admin's list of 100 bookings read them on every load.
 */
import type { DataSource } from 'typeorm';
import { EntityRows } from '../../db/entity-rows';
import { EventEntity } from '../events/event.entity';
import { BookingLineEntity } from './booking-line.entity';
import { BookingPaymentEntity } from './booking-payment.entity';
import { BookingRefundEntity } from './booking-refund.entity';
import { TicketEntity } from './ticket.entity';

export class BookingRows {
  private readonly lines: EntityRows<BookingLineEntity>;
  private readonly tickets: EntityRows<TicketEntity>;
  private readonly payments: EntityRows<BookingPaymentEntity>;
  private readonly refunds: EntityRows<BookingRefundEntity>;
  private readonly events: EntityRows<EventEntity>;

  constructor(dataSource: DataSource) {
    this.lines = new EntityRows(dataSource, BookingLineEntity, 'line');
    this.tickets = new EntityRows(dataSource, TicketEntity, 'ticket');
    this.payments = new EntityRows(dataSource, BookingPaymentEntity, 'payment');
    this.refunds = new EntityRows(dataSource, BookingRefundEntity, 'refund');
    this.events = new EntityRows(dataSource, EventEntity, 'event');
  }

  /** The bookings' lines in catalog order, each with its ticket type's name. */
  async namedLines(bookingIds: string[]): Promise<(BookingLineEntity & { ticketTypeName: string })[]> {
    const rows = await this.lines.readWithRows(
      `SELECT ${this.lines.selectList}, tt.name AS ticket_type_name FROM booking_line line
         JOIN ticket_type tt ON tt.id = line.ticket_type_id
       WHERE line.booking_id = ANY($1::uuid[]) ORDER BY tt.sort_order, tt.created_at`,
      [bookingIds],
    );
    return rows.map(({ entity, row }) => ({ ...entity, ticketTypeName: row.ticket_type_name as string }));
  }

  /** The bookings' tickets by position, each with its ticket type's name. */
  async namedTickets(bookingIds: string[]): Promise<(TicketEntity & { ticketTypeName: string })[]> {
    const rows = await this.tickets.readWithRows(
      `SELECT ${this.tickets.selectList}, tt.name AS ticket_type_name FROM ticket ticket
         JOIN ticket_type tt ON tt.id = ticket.ticket_type_id
       WHERE ticket.booking_id = ANY($1::uuid[]) ORDER BY ticket.position`,
      [bookingIds],
    );
    return rows.map(({ entity, row }) => ({ ...entity, ticketTypeName: row.ticket_type_name as string }));
  }

  /** The bookings' payments, oldest first. */
  paymentsOf(bookingIds: string[]): Promise<BookingPaymentEntity[]> {
    return this.payments.read(
      `SELECT ${this.payments.selectList} FROM booking_payment payment
       WHERE payment.booking_id = ANY($1::uuid[]) ORDER BY payment.created_at, payment.id`,
      [bookingIds],
    );
  }

  /** The bookings' refunds, oldest first. */
  refundsOf(bookingIds: string[]): Promise<BookingRefundEntity[]> {
    return this.refunds.read(
      `SELECT ${this.refunds.selectList} FROM booking_refund refund
       WHERE refund.booking_id = ANY($1::uuid[]) ORDER BY refund.created_at, refund.id`,
      [bookingIds],
    );
  }

  /** Events by id, in no particular order. */
  eventsById(eventIds: string[]): Promise<EventEntity[]> {
    return this.events.read(
      `SELECT ${this.events.selectList} FROM event event WHERE event.id = ANY($1::uuid[])`,
      [eventIds],
    );
  }
}
