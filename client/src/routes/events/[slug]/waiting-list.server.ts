/**
 * The event page's waiting list (server side): whether the event's sold-out ticket types offer it, and
 * joining it from the page's form (a form action, so it works without JavaScript).
 */
import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';

const EventWaitingListDocument = graphql(`
  query EventWaitingList($slug: String!, $accessKey: String) {
    event(slug: $slug, accessKey: $accessKey) {
      id
      waitingListOpen
    }
  }
`);

const JoinWaitingListDocument = graphql(`
  mutation JoinWaitingList($input: JoinWaitingListInput!) {
    joinWaitingList(input: $input) {
      place {
        ahead
        quantity
        offerHours
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Whether the event takes people on its waiting list (asked only when something is sold out). */
export async function waitingListOpen(
  client: App.Locals['graphql'],
  slug: string,
  accessKey: string | null,
): Promise<boolean> {
  const data = unwrap(
    await client
      .query(EventWaitingListDocument, { slug, accessKey }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return data.event?.waitingListOpen ?? false;
}

export interface WaitingListValues {
  ticketTypeId: string;
  name: string;
  email: string;
  quantity: string;
}

/** The form action: joins, or answers with every problem at its field. */
export async function joinWaitingList(
  client: App.Locals['graphql'],
  eventId: string,
  accessKey: string | null,
  form: FormData,
) {
  const values: WaitingListValues = {
    ticketTypeId: String(form.get('ticketTypeId') ?? ''),
    name: String(form.get('name') ?? '').trim(),
    email: String(form.get('email') ?? '').trim(),
    quantity: String(form.get('quantity') ?? '1'),
  };
  const fieldErrors: FieldErrors = {};
  if (!values.name) fieldErrors.name = 'Enter your name.';
  if (!values.email) fieldErrors.email = 'Enter your e-mail address.';
  if (Object.keys(fieldErrors).length > 0) return fail(400, { waitingList: { values, fieldErrors } });
  const outcome = await runMutation(client, JoinWaitingListDocument, {
    input: {
      eventId,
      accessKey,
      ticketTypeId: values.ticketTypeId,
      name: values.name,
      email: values.email,
      quantity: Number(values.quantity) || 0,
    },
  });
  const problems = outcome.ok
    ? outcome.data.joinWaitingList.errors
    : Object.entries(outcome.fieldErrors).map(([field, message]) => ({ field, message }));
  for (const problem of problems) addFieldError(fieldErrors, problem.field ?? 'form', problem.message);
  if (!outcome.ok || Object.keys(fieldErrors).length > 0) {
    return fail(400, { waitingList: { values, fieldErrors } });
  }
  const place = outcome.data.joinWaitingList.place!;
  return { waitingList: { joined: { ...place, email: values.email, ticketTypeId: values.ticketTypeId } } };
}
