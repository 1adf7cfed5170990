/**
 * Checkout, step 1: the buyer's and attendees' details for the tickets chosen on the event page
 * (which sends its choice here as a GET: `?event=<slug>&key=<key>&voucher=<code>&quantity.<ticketTypeId>=<n>`).
 * Submitting creates the booking, which holds the seats; a free booking is confirmed at once and goes
 * to its page, any other to the order summary and payment. Works without JavaScript.
 */
import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  asSentence,
  attendeeTicketTypes,
  blankCheckoutValues,
  choiceProblems,
  bookingRequest,
  checkoutInputNames,
  errorPlacement,
  parseChosenLines,
  readCheckoutForm,
  type ChosenLine,
} from '$lib/checkout/checkout-form';
import { checkoutProblems } from '$lib/checkout/checkout-validation';
import {
  answerInputNames,
  answersOf,
  readAnswerValues,
  type AnswerValues,
} from '$lib/checkout/checkout-questions';
import type { MoneyView } from '$lib/format';
import { graphql } from '$lib/gql';
import { uploadAnswerFiles } from '$lib/server/answer-files';
import { findShopperBooking } from '$lib/server/bookings';
import {
  lastSubmit,
  newIdempotencyKey,
  rememberSubmit,
  sameChoice,
  submittedKey,
  valuesOfBooking,
} from '$lib/server/checkout-resume';
import { loadShopperEvent, type ShopperEvent } from '$lib/server/events';
import { applyShopperVoucher } from '$lib/server/vouchers';
import { loadWaitingListOffer, offerTokenOf } from '$lib/server/waiting-list-offer';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const CreateBookingDocument = graphql(`
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      token
      booking {
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

/** A chosen ticket type as the form shows it. */
interface ChoiceLine extends ChosenLine {
  name: string;
  unitPrice: MoneyView;
}

/** `problem` says what is wrong in one line; `details` lists each reason (an invalid choice's). */
type Choice =
  | { problem: null; details?: never; event: ShopperEvent; accessKey: string | null; lines: ChoiceLine[] }
  | {
      problem: string;
      details?: string[];
      event: ShopperEvent | null;
      accessKey: string | null;
      lines: ChoiceLine[];
    };

/** The event and the ticket choice of the URL, or what is wrong with them. */
async function readChoice(locals: App.Locals, url: URL, judgeAvailability = true): Promise<Choice> {
  const slug = url.searchParams.get('event');
  if (!slug)
    return { problem: 'Choose tickets on an event’s page first.', event: null, accessKey: null, lines: [] };
  const found = await loadShopperEvent(locals.queryApi, slug, url.searchParams.get('key'));
  const accessKey = found.visibility === 'PRIVATE' ? url.searchParams.get('key') : null;
  // With a code: the hidden types it reveals can be chosen, and lines show its discounted price.
  const applied = voucherCodeOf(url)
    ? await applyShopperVoucher(locals.graphql, found, accessKey, voucherCodeOf(url)!)
    : null;
  const event = applied?.event ?? found;
  const discountOf = (ticketTypeId: string) => applied?.voucher?.discounts[ticketTypeId] ?? 0;
  const chosen = parseChosenLines(url.searchParams);
  // On submit the API judges what is on sale and how many (its answer lands at the tickets): the
  // catalog may have changed while the buyer typed. Only a choice that cannot be read is stopped here.
  const known = new Set(event.ticketTypes.map((ticketType) => ticketType.id));
  const problems = [
    ...chosen.problems,
    ...(judgeAvailability
      ? choiceProblems(chosen.lines, event.ticketTypes)
      : chosen.lines.some((line) => !known.has(line.ticketTypeId))
        ? ['One of the chosen ticket types is not sold for this event (any more).']
        : []),
  ];
  if (problems.length > 0) {
    return {
      problem: 'These tickets cannot be booked as chosen. Please choose again:',
      details: problems,
      event,
      accessKey,
      lines: [],
    };
  }
  if (chosen.lines.length === 0) return { problem: 'No tickets were chosen.', event, accessKey, lines: [] };
  const byId = new Map(event.ticketTypes.map((ticketType) => [ticketType.id, ticketType]));
  const lines = chosen.lines.map((line) => {
    const ticketType = byId.get(line.ticketTypeId)!;
    const unitPrice = {
      ...ticketType.price,
      amountMinor: ticketType.price.amountMinor - discountOf(line.ticketTypeId),
    };
    return { ...line, name: ticketType.name, unitPrice };
  });
  return { problem: null, event, accessKey, lines };
}

/** The code the shopper applied on the event page, if any (the API judges it again on booking). */
function voucherCodeOf(url: URL): string | null {
  return url.searchParams.get('voucher')?.trim() || null;
}

/** Paid, or being paid: Back to the form leads to the booking instead. */
const PAID_OR_PAYING = new Set(['CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'PAYMENT_PENDING']);

export const load: PageServerLoad = async ({ locals, url, setHeaders, cookies, request }) => {
  // Never stored: the form may be filled with the buyer's details (and holds its key).
  setHeaders({ 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'private, no-store' });
  // After a submit the form stays, with the API's word on availability at the tickets.
  // Seats held for a waiting-list offer show as sold out: the API judges them on submit.
  const offerToken = offerTokenOf(url);
  const choice = await readChoice(locals, url, request.method !== 'POST' && !offerToken);
  const offer = offerToken ? await loadWaitingListOffer(locals.graphql, offerToken) : null;
  const slots = attendeeTicketTypes(choice.lines);
  let values = blankCheckoutValues(slots.length);
  let answerValues: AnswerValues = {};
  let idempotencyKey = newIdempotencyKey();
  // Back from a later step for the same tickets: the booking made, its details and its key.
  const last = choice.problem === null ? lastSubmit(cookies) : null;
  if (last && choice.problem === null) {
    const booking = await findShopperBooking(locals.graphql, last.token);
    if (booking && sameChoice(booking, choice.event.slug, choice.lines)) {
      if (PAID_OR_PAYING.has(booking.status)) {
        redirect(303, resolve('/bookings/[token]', { token: last.token }));
      }
      ({ values, answerValues } = valuesOfBooking(booking, slots, choice.event.questions));
      idempotencyKey = last.key;
    }
  }
  return {
    ...choice,
    offer: offer && { open: offer.open, expiresAt: offer.expiresAt, quantity: offer.quantity },
    // The ticket type of each attendee slot, in the order createBooking expects.
    attendeeTicketTypes: slots,
    blank: values,
    blankAnswers: answerValues,
    idempotencyKey,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, request, url, cookies } = event;
    const choice = await readChoice(locals, url, false);
    if (choice.problem !== null) {
      return fail(400, {
        values: null,
        fieldErrors: { form: [choice.problem, ...(choice.details ?? [])].join(' ') },
      });
    }
    const slots = attendeeTicketTypes(choice.lines);
    const attendeeCount = slots.length;
    const form = await request.formData();
    const values = readCheckoutForm(form, attendeeCount);
    // A form from before keys existed (or edited) gets one now: it still books once per submit.
    const idempotencyKey = submittedKey(form) ?? newIdempotencyKey();
    const { questions } = choice.event;
    const answerValues = readAnswerValues(form, questions, slots);
    const uploadProblems = await uploadAnswerFiles(event, form, questions, slots, answerValues);
    const answers = answersOf(questions, slots, answerValues);

    const formProblems = { ...checkoutProblems(values), ...uploadProblems, ...answers.problems };
    if (Object.keys(formProblems).length > 0) {
      return fail(400, { values, answerValues, fieldErrors: formProblems });
    }

    const details = bookingRequest(
      { slug: choice.event.slug, accessKey: choice.accessKey },
      choice.lines,
      values,
    );
    const input = {
      ...details,
      attendees: details.attendees.map((attendee, index) => ({
        ...attendee,
        answers: answers.attendees[index],
      })),
      answers: answers.buyer,
      voucherCode: voucherCodeOf(url),
      idempotencyKey,
      waitingListOfferToken: offerTokenOf(url),
    };
    const outcome = await runMutation(locals.graphql, CreateBookingDocument, { input });
    const inputNames = new Set([...checkoutInputNames(attendeeCount), ...answerInputNames(questions, slots)]);
    const fieldErrors: FieldErrors = {};
    const problems = outcome.ok
      ? outcome.data.createBooking.errors
      : Object.entries(outcome.fieldErrors).map(([field, message]) => ({ field, message }));
    for (const problem of problems) {
      addFieldError(
        fieldErrors,
        errorPlacement(problem.field ?? '', inputNames),
        asSentence(problem.message),
      );
    }
    if (Object.keys(fieldErrors).length > 0 || !outcome.ok) {
      return fail(400, { values, answerValues, fieldErrors });
    }

    const { token, booking } = outcome.data.createBooking;
    if (!token || !booking) throw new Error('createBooking returned neither a booking nor errors.');
    rememberSubmit(cookies, url, token, idempotencyKey);
    if (PAID_OR_PAYING.has(booking.status)) redirect(303, resolve('/bookings/[token]', { token }));
    redirect(303, `${resolve('/checkout/pay')}?booking=${encodeURIComponent(token)}`);
  },
};
