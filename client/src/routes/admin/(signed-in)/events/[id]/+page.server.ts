import { error, fail, redirect } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  eventFormValues,
  eventInputName,
  parseEventForm,
  parseTicketTypeForm,
  ticketTypeInputName,
} from '$lib/admin/event-form';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin, type Role } from '$lib/server/admin';
import { runPayloadMutation, type FieldErrors, type PayloadProblem } from '$lib/server/mutation';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const AdminEventDocument = graphql(`
  query AdminEventEditor($id: ID!, $isAdmin: Boolean!) {
    adminEvent(id: $id) {
      id
      slug
      title
      description
      status
      visibility
      accessKey
      startsAt
      endsAt
      timeZone
      currency
      currencyDecimals
      imageUrl
      createdAt
      updatedAt
      venue {
        name
        address
      }
      sales {
        capacity
        sold
        held
        remaining
        revenue @include(if: $isAdmin) {
          amountMinor
          currency
          decimals
        }
      }
      ticketTypes {
        id
        name
        description
        active
        availability
        price {
          amountMinor
          currency
          decimals
        }
        capacity
        sold
        held
        remaining
        minPerOrder
        maxPerOrder
        salesStartAt
        salesEndAt
        sortOrder
      }
    }
    eventWaiver(eventId: $id) {
      required
      current {
        version
      }
    }
    currencies {
      code
      name
    }
  }
`);

const UpdateEventDocument = graphql(`
  mutation AdminUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const PublishEventDocument = graphql(`
  mutation AdminPublishEvent($id: ID!) {
    publishEvent(id: $id) {
      event {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const UnpublishEventDocument = graphql(`
  mutation AdminUnpublishEvent($id: ID!) {
    unpublishEvent(id: $id) {
      event {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CancelEventDocument = graphql(`
  mutation AdminCancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      event {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DuplicateEventDocument = graphql(`
  mutation AdminDuplicateEvent($input: DuplicateEventInput!) {
    duplicateEvent(input: $input) {
      event {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const SetVisibilityDocument = graphql(`
  mutation AdminSetEventVisibility($input: SetEventVisibilityInput!) {
    setEventVisibility(input: $input) {
      event {
        id
        visibility
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const RotateKeyDocument = graphql(`
  mutation AdminRotateEventAccessKey($id: ID!) {
    rotateEventAccessKey(id: $id) {
      event {
        id
        accessKey
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateTicketTypeDocument = graphql(`
  mutation AdminCreateTicketType($input: CreateTicketTypeInput!) {
    createTicketType(input: $input) {
      ticketType {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const UpdateTicketTypeDocument = graphql(`
  mutation AdminUpdateTicketType($input: UpdateTicketTypeInput!) {
    updateTicketType(input: $input) {
      ticketType {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DeactivateTicketTypeDocument = graphql(`
  mutation AdminDeactivateTicketType($id: ID!) {
    deactivateTicketType(id: $id) {
      ticketType {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ReactivateTicketTypeDocument = graphql(`
  mutation AdminReactivateTicketType($id: ID!) {
    reactivateTicketType(id: $id) {
      ticketType {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DeleteTicketTypeDocument = graphql(`
  mutation AdminDeleteTicketType($id: ID!) {
    deleteTicketType(id: $id) {
      deletedId
      errors {
        code
        field
        message
      }
    }
  }
`);

const ReorderTicketTypesDocument = graphql(`
  mutation AdminReorderTicketTypes($input: ReorderTicketTypesInput!) {
    reorderTicketTypes(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

async function loadEvent(locals: App.Locals, id: string, role: Role) {
  const { adminEvent, eventWaiver, currencies } = unwrap(
    await locals.graphql
      .query(AdminEventDocument, { id, isAdmin: role === 'ADMIN' }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!adminEvent) error(404, 'There is no such event.');
  return { ...adminEvent, waiver: eventWaiver, currencies };
}

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { me } = await parent();
  const { currencies, ...event } = await loadEvent(locals, params.id, me.role);
  const confirm = url.searchParams.get('confirm');
  return {
    event,
    currencies,
    values: eventFormValues(event),
    confirm: ['publish', 'unpublish', 'cancel', 'duplicate', 'rotate', 'delete'].includes(confirm ?? '')
      ? confirm
      : null,
    confirmTicketTypeId: url.searchParams.get('ticketType'),
    created: url.searchParams.has('created'),
  };
};

/** Every action needs ADMIN (the API refuses STAFF too); the event is read fresh for its zone and currency. */
async function adminContext({ locals, params }: RequestEvent) {
  const role = await actionRole(locals);
  requireAdmin(role);
  return loadEvent(locals, params.id, role);
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

export const actions: Actions = {
  save: async (event) => {
    const current = await adminContext(event);
    const { values, errors, input } = parseEventForm(await event.request.formData());
    if (!input) return fail(400, { kind: 'event' as const, values, errors });
    // Only what changed is sent, so e.g. an unchanged currency is not refused once tickets are sold.
    const changes: Record<string, unknown> = { id: current.id };
    if (input.title !== current.title) changes.title = input.title;
    if (input.slug !== current.slug) changes.slug = input.slug;
    if (input.description !== current.description) changes.description = input.description;
    if (input.venue.name !== current.venue.name || input.venue.address !== current.venue.address)
      changes.venue = input.venue;
    if (input.timeZone !== current.timeZone) changes.timeZone = input.timeZone;
    if (Date.parse(input.startsAt) !== Date.parse(current.startsAt)) changes.startsAt = input.startsAt;
    if (Date.parse(input.endsAt) !== Date.parse(current.endsAt)) changes.endsAt = input.endsAt;
    if (input.currency !== current.currency) changes.currency = input.currency;
    if ((input.imageUrl ?? '') !== (current.imageUrl ?? '')) changes.imageUrl = input.imageUrl ?? '';
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      UpdateEventDocument,
      { input: changes as { id: string } },
      (data) => data.updateEvent,
      eventInputName,
    );
    if (!outcome.ok) return fail(400, { kind: 'event' as const, values, errors: outcome.fieldErrors });
    return { kind: 'notice' as const, message: 'Event saved.' };
  },

  publish: async (event) => {
    const { id } = await adminContext(event);
    return change(
      event,
      PublishEventDocument,
      { id },
      (data) => data.publishEvent,
      'Published: the event is on sale in the storefront.',
    );
  },

  unpublish: async (event) => {
    const { id } = await adminContext(event);
    return change(
      event,
      UnpublishEventDocument,
      { id },
      (data) => data.unpublishEvent,
      'Unpublished: the event is a draft again and off the storefront.',
    );
  },

  cancel: async (event) => {
    const { id } = await adminContext(event);
    return change(
      event,
      CancelEventDocument,
      { id },
      (data) => data.cancelEvent,
      'Cancelled: sales have ended and the event page says so.',
    );
  },

  duplicate: async (event) => {
    const { id } = await adminContext(event);
    const slug = String((await event.request.formData()).get('slug') ?? '').trim();
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      DuplicateEventDocument,
      { input: { id, slug: slug || null } },
      (data) => data.duplicateEvent,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    if (!outcome.payload.event)
      return fail(400, { kind: 'problem' as const, message: 'Could not duplicate.' });
    redirect(303, `/admin/events/${outcome.payload.event.id}?created=1`);
  },

  visibility: async (event) => {
    const { id } = await adminContext(event);
    const visibility =
      (await event.request.formData()).get('visibility') === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
    return change(
      event,
      SetVisibilityDocument,
      { input: { id, visibility } },
      (data) => data.setEventVisibility,
      visibility === 'PRIVATE' ? 'The event is private: only its link opens it.' : 'The event is public.',
    );
  },

  rotate: async (event) => {
    const { id } = await adminContext(event);
    return change(
      event,
      RotateKeyDocument,
      { id },
      (data) => data.rotateEventAccessKey,
      'New private link made: the old link no longer opens the event.',
    );
  },

  createTicketType: async (event) => {
    const current = await adminContext(event);
    const { values, errors, input } = parseTicketTypeForm(
      await event.request.formData(),
      current.currency,
      current.currencyDecimals,
      current.timeZone,
    );
    const failed = (fieldErrors: FieldErrors) =>
      fail(400, { kind: 'ticketType' as const, ticketTypeId: 'new', values, errors: fieldErrors });
    if (!input) return failed(errors);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      CreateTicketTypeDocument,
      { input: { ...input, eventId: current.id } },
      (data) => data.createTicketType,
      ticketTypeInputName,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    return { kind: 'notice' as const, message: `Ticket type “${input.name}” added.` };
  },

  updateTicketType: async (event) => {
    const current = await adminContext(event);
    const form = await event.request.formData();
    const ticketTypeId = String(form.get('ticketTypeId') ?? '');
    const { values, errors, input } = parseTicketTypeForm(
      form,
      current.currency,
      current.currencyDecimals,
      current.timeZone,
    );
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
    await adminContext(event);
    return change(
      event,
      DeactivateTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.deactivateTicketType,
      'Ticket type taken off sale (tickets sold stay valid).',
    );
  },

  reactivateTicketType: async (event) => {
    await adminContext(event);
    return change(
      event,
      ReactivateTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.reactivateTicketType,
      'Ticket type back on sale.',
    );
  },

  deleteTicketType: async (event) => {
    await adminContext(event);
    return change(
      event,
      DeleteTicketTypeDocument,
      { id: await ticketTypeId(event) },
      (data) => data.deleteTicketType,
      'Ticket type deleted.',
    );
  },

  move: async (event) => {
    const current = await adminContext(event);
    const form = await event.request.formData();
    const id = String(form.get('ticketTypeId') ?? '');
    const ids = current.ticketTypes.map((type) => type.id);
    const from = ids.indexOf(id);
    const to = from + (form.get('direction') === 'up' ? -1 : 1);
    if (from < 0 || to < 0 || to >= ids.length)
      return { kind: 'notice' as const, message: 'Order unchanged.' };
    [ids[from], ids[to]] = [ids[to], ids[from]];
    return change(
      event,
      ReorderTicketTypesDocument,
      { input: { eventId: current.id, ticketTypeIds: ids } },
      (data) => data.reorderTicketTypes,
      'Order of ticket types saved.',
    );
  },
};
