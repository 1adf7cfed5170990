/**
 * Files answering FILE questions, between the browser and the API. The checkout and answer forms post
 * as multipart; before the answers are sent, each file chosen is uploaded to the API
 * (POST /uploads/questions/<id>) and its input's value becomes the id the API answered. A file
 * uploaded earlier rides along in a hidden input of the same name, so a form sent back with errors
 * does not ask for it again. Downloads go through this server too, with the caller's credentials.
 */
import type { RequestEvent } from '@sveltejs/kit';
import {
  answerInputName,
  respondents,
  type AnswerValues,
  type CheckoutQuestion,
} from '$lib/checkout/checkout-questions';
import { apiUrl } from './api';
import { apiRequestHeaders } from './graphql';

/**
 * Uploads every file chosen in `form` for a FILE question and puts the upload's id into `values`;
 * returns what went wrong, by input name (the API's words: too large, not an accepted kind).
 */
export async function uploadAnswerFiles(
  event: RequestEvent,
  form: FormData,
  questions: readonly CheckoutQuestion[],
  slots: readonly string[],
  values: AnswerValues,
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const { attendee, questions: asked } of respondents(questions, slots)) {
    for (const question of asked.filter((candidate) => candidate.type === 'FILE')) {
      const name = answerInputName(attendee, question.id);
      const file = form.getAll(name).find((value): value is File => typeof value !== 'string');
      if (!file || file.size === 0) continue;
      const response = await event.fetch(`${apiUrl()}/uploads/questions/${encodeURIComponent(question.id)}`, {
        method: 'POST',
        headers: {
          ...apiRequestHeaders(event),
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(file.name),
        },
        body: await file.arrayBuffer(),
      });
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (response.status === 201 && body.id) values[name] = body.id;
      else problems[name] = body.error ?? 'The file could not be uploaded. Please try again.';
    }
  }
  return problems;
}

/**
 * The file of an answer as the API hands it to this request's caller (an admin's session cookie, or
 * `bookingToken` for the booking's holder): its bytes and download headers, or the API's refusal.
 */
export async function answerFileResponse(
  event: RequestEvent,
  fileId: string,
  bookingToken: string | null,
): Promise<Response> {
  const headers = apiRequestHeaders(event);
  if (bookingToken) headers['x-booking-token'] = bookingToken;
  const response = await event.fetch(`${apiUrl()}/files/${encodeURIComponent(fileId)}`, { headers });
  if (!response.ok)
    return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  const passed = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = response.headers.get(name);
    if (value) passed.set(name, value);
  }
  return new Response(response.body, { status: 200, headers: passed });
}
