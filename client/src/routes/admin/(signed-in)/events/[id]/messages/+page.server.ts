import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { BookingStatus, MessageAudience, WaiverFilter, CheckInFilter } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { zonedLocalToInstant } from '$lib/admin/zoned-time';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';
import { MESSAGE_STATUSES } from './message-filter';

const MessagesPageDocument = graphql(`
  query AdminEventMessages($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
      ticketTypes {
        id
        name
      }
    }
    reminderRules(eventId: $eventId) {
      ...ReminderRuleFields
    }
    eventMessages(eventId: $eventId) {
      id
      subject
      audience
      status
      sendAt
      recipientCount
      createdByEmail
      filter {
        waiver
        checkIn
        ticketTypeIds
        bookingStatuses
      }
      deliveries {
        ...DeliveryCountFields
      }
    }
  }
`);

const PreviewDocument = graphql(`
  query AdminPreviewEventMessage($input: EventMessageInput!) {
    previewEventMessage(input: $input) {
      recipientCount
      sampleRecipient
      subject
      html
      text
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const SendDocument = graphql(`
  mutation AdminSendEventMessage($input: SendEventMessageInput!) {
    sendEventMessage(input: $input) {
      message {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const CreateRuleDocument = graphql(`
  mutation AdminCreateReminderRule($input: CreateReminderRuleInput!) {
    createReminderRule(input: $input) {
      reminderRule {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const UpdateRuleDocument = graphql(`
  mutation AdminUpdateReminderRule($input: UpdateReminderRuleInput!) {
    updateReminderRule(input: $input) {
      reminderRule {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const DeleteRuleDocument = graphql(`
  mutation AdminDeleteReminderRule($id: ID!) {
    deleteReminderRule(id: $id) {
      deletedId
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const CancelMessageDocument = graphql(`
  mutation AdminCancelEventMessage($id: ID!) {
    cancelEventMessage(id: $id) {
      message {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params }) => {
  const data = unwrap(
    await locals.graphql
      .query(MessagesPageDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return {
    event: requireEvent(data.adminEvent),
    ticketTypes: data.adminEvent?.ticketTypes ?? [],
    rules: data.reminderRules,
    messages: data.eventMessages,
  };
};

const AUDIENCES: MessageAudience[] = ['ATTENDEES', 'BUYERS'];
const WAIVER_FILTERS: WaiverFilter[] = ['ANY', 'SIGNED', 'UNSIGNED'];
const CHECK_IN_FILTERS: CheckInFilter[] = ['ANY', 'CHECKED_IN', 'NOT_CHECKED_IN'];

function choice<T extends string>(value: FormDataEntryValue | null, allowed: T[]): T {
  return allowed.includes(String(value) as T) ? (String(value) as T) : allowed[0];
}

/** The draft as the form posted it (nothing ticked: every ticket type; the API's default statuses). */
function draftOf(form: FormData, eventId: string) {
  const ticketTypeIds = form.getAll('ticketTypeIds').map(String).filter(Boolean);
  const bookingStatuses = form
    .getAll('bookingStatuses')
    .map(String)
    .filter((status): status is BookingStatus => MESSAGE_STATUSES.includes(status as BookingStatus));
  return {
    eventId,
    subject: String(form.get('subject') ?? '').trim(),
    body: String(form.get('body') ?? '').trim(),
    audience: choice(form.get('audience'), AUDIENCES),
    filter: {
      ticketTypeIds,
      bookingStatuses: bookingStatuses.length > 0 ? bookingStatuses : null,
      waiver: choice(form.get('waiver'), WAIVER_FILTERS),
      checkIn: choice(form.get('checkIn'), CHECK_IN_FILTERS),
    },
  };
}

function wholeNumber(value: FormDataEntryValue | null): number {
  const number = Number(value ?? 0);
  return Number.isInteger(number) && number >= 0 ? number : -1;
}

export const actions: Actions = {
  preview: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const draft = draftOf(await request.formData(), params.id);
    const result = unwrap(
      await locals.graphql
        .query(PreviewDocument, { input: draft }, { requestPolicy: 'network-only' })
        .toPromise(),
    ).previewEventMessage;
    const errors = Object.fromEntries(result.errors.map((error) => [error.field ?? 'body', error.message]));
    if (result.errors.length > 0) return fail(400, { kind: 'draft' as const, draft, errors });
    return { kind: 'preview' as const, draft, preview: result };
  },

  send: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const draft = draftOf(form, params.id);
    // The time is typed in the event's own zone.
    const sendAtLocal = String(form.get('sendAt') ?? '');
    const sendAt = sendAtLocal
      ? zonedLocalToInstant(sendAtLocal, String(form.get('timeZone') ?? 'UTC'))
      : null;
    if (sendAtLocal && !sendAt) {
      return fail(400, { kind: 'draft' as const, draft, errors: { sendAt: 'Enter a date and time.' } });
    }
    const outcome = await runPayloadMutation(
      locals.graphql,
      SendDocument,
      { input: { ...draft, sendAt } },
      (data) => data.sendEventMessage,
    );
    if (!outcome.ok) return fail(400, { kind: 'draft' as const, draft, errors: outcome.fieldErrors });
    return {
      kind: 'notice' as const,
      message: sendAt ? 'The message is scheduled.' : 'The message is going out: progress is below.',
    };
  },

  cancelMessage: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const id = String((await request.formData()).get('id') ?? '');
    const outcome = await runPayloadMutation(
      locals.graphql,
      CancelMessageDocument,
      { id },
      (data) => data.cancelEventMessage,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return { kind: 'notice' as const, message: 'The message is cancelled.' };
  },

  addRule: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      CreateRuleDocument,
      {
        input: {
          eventId: params.id,
          daysBefore: wholeNumber(form.get('daysBefore')),
          hoursBefore: wholeNumber(form.get('hoursBefore')),
          audience: choice(form.get('audience'), AUDIENCES),
          ticketTypeIds: form.getAll('ticketTypeIds').map(String).filter(Boolean),
        },
      },
      (data) => data.createReminderRule,
    );
    if (!outcome.ok)
      return fail(400, { kind: 'rule' as const, errors: outcome.fieldErrors, message: outcome.message });
    return { kind: 'notice' as const, message: 'Reminder added.' };
  },

  toggleRule: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      UpdateRuleDocument,
      { input: { id: String(form.get('id') ?? ''), enabled: form.get('enabled') === 'true' } },
      (data) => data.updateReminderRule,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return {
      kind: 'notice' as const,
      message: form.get('enabled') === 'true' ? 'Reminder switched on.' : 'Reminder switched off.',
    };
  },

  deleteRule: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const id = String((await request.formData()).get('id') ?? '');
    const outcome = await runPayloadMutation(
      locals.graphql,
      DeleteRuleDocument,
      { id },
      (data) => data.deleteReminderRule,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return { kind: 'notice' as const, message: 'Reminder deleted.' };
  },
};
