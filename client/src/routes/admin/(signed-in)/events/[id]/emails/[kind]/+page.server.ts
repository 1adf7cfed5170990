import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { EmailKind } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const EmailTextDocument = graphql(`
  query AdminEventEmailText($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventEmailTexts(eventId: $eventId) {
      kind
      title
      sentWhen
      subject
      body
      customised
      defaultSubject
      defaultBody
      lastFailure
      placeholders {
        name
        description
      }
    }
  }
`);

const PreviewDocument = graphql(`
  query AdminPreviewEventEmailText($input: PreviewEventEmailTextInput!) {
    previewEventEmailText(input: $input) {
      subject
      html
      text
      bookingReference
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const SaveDocument = graphql(`
  mutation AdminSaveEventEmailText($input: SaveEventEmailTextInput!) {
    saveEventEmailText(input: $input) {
      emailText {
        kind
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ResetDocument = graphql(`
  mutation AdminResetEventEmailText($eventId: ID!, $kind: EmailKind!) {
    resetEventEmailText(eventId: $eventId, kind: $kind) {
      emailText {
        kind
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  const data = unwrap(
    await locals.graphql
      .query(EmailTextDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  const event = requireEvent(data.adminEvent);
  const text = data.eventEmailTexts?.find((candidate) => candidate.kind === params.kind);
  if (!text) error(404, 'This event has no such e-mail to change.');
  return { event, text };
};

/** The draft as the form posted it. */
function draftOf(form: FormData, eventId: string, kind: string) {
  return {
    eventId,
    kind: kind as EmailKind,
    subject: String(form.get('subject') ?? '').trim(),
    body: String(form.get('body') ?? '').trim(),
  };
}

export const actions: Actions = {
  preview: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const draft = draftOf(form, params.id, params.kind);
    const bookingReference = String(form.get('bookingReference') ?? '').trim();
    const result = unwrap(
      await locals.graphql
        .query(
          PreviewDocument,
          { input: { ...draft, bookingReference: bookingReference || null } },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    ).previewEventEmailText;
    const errors = Object.fromEntries(
      result.errors.map((problem) => [problem.field ?? 'body', problem.message]),
    );
    if (result.errors.length > 0) {
      return fail(400, { kind: 'draft' as const, draft, bookingReference, errors });
    }
    return { kind: 'preview' as const, draft, bookingReference, preview: result };
  },

  save: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const draft = draftOf(await request.formData(), params.id, params.kind);
    const outcome = await runPayloadMutation(
      locals.graphql,
      SaveDocument,
      { input: draft },
      (data) => data.saveEventEmailText,
    );
    if (!outcome.ok) {
      return fail(400, { kind: 'draft' as const, draft, bookingReference: '', errors: outcome.fieldErrors });
    }
    return { kind: 'notice' as const, message: 'Saved: this event’s e-mails use this text from now on.' };
  },

  reset: async ({ locals, params }) => {
    requireAdmin(await actionRole(locals));
    const outcome = await runPayloadMutation(
      locals.graphql,
      ResetDocument,
      { eventId: params.id, kind: params.kind as EmailKind },
      (data) => data.resetEventEmailText,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return { kind: 'notice' as const, message: 'Back to the default text.' };
  },
};
