/**
 * The dates of a series (ADMIN and STAFF read; ADMIN changes): the list with status and sales per
 * date (each links to the date's own admin page: bookings, check-in, CSVs), a form to add one date,
 * a form to add dates by a weekly rule, and cancelling a date (notify its buyers, refund on request)
 * after a confirmation.
 */
import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { Weekday } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { zonedLocalToInstant } from '$lib/admin/zoned-time';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const AdminEventDatesDocument = graphql(`
  query AdminEventDates($id: ID!, $isAdmin: Boolean!) {
    adminEvent(id: $id) {
      id
      slug
      title
      status
      isSeries
      timeZone
      dates {
        id
        slug
        startsAt
        endsAt
        status
        sold
        held
        capacity
        revenue @include(if: $isAdmin) {
          amountMinor
          currency
          decimals
        }
      }
    }
  }
`);

graphql(`
  fragment AdminEventDatesAdded on EventDatesPayload {
    dates {
      id
    }
    errors {
      code
      ...UserErrorFields
    }
  }
`);

const AddEventDateDocument = graphql(`
  mutation AdminAddEventDate($input: AddEventDateInput!) {
    addEventDate(input: $input) {
      ...AdminEventDatesAdded
    }
  }
`);

const AddEventDatesByRuleDocument = graphql(`
  mutation AdminAddEventDatesByRule($input: AddEventDatesByRuleInput!) {
    addEventDatesByRule(input: $input) {
      ...AdminEventDatesAdded
    }
  }
`);

const CancelEventDateDocument = graphql(`
  mutation AdminCancelEventDate($id: ID!, $options: CancelEventOptionsInput) {
    cancelEvent(id: $id, options: $options) {
      event {
        id
        status
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const WEEKDAYS: { value: Weekday; label: string }[] = [
  { value: 'MONDAY', label: 'Mon' },
  { value: 'TUESDAY', label: 'Tue' },
  { value: 'WEDNESDAY', label: 'Wed' },
  { value: 'THURSDAY', label: 'Thu' },
  { value: 'FRIDAY', label: 'Fri' },
  { value: 'SATURDAY', label: 'Sat' },
  { value: 'SUNDAY', label: 'Sun' },
];

async function loadSeries(locals: App.Locals, id: string, isAdmin: boolean) {
  const { adminEvent } = unwrap(
    await locals.graphql
      .query(AdminEventDatesDocument, { id, isAdmin }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!adminEvent?.isSeries) error(404, 'There is no such series.');
  return adminEvent;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
/** An optional whole number from the form; -1 (refused by the API, naming the field) if not one. */
const optionalInt = (value: string) => (value === '' ? null : /^\d+$/.test(value) ? Number(value) : -1);

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { me } = await parent();
  const series = await loadSeries(locals, params.id, me.role === 'ADMIN');
  const cancelId = url.searchParams.get('cancel');
  return {
    series,
    weekdays: WEEKDAYS,
    confirmCancel: series.dates.find((date) => date.id === cancelId && date.status !== 'CANCELLED') ?? null,
  };
};

export const actions: Actions = {
  addDate: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const series = await loadSeries(locals, params.id, true);
    const form = await request.formData();
    const values = {
      startsAt: text(form, 'startsAt'),
      endsAt: text(form, 'endsAt'),
      capacity: text(form, 'capacity'),
    };
    const errors: Record<string, string> = {};
    const startsAt = zonedLocalToInstant(values.startsAt, series.timeZone);
    const endsAt = zonedLocalToInstant(values.endsAt, series.timeZone);
    if (!startsAt) errors.startsAt = 'Give the start as a date and time.';
    if (!endsAt) errors.endsAt = 'Give the end as a date and time.';
    if (!startsAt || !endsAt) return fail(400, { kind: 'one' as const, values, errors });
    const outcome = await runPayloadMutation(
      locals.graphql,
      AddEventDateDocument,
      { input: { seriesId: params.id, startsAt, endsAt, capacity: optionalInt(values.capacity) } },
      (data) => data.addEventDate,
    );
    if (!outcome.ok) return fail(400, { kind: 'one' as const, values, errors: outcome.fieldErrors });
    return { kind: 'notice' as const, message: 'Date added.' };
  },

  addRule: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const values = {
      weekdays: form.getAll('weekdays').map(String),
      fromDate: text(form, 'fromDate'),
      untilDate: text(form, 'untilDate'),
      startTime: text(form, 'startTime'),
      endTime: text(form, 'endTime'),
      exceptDates: text(form, 'exceptDates'),
      capacity: text(form, 'capacity'),
    };
    const outcome = await runPayloadMutation(
      locals.graphql,
      AddEventDatesByRuleDocument,
      {
        input: {
          seriesId: params.id,
          weekdays: WEEKDAYS.map((day) => day.value).filter((day) => values.weekdays.includes(day)),
          fromDate: values.fromDate,
          untilDate: values.untilDate,
          startTime: values.startTime,
          endTime: values.endTime,
          exceptDates: values.exceptDates.split(/[\s,]+/).filter(Boolean),
          capacity: optionalInt(values.capacity),
        },
      },
      (data) => data.addEventDatesByRule,
    );
    if (!outcome.ok) return fail(400, { kind: 'rule' as const, values, errors: outcome.fieldErrors });
    const count = outcome.payload.dates.length;
    return { kind: 'notice' as const, message: `${count} date${count === 1 ? '' : 's'} added.` };
  },

  cancel: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      CancelEventDateDocument,
      {
        id: text(form, 'dateId'),
        options: {
          notifyBuyers: form.get('notifyBuyers') === 'on',
          message: text(form, 'message') || null,
          refundPaidBookings: form.get('refundPaidBookings') === 'on',
        },
      },
      (data) => data.cancelEvent,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return { kind: 'notice' as const, message: 'Date cancelled.' };
  },
};
