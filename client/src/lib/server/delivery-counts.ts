import { graphql } from '$lib/gql';

/** How a reminder rule's or message's e-mails stand (the messages pages); codegen finds it by name. */
export const DeliveryCountFields = graphql(`
  fragment DeliveryCountFields on DeliveryCounts {
    total
    queued
    sent
    failed
    held
  }
`);
