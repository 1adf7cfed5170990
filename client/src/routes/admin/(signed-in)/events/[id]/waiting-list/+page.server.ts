/**
 * An event's waiting list: per ticket type the people in line (place, quantity, status, offer expiry),
 * with moving, removing and offering by hand, and the event's settings (list on, automatic offers,
 * hours to accept). STAFF read it; changes are ADMIN's (the API refuses STAFF too).
 */
import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const AdminWaitingListDocument = graphql(`
  query AdminWaitingList($eventId: ID!) {
    adminEvent(id: $eventId) {
      id
      title
      timeZone
    }
    waitingList(eventId: $eventId) {
      settings {
        enabled
        autoOffer
        offerHours
      }
      entries {
        id
        ticketTypeId
        ticketTypeName
        name
        email
        quantity
        place
        status
        offerExpiresAt
        createdAt
      }
    }
  }
`);

graphql(`
  fragment AdminWaitingListEntryChanged on WaitingListEntryPayload {
    entry {
      id
      name
      status
      place
    }
    errors {
      code
      ...UserErrorFields
    }
  }
`);

const MoveDocument = graphql(`
  mutation AdminMoveWaitingListEntry($input: MoveWaitingListEntryInput!) {
    moveWaitingListEntry(input: $input) {
      ...AdminWaitingListEntryChanged
    }
  }
`);

const RemoveDocument = graphql(`
  mutation AdminRemoveWaitingListEntry($id: ID!) {
    removeWaitingListEntry(id: $id) {
      ...AdminWaitingListEntryChanged
    }
  }
`);

const OfferDocument = graphql(`
  mutation AdminOfferWaitingListEntry($id: ID!) {
    offerWaitingListEntry(id: $id) {
      ...AdminWaitingListEntryChanged
    }
  }
`);

const SettingsDocument = graphql(`
  mutation AdminUpdateWaitingListSettings($input: UpdateWaitingListSettingsInput!) {
    updateWaitingListSettings(input: $input) {
      settings {
        enabled
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  const { me } = await parent();
  const data = unwrap(
    await locals.graphql
      .query(AdminWaitingListDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!data.adminEvent || !data.waitingList) error(404, 'Event not found');
  return { event: data.adminEvent, waitingList: data.waitingList, isAdmin: me.role === 'ADMIN' };
};

export const actions: Actions = {
  move: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      MoveDocument,
      { input: { id: String(form.get('id') ?? ''), place: Number(form.get('place')) || 1 } },
      (data) => data.moveWaitingListEntry,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    const entry = outcome.payload.entry!;
    return { notice: `${entry.name} is now number ${entry.place} in line.` };
  },

  remove: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      RemoveDocument,
      { id: String(form.get('id') ?? '') },
      (data) => data.removeWaitingListEntry,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    return { notice: `${outcome.payload.entry!.name} was taken off the waiting list.` };
  },

  offer: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      OfferDocument,
      { id: String(form.get('id') ?? '') },
      (data) => data.offerWaitingListEntry,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    return { notice: `Seats are held for ${outcome.payload.entry!.name}; the offer is being e-mailed.` };
  },

  settings: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      SettingsDocument,
      {
        input: {
          eventId: params.id,
          enabled: form.get('enabled') === 'on',
          autoOffer: form.get('autoOffer') === 'on',
          offerHours: Number(form.get('offerHours')) || 0,
        },
      },
      (data) => data.updateWaitingListSettings,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message, errors: outcome.fieldErrors });
    return { notice: 'Waiting-list settings saved.' };
  },
};
