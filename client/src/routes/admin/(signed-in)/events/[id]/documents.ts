/**
 * The event editor's GraphQL documents: what its page shows, what each form action reads before
 * it acts, and the mutations it sends. Every payload's problems are read through the shared
 * `UserErrorFields` fragment ($lib/server/mutation).
 */
import { graphql } from '$lib/gql';

/**
 * The details an organiser edits, as saved: what the editor shows in its form and what a save compares
 * the form with (one list, so a new editable field is added once).
 */
export const AdminEventSavedDetailsFragment = graphql(`
  fragment AdminEventSavedDetails on AdminEvent {
    id
    slug
    title
    description
    startsAt
    endsAt
    timeZone
    currency
    imageUrl
    imageAlt
    sendAttendeeTickets
    venue {
      name
      address
    }
  }
`);

/** Everything the editor page shows (revenue to admins only). */
export const AdminEventEditorDocument = graphql(`
  query AdminEventEditor($id: ID!, $isAdmin: Boolean!) {
    adminEvent(id: $id) {
      ...AdminEventSavedDetails
      status
      isSeries
      series {
        id
        title
      }
      visibility
      accessKey
      currencyDecimals
      sales {
        capacity
        sold
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
        price {
          amountMinor
          currency
          decimals
        }
        capacity
        sold
        held
        minPerOrder
        maxPerOrder
        salesStartAt
        salesEndAt
      }
      capacityPools {
        id
        name
        capacity
        used
        remaining
        allTicketTypes
        ticketTypeIds
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

/** The saved details a save compares the form with, to send only what changed. */
export const AdminEventDetailsDocument = graphql(`
  query AdminEventDetails($id: ID!) {
    adminEvent(id: $id) {
      ...AdminEventSavedDetails
    }
  }
`);

/** What a ticket type form is read in: prices in the event's currency, times in its zone. */
export const AdminEventCurrencyAndZoneDocument = graphql(`
  query AdminEventCurrencyAndZone($id: ID!) {
    adminEvent(id: $id) {
      id
      currency
      currencyDecimals
      timeZone
    }
  }
`);

/** The ticket types in their order, which moving one rearranges. */
export const AdminEventTicketTypeOrderDocument = graphql(`
  query AdminEventTicketTypeOrder($id: ID!) {
    adminEvent(id: $id) {
      id
      ticketTypes {
        id
      }
    }
  }
`);

export const UpdateEventDocument = graphql(`
  mutation AdminUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishEventDocument = graphql(`
  mutation AdminPublishEvent($id: ID!) {
    publishEvent(id: $id) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnpublishEventDocument = graphql(`
  mutation AdminUnpublishEvent($id: ID!) {
    unpublishEvent(id: $id) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelEventDocument = graphql(`
  mutation AdminCancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DuplicateEventDocument = graphql(`
  mutation AdminDuplicateEvent($input: DuplicateEventInput!) {
    duplicateEvent(input: $input) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetVisibilityDocument = graphql(`
  mutation AdminSetEventVisibility($input: SetEventVisibilityInput!) {
    setEventVisibility(input: $input) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RotateKeyDocument = graphql(`
  mutation AdminRotateEventAccessKey($id: ID!) {
    rotateEventAccessKey(id: $id) {
      event {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateTicketTypeDocument = graphql(`
  mutation AdminCreateTicketType($input: CreateTicketTypeInput!) {
    createTicketType(input: $input) {
      ticketType {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateTicketTypeDocument = graphql(`
  mutation AdminUpdateTicketType($input: UpdateTicketTypeInput!) {
    updateTicketType(input: $input) {
      ticketType {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeactivateTicketTypeDocument = graphql(`
  mutation AdminDeactivateTicketType($id: ID!) {
    deactivateTicketType(id: $id) {
      ticketType {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReactivateTicketTypeDocument = graphql(`
  mutation AdminReactivateTicketType($id: ID!) {
    reactivateTicketType(id: $id) {
      ticketType {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteTicketTypeDocument = graphql(`
  mutation AdminDeleteTicketType($id: ID!) {
    deleteTicketType(id: $id) {
      deletedId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReorderTicketTypesDocument = graphql(`
  mutation AdminReorderTicketTypes($input: ReorderTicketTypesInput!) {
    reorderTicketTypes(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateCapacityPoolDocument = graphql(`
  mutation AdminCreateCapacityPool($input: CreateCapacityPoolInput!) {
    createCapacityPool(input: $input) {
      pool {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCapacityPoolDocument = graphql(`
  mutation AdminUpdateCapacityPool($input: UpdateCapacityPoolInput!) {
    updateCapacityPool(input: $input) {
      pool {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteCapacityPoolDocument = graphql(`
  mutation AdminDeleteCapacityPool($id: ID!) {
    deleteCapacityPool(id: $id) {
      deletedId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Tickets sold per day in each of the event's capacity pools, days in the event's time zone (ADMIN). */
export const AdminEventPoolSalesDocument = graphql(`
  query AdminEventPoolSales($id: ID!, $timeZone: String!) {
    salesOverview(eventId: $id, days: 30, timeZone: $timeZone) {
      timeZone
      pools {
        poolId
        name
        allTicketTypes
        capacity
        used
        sold
        ticketsSold
        ticketsReturned
        daily {
          date
          ticketsSold
          ticketsReturned
        }
      }
    }
  }
`);
