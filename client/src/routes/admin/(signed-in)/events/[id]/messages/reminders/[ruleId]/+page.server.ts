import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireEvent } from '$lib/server/attendees';
import type { PageServerLoad } from './$types';

const ReminderDeliveriesDocument = graphql(`
  query AdminReminderRuleDeliveries($eventId: ID!, $ruleId: ID!) {
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
    reminderRuleDeliveries(ruleId: $ruleId) {
      ...MessageDeliveryFields
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params }) => {
  const data = unwrap(
    await locals.graphql
      .query(
        ReminderDeliveriesDocument,
        { eventId: params.id, ruleId: params.ruleId },
        { requestPolicy: 'network-only' },
      )
      .toPromise(),
  );
  const event = requireEvent(data.adminEvent);
  // Only a rule of this event: the list is the event's own.
  const rule = data.reminderRules.find((candidate) => candidate.id === params.ruleId);
  if (!rule) error(404, 'No such reminder');
  return {
    event,
    ticketTypes: data.adminEvent?.ticketTypes ?? [],
    rule,
    deliveries: data.reminderRuleDeliveries,
  };
};
