import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { runMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const EmailMessageDocument = graphql(`
  query AdminEmailMessage($id: ID!) {
    emailMessage(id: $id) {
      id
      kind
      status
      subject
      recipients
      replyTo
      createdAt
      updatedAt
      sentAt
      attempts
      lastError
      previewHtml
      text
      attachments {
        filename
        contentType
        size
      }
    }
  }
`);

const ResendDocument = graphql(`
  mutation AdminResendEmailMessage($id: ID!) {
    resendEmailMessage(id: $id) {
      emailMessage {
        id
        status
      }
      errors {
        code
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireAdmin((await parent()).me.role);
  const { emailMessage } = unwrap(
    await locals.graphql
      .query(EmailMessageDocument, { id: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!emailMessage) error(404, 'There is no such e-mail.');
  return { message: emailMessage, confirm: url.searchParams.get('confirm') === 'resend' };
};

export const actions: Actions = {
  resend: async ({ locals, params }) => {
    const outcome = await runMutation(locals.graphql, ResendDocument, { id: params.id });
    if (!outcome.ok) return fail(400, { ok: false, message: Object.values(outcome.fieldErrors).join(' ') });
    const { emailMessage, errors } = outcome.data.resendEmailMessage;
    if (!emailMessage)
      return fail(400, { ok: false, message: errors.map((problem) => problem.message).join(' ') });
    return { ok: true, message: 'Queued to be sent again. Its status updates once it has gone.' };
  },
};
