import { graphql } from '$lib/gql';

/** How a reminder rule's or message's e-mails stand (the messages pages); codegen finds these by name. */
export const DeliveryCountFields = graphql(`
  fragment DeliveryCountFields on DeliveryCounts {
    total
    queued
    sent
    failed
    held
  }
`);

/** One e-mail a reminder rule or message sent (the recipient tables of the messages pages). */
export const MessageDeliveryFields = graphql(`
  fragment MessageDeliveryFields on MessageDelivery {
    emailMessageId
    recipient
    bookingReference
    status
    queuedAt
    sentAt
    error
  }
`);

/** A reminder rule as the messages pages describe it, with how its e-mails stand. */
export const ReminderRuleFields = graphql(`
  fragment ReminderRuleFields on ReminderRule {
    id
    daysBefore
    hoursBefore
    minutesBefore
    audience
    ticketTypeIds
    enabled
    active
    sendsAt
    deliveries {
      ...DeliveryCountFields
    }
  }
`);
