import { error, fail } from '@sveltejs/kit';
import { bookingStatusLabel } from '$lib/admin/booking-status';
import { decimalToMinor } from '$lib/admin/money';
import { formatMoney } from '$lib/format';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin, type Role } from '$lib/server/admin';
import { runPayloadMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const AdminBookingDocument = graphql(`
  query AdminBookingDetail($id: ID!, $isAdmin: Boolean!) {
    adminBooking(id: $id) {
      id
      reference
      status
      createdAt
      confirmedAt
      holdExpiresAt
      buyer {
        name
        email
      }
      event {
        id
        title
        startsAt
        timeZone
      }
      cancelledAt
      cancellationReason
      lines {
        ticketTypeId
        ticketTypeName
        quantity
        unitPrice {
          amountMinor
          currency
          decimals
        }
        unitDiscount {
          amountMinor
          currency
          decimals
        }
        total {
          amountMinor
          currency
          decimals
        }
      }
      ticketCount
      voucherCode
      total {
        amountMinor
        currency
        decimals
      }
      refunded {
        amountMinor
        currency
        decimals
      }
      refundable {
        amountMinor
        currency
        decimals
      }
      answers {
        questionId
        label
        display
        file {
          id
          name
        }
      }
      tickets {
        ticketId
        ticketTypeName
        attendeeName
        attendeeEmail
        status
        code
        checkedInAt
        checkedInBy
        waiverStatus
        waiverSignedAt
        answers {
          questionId
          label
          display
          file {
            id
            name
          }
        }
      }
      payments {
        provider
        orderId
        captureId
        status
        paidBooking
        amount {
          amountMinor
          currency
          decimals
        }
        createdAt
      }
      refunds {
        id
        amount {
          amountMinor
          currency
          decimals
        }
        reason
        requestedBy
        ofBookingPayment
        createdAt
      }
      emails @include(if: $isAdmin) {
        id
        kind
        subject
        status
        recipients
        createdAt
      }
    }
  }
`);

const CancelBookingDocument = graphql(`
  mutation AdminCancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
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

const RefundBookingDocument = graphql(`
  mutation AdminRefundBooking($input: RefundBookingInput!) {
    refundBooking(input: $input) {
      booking {
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

const ResendConfirmationDocument = graphql(`
  mutation AdminResendBookingConfirmation($input: ResendBookingConfirmationInput!) {
    resendBookingConfirmation(input: $input) {
      booking {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ResendWaiverDocument = graphql(`
  mutation AdminResendWaiverRequest($ticketId: ID!) {
    resendWaiverRequest(ticketId: $ticketId) {
      ticketId
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const UpdateDetailsDocument = graphql(`
  mutation AdminUpdateBookingDetails($input: UpdateBookingDetailsInput!) {
    updateBookingDetails(input: $input) {
      booking {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const CONFIRMABLE = ['cancel', 'refund', 'resendConfirmation', 'resendWaiver', 'editDetails'] as const;
type Confirmable = (typeof CONFIRMABLE)[number];

async function loadBooking(locals: App.Locals, id: string, role: Role) {
  const result = await locals.graphql
    .query(AdminBookingDocument, { id, isAdmin: role === 'ADMIN' }, { requestPolicy: 'network-only' })
    .toPromise();
  // Not an id at all (an edited link) reads as "no such booking".
  if (result.error?.graphQLErrors.some((problem) => problem.extensions?.code === 'BAD_USER_INPUT'))
    error(404, 'There is no such booking.');
  const { adminBooking } = unwrap(result);
  if (!adminBooking) error(404, 'There is no such booking.');
  return adminBooking;
}

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { me } = await parent();
  const booking = await loadBooking(locals, params.id, me.role);
  const asked = url.searchParams.get('confirm');
  const confirm = me.role === 'ADMIN' ? (CONFIRMABLE.find((action) => action === asked) ?? null) : null;
  return {
    booking,
    confirm,
    confirmTicketId: url.searchParams.get('ticket'),
    // One key per refund form shown: submitting the same form twice refunds once.
    refundKey: confirm === 'refund' ? crypto.randomUUID() : null,
    answersSaved: url.searchParams.has('answers'),
  };
};

/** Every action needs ADMIN (the API refuses STAFF too); the booking is read fresh for its currency. */
async function adminContext({ locals, params }: RequestEvent) {
  const role = await actionRole(locals);
  requireAdmin(role);
  return loadBooking(locals, params.id, role);
}

/**
 * API field paths (relative to `input`) -> this page's input names; a problem with no input here (the
 * booking itself, PayPal) is about the whole form and shows at the top of the page.
 */
function inputsOf(inputs: Record<string, string>): (field: string) => string {
  return (field) => inputs[field] ?? 'form';
}

function failed(action: Confirmable, errors: FieldErrors, values: Record<string, string> = {}) {
  return fail(400, { kind: 'failed' as const, action, errors, values });
}

export const actions: Actions = {
  cancel: async (event) => {
    const booking = await adminContext(event);
    const form = await event.request.formData();
    const reason = String(form.get('reason') ?? '').trim();
    const refund = form.get('refund') === 'yes';
    const values = { reason, refund: refund ? 'yes' : '' };
    if (!reason) return failed('cancel', { reason: 'Say why the booking is cancelled.' }, values);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      CancelBookingDocument,
      { input: { bookingId: booking.id, reason, refund } },
      (data) => data.cancelBooking,
      inputsOf({ reason: 'reason', refund: 'refund' }),
    );
    if (!outcome.ok) return failed('cancel', outcome.fieldErrors, values);
    const refunded = refund && booking.refundable.amountMinor > 0 ? booking.refundable : null;
    return {
      kind: 'done' as const,
      message: refunded
        ? `Booking cancelled and ${formatMoney(refunded)} refunded to the buyer. The buyer is told by e-mail.`
        : 'Booking cancelled without a refund: its tickets no longer admit anyone. The buyer is told by e-mail.',
    };
  },

  refund: async (event) => {
    const booking = await adminContext(event);
    const form = await event.request.formData();
    const amountText = String(form.get('amount') ?? '').trim();
    const reason = String(form.get('reason') ?? '').trim();
    const idempotencyKey = String(form.get('idempotencyKey') ?? '') || null;
    const values = { amount: amountText, reason, idempotencyKey: idempotencyKey ?? '' };
    const errors: FieldErrors = {};
    const currency = booking.total.currency;
    // Empty means everything still refundable.
    let amountMinor: number | null = null;
    if (amountText) {
      const parsed = decimalToMinor(amountText, currency, booking.total.decimals);
      if (!parsed.ok) errors.amount = parsed.message;
      else if (parsed.amountMinor === 0) errors.amount = 'Enter an amount above zero.';
      else amountMinor = parsed.amountMinor;
    }
    if (!reason) errors.reason = 'Say why the money is given back.';
    if (Object.keys(errors).length) return failed('refund', errors, values);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      RefundBookingDocument,
      { input: { bookingId: booking.id, amountMinor, reason, idempotencyKey } },
      (data) => data.refundBooking,
      inputsOf({ amountMinor: 'amount', reason: 'reason' }),
    );
    if (!outcome.ok) return failed('refund', outcome.fieldErrors, values);
    const refunded = outcome.payload.booking;
    return {
      kind: 'done' as const,
      message: `Refunded ${formatMoney({ ...booking.refundable, amountMinor: amountMinor ?? booking.refundable.amountMinor })} to the buyer${
        refunded ? `; the booking is now ${bookingStatusLabel(refunded.status).label.toLowerCase()}` : ''
      }. The buyer is told by e-mail.`,
    };
  },

  resendConfirmation: async (event) => {
    const booking = await adminContext(event);
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      ResendConfirmationDocument,
      { input: { bookingId: booking.id } },
      (data) => data.resendBookingConfirmation,
      inputsOf({}),
    );
    if (!outcome.ok) return failed('resendConfirmation', outcome.fieldErrors);
    return {
      kind: 'done' as const,
      message: `Confirmation queued to be sent again to ${booking.buyer.email}.`,
    };
  },

  resendWaiver: async (event) => {
    const booking = await adminContext(event);
    const ticketId = String((await event.request.formData()).get('ticketId') ?? '');
    const ticket = booking.tickets.find((candidate) => candidate.ticketId === ticketId);
    if (!ticket) return failed('resendWaiver', { form: 'That ticket is not part of this booking.' });
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      ResendWaiverDocument,
      { ticketId },
      (data) => data.resendWaiverRequest,
      inputsOf({}),
    );
    if (!outcome.ok) return failed('resendWaiver', outcome.fieldErrors);
    return {
      kind: 'done' as const,
      message: `Waiver request sent again for ${ticket.attendeeName}.`,
    };
  },

  editDetails: async (event) => {
    const booking = await adminContext(event);
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values: Record<string, string> = { buyerName: text('buyerName'), buyerEmail: text('buyerEmail') };
    const inputNames: Record<string, string> = { 'buyer.name': 'buyerName', 'buyer.email': 'buyerEmail' };
    const attendees = booking.tickets.map((ticket, index) => {
      const name = text(`name-${ticket.ticketId}`);
      const email = text(`email-${ticket.ticketId}`);
      values[`name-${ticket.ticketId}`] = name;
      values[`email-${ticket.ticketId}`] = email;
      inputNames[`attendees.${index}.name`] = `name-${ticket.ticketId}`;
      inputNames[`attendees.${index}.email`] = `email-${ticket.ticketId}`;
      return { ticketId: ticket.ticketId, name, email: email || null };
    });
    const resend = form.get('resendConfirmation') === 'yes';
    values.resendConfirmation = resend ? 'yes' : '';
    // The API checks everything as the checkout does, and names each field; nothing is checked twice here.
    const outcome = await runPayloadMutation(
      event.locals.graphql,
      UpdateDetailsDocument,
      {
        input: {
          bookingId: booking.id,
          buyer: { name: values.buyerName, email: values.buyerEmail },
          attendees,
          resendConfirmation: resend,
        },
      },
      (data) => data.updateBookingDetails,
      inputsOf({ ...inputNames, resendConfirmation: 'resendConfirmation' }),
    );
    if (!outcome.ok) return failed('editDetails', outcome.fieldErrors, values);
    return {
      kind: 'done' as const,
      message: resend
        ? `Details saved. The confirmation with the tickets is on its way to ${values.buyerEmail}.`
        : 'Details saved.',
    };
  },
};
