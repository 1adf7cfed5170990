/**
 * Files answering FILE questions. The bytes never enter the database: an upload is written to
 * UPLOADS_DIR under a random name (128 bits, nothing of the buyer's), and question_file keeps what is
 * known of it (safe name, the type its bytes show, size, SHA-256). createBooking's answer then names
 * the upload's id; checkAnswerFiles makes sure it is an upload for that question that no other
 * booking's answer holds. An upload no answer ever took (the buyer gave up, the booking was refused)
 * is removed by the daily retention job after a day (deleteUnused).
 *
 * Who may download: an ADMIN, STAFF for questions shown at the door, and the booking's holder through
 * its link. Nobody gets a file that answers nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import { AdminRole } from '../accounts/admin-account.entity';
import { findBookingByToken } from '../bookings/booking-links';
import { QuestionFileEntity } from './question-file.entity';
import { FILE_KIND_CONTENT_TYPES, sanitizeFileName, sniffFileKind } from './question-files';
import { QuestionEntity, QuestionType } from './question.entity';

/** How long an upload waits for the answer that takes it (a buyer filling in the rest of the form). */
const UNUSED_UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface UploadsSettings {
  dir: string;
  maxBytes: number;
}

export type UploadRefusalCode =
  'QUESTION_NOT_FOUND' | 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_KIND_NOT_ACCEPTED' | 'TOO_MANY_ATTEMPTS';

export interface UploadRefusal {
  code: UploadRefusalCode;
  message: string;
  retryAfterSeconds?: number;
}

/** What an upload answers: the id an answer names, and what was kept of the file. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** A file that may be sent to the caller, and where its bytes are. */
export interface DownloadableFile extends UploadedFile {
  path: string;
}

/** An answer's file reference as createBooking and answer editing store it. */
export interface FileAnswerRow {
  ticket_position: number | null;
  question_id: string;
  file_id: string | null;
}

export class QuestionFilesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: UploadsSettings,
    private readonly rateLimiter: AddressRateLimiter,
  ) {}

  /** The largest body an upload may send at all (a question may accept less). */
  get maxBytes(): number {
    return this.settings.maxBytes;
  }

  /** Checks and keeps an uploaded file for a FILE question; counts against the caller's address. */
  async upload(
    ctx: RequestContext,
    input: { questionId: string; fileName: string; bytes: Buffer },
  ): Promise<{ file: UploadedFile } | { refused: UploadRefusal }> {
    const verdict = await this.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) {
      return {
        refused: {
          code: 'TOO_MANY_ATTEMPTS',
          message: 'Too many uploads from your network. Please try again later.',
          retryAfterSeconds: verdict.retryAfterSeconds,
        },
      };
    }
    const question = UUID.test(input.questionId)
      ? await this.uow.manager.findOneBy(QuestionEntity, { id: input.questionId })
      : null;
    if (!question || question.type !== QuestionType.FILE || question.hidden) {
      return { refused: { code: 'QUESTION_NOT_FOUND', message: 'No question takes a file with this id.' } };
    }
    const limit = Math.min(question.maxFileBytes ?? this.settings.maxBytes, this.settings.maxBytes);
    if (input.bytes.length === 0) return { refused: { code: 'FILE_EMPTY', message: 'The file is empty.' } };
    if (input.bytes.length > limit) {
      return {
        refused: { code: 'FILE_TOO_LARGE', message: `The file must be at most ${megabytes(limit)}.` },
      };
    }
    const kind = sniffFileKind(input.bytes);
    if (!kind || !question.fileKinds.includes(kind)) {
      return {
        refused: {
          code: 'FILE_KIND_NOT_ACCEPTED',
          message: `The file must be ${orList(question.fileKinds)}.`,
        },
      };
    }
    const storageName = randomBytes(16).toString('hex');
    const filePath = path.join(this.settings.dir, storageName);
    await fs.mkdir(this.settings.dir, { recursive: true, mode: 0o700 });
    await fs.writeFile(filePath, input.bytes, { flag: 'wx', mode: 0o600 });
    try {
      const row = await this.uow.manager.save(
        this.uow.manager.create(QuestionFileEntity, {
          questionId: question.id,
          storageName,
          originalName: sanitizeFileName(input.fileName),
          contentType: FILE_KIND_CONTENT_TYPES[kind],
          sizeBytes: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
        }),
      );
      return { file: uploadedFile(row) };
    } catch (error) {
      // No row, no file: nothing would ever find it again.
      await fs.rm(filePath, { force: true });
      throw error;
    }
  }

  /**
   * Why the files named by the answers cannot be used, by field: not an upload, an upload for another
   * question, or one another booking's answer holds (`bookingId`: the booking whose answers these
   * are, when it exists already, whose own files stay its own).
   */
  async answerFileProblems(
    rows: readonly FileAnswerRow[],
    bookingId: string | null,
  ): Promise<{ field: string; message: string }[]> {
    const named = rows.filter((row) => row.file_id !== null);
    if (named.length === 0) return [];
    const files: { id: string; question_id: string; held: boolean }[] = await this.uow.manager.query(
      `SELECT f.id, f.question_id,
              EXISTS (SELECT 1 FROM question_answer a
                      WHERE a.file_id = f.id AND a.booking_id IS DISTINCT FROM $2::uuid) AS held
       FROM question_file f WHERE f.id = ANY($1::uuid[])`,
      [named.map((row) => row.file_id), bookingId],
    );
    const seen = new Set<string>();
    return named.flatMap((row) => {
      const field =
        row.ticket_position === null
          ? `answers.${row.question_id}`
          : `attendees.${row.ticket_position}.answers.${row.question_id}`;
      const file = files.find((candidate) => candidate.id === row.file_id);
      const twice = seen.has(row.file_id!);
      seen.add(row.file_id!);
      if (!file || file.question_id !== row.question_id) {
        return [{ field, message: 'Upload the file for this question again.' }];
      }
      if (file.held || twice) return [{ field, message: 'This file answers another question already.' }];
      return [];
    });
  }

  /**
   * The file, when the caller may have it: it answers a question of a booking, and the caller is an
   * ADMIN, STAFF and the question is shown at the door, or holds the booking's link token.
   */
  async downloadable(
    ctx: RequestContext,
    input: { fileId: string; bookingToken: string | null },
  ): Promise<DownloadableFile | null> {
    if (!UUID.test(input.fileId)) return null;
    const [answer]: { booking_id: string; show_at_door: boolean }[] = await this.uow.manager.query(
      `SELECT a.booking_id, q.show_at_door FROM question_answer a JOIN question q ON q.id = a.question_id
       WHERE a.file_id = $1`,
      [input.fileId],
    );
    if (!answer) return null;
    const role = ctx.actor?.role;
    let allowed = role === AdminRole.ADMIN || (role === AdminRole.STAFF && answer.show_at_door);
    if (!allowed && input.bookingToken) {
      const booking = await findBookingByToken(this.uow.manager, input.bookingToken);
      allowed = booking?.id === answer.booking_id;
    }
    if (!allowed) return null;
    const row = await this.uow.manager.findOneByOrFail(QuestionFileEntity, { id: input.fileId });
    return { ...uploadedFile(row), path: path.join(this.settings.dir, row.storageName) };
  }

  /** Removes uploads older than a day that no answer holds, rows and bytes; returns how many. */
  async deleteUnused(ctx: RequestContext): Promise<number> {
    const before = new Date(ctx.now.getTime() - UNUSED_UPLOAD_LIFETIME_MS);
    // A DELETE ... RETURNING answers [rows, count] through TypeORM.
    const [removed]: [{ storage_name: string }[], number] = await this.uow.manager.query(
      `DELETE FROM question_file f
       WHERE f.created_at < $1
         AND NOT EXISTS (SELECT 1 FROM question_answer a WHERE a.file_id = f.id)
       RETURNING f.storage_name`,
      [before],
    );
    // Rows first: a file whose row is gone is never served, and removing it again is harmless.
    await Promise.all(
      removed.map((row) => fs.rm(path.join(this.settings.dir, row.storage_name), { force: true })),
    );
    return removed.length;
  }
}

function uploadedFile(row: QuestionFileEntity): UploadedFile {
  return {
    id: row.id,
    name: row.originalName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
  };
}

/** "PDF", "PDF or PNG", "PDF, JPEG or PNG". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.floor((bytes / (1024 * 1024)) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
