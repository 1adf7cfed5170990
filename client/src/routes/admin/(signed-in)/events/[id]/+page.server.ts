import { error, fail, redirect } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { eventChanges, movedTicketTypeOrder } from '$lib/admin/event-changes';
import {
  eventFormValues,
  eventInputName,
  parseEventForm,
  parseTicketTypeForm,
  ticketTypeInputName,
} from '$lib/admin/event-form';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation, type FieldErrors, type PayloadProblem } from '$lib/server/mutation';
import {
  AdminEventCurrencyAndZoneDocument,
  AdminEventDetailsDocument,
  AdminEventEditorDocument,
  AdminEventPoolSalesDocument,
  AdminEventTicketTypeOrderDocument,
  CancelEventDocument,
  CreateCapacityPoolDocument,
  CreateTicketTypeDocument,
  DeactivateTicketTypeDocument,
  DeleteCapacityPoolDocument,
  DeleteTicketTypeDocument,
  DuplicateEventDocument,
  PublishEventDocument,
  ReactivateTicketTypeDocument,
  ReorderTicketTypesDocument,
  RotateKeyDocument,
  SetVisibilityDocument,
  UnpublishEventDocument,
  UpdateCapacityPoolDocument,
  UpdateEventDocument,
  UpdateTicketTypeDocument,
} from './documents';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The event as `document` selects it, read fresh; a 404 when there is no such event. */
async function readEvent<Event>(
  locals: App.Locals,
  document: TypedDocumentNode<{ adminEvent?: Event | null }, { id: string }>,
  id: string,
): Promise<Event> {
  const { adminEvent } = unwrap(
    await locals.graphql.query(document, { id }, { requestPolicy: 'network-only' }).toPromise(),
  );
  if (!adminEvent) error(404, 'There is no such event.');
  return adminEvent;
}

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { me } = await parent();
  const { adminEvent, eventWaiver, currencies } = unwrap(
    await locals.graphql
      .query(
        AdminEventEditorDocument,
        { id: params.id, isAdmin: me.role === 'ADMIN' },
        { requestPolicy: 'network-only' },
      )
      .toPromise(),
  );
  if (!adminEvent) error(404, 'There is no such event.');
  const event = { ...adminEvent, waiver: eventWaiver };
  // Sales per pool are ADMINs' (like every sales figure), counted in the event's days.
  const poolSales =
    me.role === 'ADMIN' && adminEvent.capacityPools.length > 0
      ? unwrap(
          await locals.graphql
            .query(
              AdminEventPoolSalesDocument,
              { id: params.id, timeZone: adminEvent.timeZone },
              { requestPolicy: 'network-only' },
            )
            .toPromise(),
        ).salesOverview
      : null;
  const confirm = url.searchParams.get('confirm');
  return {
    event,
    poolSales,
    currencies,
    values: eventFormValues(event),
    confirm: ['publish', 'unpublish', 'cancel', 'duplicate', 'rotate', 'delete', 'deletePool'].includes(
      confirm ?? '',
    )
      ? confirm
      : null,
    confirmTicketTypeId: url.searchParams.get('ticketType'),
    confirmPoolId: url.searchParams.get('pool'),
    created: url.searchParams.has('created'),
  };
};

/**
 * Every action needs ADMIN (the API refuses STAFF too), checked first; each then reads only what
 * it needs of the event (most need nothing but its id).
 */
async function requireAdminAction({ locals }: RequestEvent): Promise<void> {
  requireAdmin(await actionRole(locals));
}

/** A payload with problems in `errors`, as every event and ticket type mutation answers. */
type Payload = { errors: readonly PayloadProblem[] };

/**
 * The shape most actions share: run one mutation and report its outcome as a message at the top of
 * the page (`done` on success, the API's reasons otherwise).
 */
async function change<Data, Variables extends Record<string, unknown>>(
  event: RequestEvent,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payloadOf: (data: Data) => Payload,
  done: string,
) {
  const outcome = await runPayloadMutation(event.locals.graphql, document, variables, payloadOf);
  if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
  return { kind: 'notice' as const, message: done };
}

/** The ticket type a row's form acts on. */
async function ticketTypeId(event: RequestEvent): Promise<string> {
  return String((await event.request.formData()).get('ticketTypeId') ?? '');
}

/** A capacity pool form: its name, seats and ticket types (checkboxes), as typed and as the API takes them. */
function poolForm(form: FormData) {
  const values = {
    name: String(form.get('name') ?? '').trim(),
    capacity: String(form.get('capacity') ?? '').trim(),
    ticketTypeIds: form.getAll('ticketTypeIds').map(String),
    allTicketTypes: form.get('allTicketTypes') === 'on',
  };
  const errors: FieldErrors = {};
  if (!values.name) errors.name = 'Give the pool a name.';
  if (!/^\d+$/.test(values.capacity)) errors.capacity = 'Enter the number of seats (0 or more).';
  const input = {
    name: values.name,
    capacity: Number.parseInt(values.capacity, 10),
    ticketTypeIds: values.ticketTypeIds,
  };
  return { values, errors, input: Object.keys(errors).length === 0 ? input : null };
}

/** `ticketTypeIds.2` -> `ticketTypeIds`: the pool form shows them at its one set of checkboxes. */
const poolFormField = (field: string) => field.replace(/^ticketTypeIds\.\d+$/, 'ticketTypeIds');

export const actions: Actions = {
  save: async (event) => {
    await requireAdminAction(event);
    const saved = await readEvent(event.locals, AdminEventDetailsDocument, event.params.id);
    const { values, errors, input } = parseEventForm(await event.request.formData());
    if (!input) return fail(400, { kind: 'event' as const, values, errors });
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      UpdateEventDocument,
      { input: eventChanges(saved, input) },
      (data) => data.updateEvent,
      eventInputName,
    );
    if (!outcome.ok) return fail(400, { kind: 'event' as const, values, errors: outcome.fieldErrors });
    return { kind: 'notice' as const, message: 'Event saved.' };
  },

  publish: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      PublishEventDocument,
      { id: event.params.id },
      (data) => data.publishEvent,
      'Published: the event is on sale in the storefront.',
    );
  },

  unpublish: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      UnpublishEventDocument,
      { id: event.params.id },
      (data) => data.unpublishEvent,
      'Unpublished: the event is a draft again and off the storefront.',
    );
  },

  cancel: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      CancelEventDocument,
      { id: event.params.id },
      (data) => data.cancelEvent,
      'Cancelled: sales have ended and the event page says so.',
    );
  },

  duplicate: async (event) => {
    await requireAdminAction(event);
    const slug = String((await event.request.formData()).get('slug') ?? '').trim();
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      DuplicateEventDocument,
      { input: { id: event.params.id, slug: slug || null } },
      (data) => data.duplicateEvent,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    if (!outcome.payload.event)
      return fail(400, { kind: 'problem' as const, message: 'Could not duplicate.' });
    redirect(303, `/admin/events/${outcome.payload.event.id}?created=1`);
  },

  visibility: async (event) => {
    await requireAdminAction(event);
    const visibility =
      (await event.request.formData()).get('visibility') === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
    return change(
      event,
      SetVisibilityDocument,
      { input: { id: event.params.id, visibility } },
      (data) => data.setEventVisibility,
      visibility === 'PRIVATE' ? 'The event is private: only its link opens it.' : 'The event is public.',
    );
  },

  rotate: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      RotateKeyDocument,
      { id: event.params.id },
      (data) => data.rotateEventAccessKey,
      'New private link made: the old link no longer opens the event.',
    );
  },

  createTicketType: async (event) => {
    await requireAdminAction(event);
    const { id, currency, currencyDecimals, timeZone } = await readEvent(
      event.locals,
      AdminEventCurrencyAndZoneDocument,
      event.params.id,
    );
    const { values, errors, input } = parseTicketTypeForm(
      await event.request.formData(),
      currency,
      currencyDecimals,
      timeZone,
    );
    const failed = (fieldErrors: FieldErrors) =>
      fail(400, { kind: 'ticketType' as const, ticketTypeId: 'new', values, errors: fieldErrors });
    if (!input) return failed(errors);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      CreateTicketTypeDocument,
      { input: { ...input, eventId: id } },
      (data) => data.createTicketType,
      ticketTypeInputName,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    return { kind: 'notice' as const, message: `Ticket type “${input.name}” added.` };
  },

  updateTicketType: async (event) => {
    await requireAdminAction(event);
    const { currency, currencyDecimals, timeZone } = await readEvent(
      event.locals,
      AdminEventCurrencyAndZoneDocument,
      event.params.id,
    );
    const form = await event.request.formData();
    const ticketTypeId = String(form.get('ticketTypeId') ?? '');
    const { values, errors, input } = parseTicketTypeForm(form, currency, currencyDecimals, timeZone);
    const failed = (fieldErrors: FieldErrors) =>
      fail(400, { kind: 'ticketType' as const, ticketTypeId, values, errors: fieldErrors });
    if (!input) return failed(errors);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      UpdateTicketTypeDocument,
      { input: { ...input, id: ticketTypeId } },
      (data) => data.updateTicketType,
      ticketTypeInputName,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    return { kind: 'notice' as const, message: `Ticket type “${input.name}” saved.` };
  },

  deactivateTicketType: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      DeactivateTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.deactivateTicketType,
      'Ticket type taken off sale (tickets sold stay valid).',
    );
  },

  reactivateTicketType: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      ReactivateTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.reactivateTicketType,
      'Ticket type back on sale.',
    );
  },

  deleteTicketType: async (event) => {
    await requireAdminAction(event);
    return change(
      event,
      DeleteTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.deleteTicketType,
      'Ticket type deleted.',
    );
  },

  createPool: async (event) => {
    await requireAdminAction(event);
    const { values, errors, input } = poolForm(await event.request.formData());
    const failed = (fieldErrors: FieldErrors) =>
      fail(400, { kind: 'pool' as const, poolId: 'new', values, errors: fieldErrors });
    if (!input) return failed(errors);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      CreateCapacityPoolDocument,
      {
        input: {
          eventId: event.params.id,
          ...input,
          allTicketTypes: values.allTicketTypes,
          ticketTypeIds: values.allTicketTypes ? [] : input.ticketTypeIds,
        },
      },
      (data) => data.createCapacityPool,
      poolFormField,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    return { kind: 'notice' as const, message: `Capacity pool “${input.name}” added.` };
  },

  updatePool: async (event) => {
    await requireAdminAction(event);
    const form = await event.request.formData();
    const poolId = String(form.get('poolId') ?? '');
    const { values, errors, input } = poolForm(form);
    const failed = (fieldErrors: FieldErrors) =>
      fail(400, { kind: 'pool' as const, poolId, values, errors: fieldErrors });
    if (!input) return failed(errors);
    const { ticketTypeIds, ...settings } = input;
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      UpdateCapacityPoolDocument,
      { input: { id: poolId, ...settings, ...(values.allTicketTypes ? {} : { ticketTypeIds }) } },
      (data) => data.updateCapacityPool,
      poolFormField,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    return { kind: 'notice' as const, message: `Capacity pool “${input.name}” saved.` };
  },

  deletePool: async (event) => {
    await requireAdminAction(event);
    const form = await event.request.formData();
    return change(
      event,
      DeleteCapacityPoolDocument,
      { id: String(form.get('poolId') ?? '') },
      (data) => data.deleteCapacityPool,
      'Capacity pool deleted.',
    );
  },

  move: async (event) => {
    await requireAdminAction(event);
    const { id, ticketTypes } = await readEvent(
      event.locals,
      AdminEventTicketTypeOrderDocument,
      event.params.id,
    );
    const form = await event.request.formData();
    const order = movedTicketTypeOrder(
      ticketTypes.map((type) => type.id),
      String(form.get('ticketTypeId') ?? ''),
      form.get('direction') === 'up' ? 'up' : 'down',
    );
    if (!order) return { kind: 'notice' as const, message: 'Order unchanged.' };
    return change(
      event,
      ReorderTicketTypesDocument,
      { input: { eventId: id, ticketTypeIds: order } },
      (data) => data.reorderTicketTypes,
      'Order of ticket types saved.',
    );
  },
};
