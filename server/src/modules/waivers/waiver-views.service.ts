/** Reading where tickets stand with their event's waiver (the booking page's tickets, through a loader). */
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { signatureInfo, waiverRequiredSql } from './waiver-rules';
import type { WaiverSignatureMethod } from './waiver-signature.entity';
import { WaiverStatus, type TicketWaiver } from './waivers.types';

export class WaiverViews {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Where each ticket stands with its event's waiver, in one statement for all of them (the booking
   * page's tickets, through a loader). Unknown ids are left out of the map.
   */
  async ticketWaivers(
    _ctx: RequestContext,
    ticketIds: readonly string[],
  ): Promise<Map<string, TicketWaiver>> {
    const byTicket = new Map<string, TicketWaiver>();
    if (ticketIds.length === 0) return byTicket;
    const rows: {
      ticket_id: string;
      signed_at: Date | null;
      signer_name: string | null;
      method: WaiverSignatureMethod | null;
      version: number | null;
      required: boolean;
    }[] = await this.dataSource.query(
      `SELECT t.id AS ticket_id, s.signed_at, s.signer_name, s.method, v.version,
              ${waiverRequiredSql('b.event_id')} AS required
         FROM ticket t
         JOIN booking b ON b.id = t.booking_id
         LEFT JOIN waiver_signature s ON s.ticket_id = t.id AND s.signed_at IS NOT NULL
         LEFT JOIN waiver_version v ON v.id = s.version_id
        WHERE t.id = ANY($1::uuid[])`,
      [ticketIds],
    );
    for (const row of rows) {
      const signature = signatureInfo(
        { signedAt: row.signed_at, signerName: row.signer_name, method: row.method },
        row.version,
      );
      byTicket.set(row.ticket_id, {
        status: signature
          ? WaiverStatus.SIGNED
          : row.required
            ? WaiverStatus.UNSIGNED
            : WaiverStatus.NOT_REQUIRED,
        signature,
      });
    }
    return byTicket;
  }
}
