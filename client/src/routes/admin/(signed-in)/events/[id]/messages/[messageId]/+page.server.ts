import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireEvent } from '$lib/server/attendees';
import type { PageServerLoad } from './$types';

const MessageProgressDocument = graphql(`
  query AdminEventMessageProgress($eventId: ID!, $messageId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventMessage(id: $messageId) {
      id
      eventId
      subject
      body
      status
      sendAt
      recipientCount
      deliveries {
        ...DeliveryCountFields
      }
    }
    eventMessageDeliveries(messageId: $messageId) {
      ...MessageDeliveryFields
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params }) => {
  const data = unwrap(
    await locals.graphql
      .query(
        MessageProgressDocument,
        { eventId: params.id, messageId: params.messageId },
        { requestPolicy: 'network-only' },
      )
      .toPromise(),
  );
  const event = requireEvent(data.adminEvent);
  if (!data.eventMessage || data.eventMessage.eventId !== event.id) error(404, 'No such message');
  return { event, message: data.eventMessage, deliveries: data.eventMessageDeliveries };
};
