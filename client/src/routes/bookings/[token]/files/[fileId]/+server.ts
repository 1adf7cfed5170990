import { answerFileResponse } from '$lib/server/answer-files';
import type { RequestHandler } from './$types';

/** A file the booking's answers hold, for whoever has the booking's link. */
export const GET: RequestHandler = (event) =>
  answerFileResponse(event, event.params.fileId, event.params.token);
