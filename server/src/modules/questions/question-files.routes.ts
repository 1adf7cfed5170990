/**
 * Plain HTTP for the bytes of FILE answers, which GraphQL does not carry:
 *
 *   POST /uploads/questions/<questionId>   the file as the body, `Content-Type: application/octet-stream`
 *        (a type no cross-site form can send without the browser asking first, so no page elsewhere can
 *        upload in a visitor's name), its name percent-encoded in `X-File-Name`. Anonymous, limited
 *        per client address. 201 with { id, name, contentType, sizeBytes, sha256 }: the id is what the
 *        answer's `fileId` names. 404 no such FILE question, 413 too large, 415 not a kind the
 *        question accepts (by its bytes) or not sent as octet-stream, 400 empty, 429 too many uploads.
 *   GET /files/<fileId>   the file of an answer, for an ADMIN (session cookie), STAFF when the question
 *        is shown at the door, or the booking's holder (`X-Booking-Token: <the booking link's token>`).
 *        Sent as an attachment with the type its bytes showed; 404 for everyone else.
 */
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import { createRequestContext } from '../../common/request-context';
import type { Config } from '../../config';
import { requestUserAgent } from '../../http/client-address';
import type { Logger } from '../../logger';
import type { AuthService } from '../auth/auth.service';
import { readCookie } from '../auth/session-token';
import type { QuestionFilesService, UploadRefusalCode } from './question-files.service';

export const BOOKING_TOKEN_HEADER = 'x-booking-token';

const STATUS: Record<UploadRefusalCode, number> = {
  QUESTION_NOT_FOUND: 404,
  FILE_EMPTY: 400,
  FILE_TOO_LARGE: 413,
  FILE_KIND_NOT_ACCEPTED: 415,
  TOO_MANY_ATTEMPTS: 429,
};

export interface QuestionFileRouteDependencies {
  files: QuestionFilesService;
  auth: AuthService;
  config: Config;
  clock: () => Date;
}

export function questionFileRoutes({ files, auth, config, clock }: QuestionFileRouteDependencies): Router {
  const router = Router();
  const contextOf = (req: Request, actor: Awaited<ReturnType<AuthService['viewerFor']>>['viewer'] = null) =>
    createRequestContext({
      requestId: String(req.id),
      now: clock(),
      logger: (req as unknown as { log: Logger }).log,
      actor,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: requestUserAgent(req),
    });

  router.post(
    '/uploads/questions/:questionId',
    (req, res, next) => {
      if (!req.is('application/octet-stream')) {
        res
          .status(415)
          .json({ code: 'NOT_OCTET_STREAM', error: 'Send the file as application/octet-stream.' });
        return;
      }
      next();
    },
    express.raw({ type: 'application/octet-stream', limit: files.maxBytes }),
    async (req, res) => {
      const given = req.headers['x-file-name'];
      let fileName = 'file';
      try {
        if (typeof given === 'string') fileName = decodeURIComponent(given);
      } catch {
        // A name that is not percent-encoding stays `file`.
      }
      const outcome = await files.upload(contextOf(req), {
        questionId: String(req.params.questionId),
        fileName,
        bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      if ('refused' in outcome) {
        const { code, message, retryAfterSeconds } = outcome.refused;
        if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
        res.status(STATUS[code]).json({ code, error: message });
        return;
      }
      res.status(201).json(outcome.file);
    },
  );
  const tooLarge: ErrorRequestHandler = (error, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({ code: 'FILE_TOO_LARGE', error: 'The file is too large.' });
  };
  router.use('/uploads/questions', tooLarge);

  router.get('/files/:fileId', async (req, res) => {
    const session = await auth.viewerFor(
      readCookie(req.headers.cookie, config.auth.session.cookieName),
      clock(),
    );
    const token = req.headers[BOOKING_TOKEN_HEADER];
    const file = await files.downloadable(contextOf(req, session.viewer), {
      fileId: String(req.params.fileId),
      bookingToken: typeof token === 'string' && token ? token : null,
    });
    res.setHeader('Cache-Control', 'private, no-store');
    if (!file) {
      res.status(404).json({ error: 'Not found' });
      return;
    }
    res.attachment(file.name);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(file.path);
  });
  return router;
}
