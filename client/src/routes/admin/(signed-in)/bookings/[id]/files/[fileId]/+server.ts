import { answerFileResponse } from '$lib/server/answer-files';
import type { RequestHandler } from './$types';

/**
 * A file answering a question of the booking, with the admin's session: the API sends it to ADMINs,
 * and to STAFF for questions shown at the door; anyone else gets 404.
 */
export const GET: RequestHandler = (event) => answerFileResponse(event, event.params.fileId, null);
