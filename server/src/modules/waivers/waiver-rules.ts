/**
 * What every part of the waivers module shares: which version of an event's text is current (in
 * TypeORM and as SQL for queries over many events), how a signature is shown, and how errors are
 * made. The services: waiver-texts (the texts per event), waiver-signing
 * (asking, signing, resending, paper waivers), waiver-reminders, waiver-views (tickets' status);
 * the signatures CSV export is in modules/reports.
 *
 * Rules:
 * - The newest version of an event's text is its current waiver, unless it was disabled.
 * - Every issued ticket of a confirmed booking for an event with a current waiver must be signed
 *   before check-in. A signature keeps the version it was made on; a newer version does NOT ask those
 *   who signed to sign again (signed stays signed). New signers sign the current version.
 * - Signing links carry a 256-bit token; only its SHA-256 is stored (waiver_link). The e-mail is
 *   rendered when the token is made, so the token is never needed again.
 * - E-mails are enqueued in the caller's transaction (outbox), one per cause:
 *   `waiver-request:<ticketId>`, `waiver-request:<ticketId>:resend-<n>`, `waiver-reminder:<signatureId>:<hours>`.
 */
import type { EntityManager } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import type { WaiverSignatureEntity } from './waiver-signature.entity';
import { WaiverVersionEntity } from './waiver-version.entity';
import type { WaiverError, WaiverErrorCode, WaiverSignatureInfo } from './waivers.types';

/**
 * SQL that is true when the event in `eventIdColumn` requires a waiver now: its newest version is not
 * disabled (the rule of currentVersion, for queries that look at many events at once).
 */
export function waiverRequiredSql(eventIdColumn: string): string {
  return `EXISTS (
           SELECT 1 FROM waiver_version cv
            WHERE cv.event_id = ${eventIdColumn} AND cv.disabled_at IS NULL
              AND cv.version = (SELECT max(mv.version) FROM waiver_version mv WHERE mv.event_id = ${eventIdColumn})
         )`;
}

/** The current (signable) version of an event's waiver, or null when none is required. */
export async function currentVersion(
  manager: EntityManager,
  eventId: string,
): Promise<WaiverVersionEntity | null> {
  const newest = await manager.findOne(WaiverVersionEntity, {
    where: { eventId },
    order: { version: 'DESC' },
  });
  return newest && !newest.disabledAt ? newest : null;
}

/** The number of a version by its id (null for none or an unknown id). */
export async function versionNumber(
  manager: EntityManager,
  versionId: string | null,
): Promise<number | null> {
  if (!versionId) return null;
  return (await manager.findOneBy(WaiverVersionEntity, { id: versionId }))?.version ?? null;
}

export const waiverError = (
  code: WaiverErrorCode,
  message: string,
  field: string | null = null,
): WaiverError => domainProblem(code, message, field);

export function signatureInfo(
  row: Pick<WaiverSignatureEntity, 'signedAt' | 'signerName' | 'method'> | null,
  version: number | null,
): WaiverSignatureInfo | null {
  if (!row?.signedAt || version === null) return null;
  return { signedAt: row.signedAt, version, signerName: row.signerName!, method: row.method! };
}
