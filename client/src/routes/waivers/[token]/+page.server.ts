/**
 * Signing a waiver from the link in its e-mail: the waiver text, the typed full name, the agreement.
 * An unknown token is the friendly 404; a signed waiver shows its signature instead of the form.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { asSentence } from '$lib/checkout/checkout-form';
import { BOOKING_PAGE_HEADERS } from '$lib/server/bookings';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const WaiverToSignDocument = graphql(`
  query ShopperWaiverToSign($token: String!) {
    waiverToSign(token: $token) {
      eventTitle
      eventStartsAt
      eventEndsAt
      eventTimeZone
      attendeeName
      version
      text
      signature {
        signedAt
        signerName
        version
        method
      }
    }
  }
`);

const SignWaiverDocument = graphql(`
  mutation ShopperSignWaiver($input: SignWaiverInput!) {
    signWaiver(input: $input) {
      signature {
        signedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const result = await locals.graphql
    .query(WaiverToSignDocument, { token: params.token }, { requestPolicy: 'network-only' })
    .toPromise();
  const { waiverToSign } = unwrap(result);
  if (!waiverToSign) error(404, 'Waiver not found');
  return { waiver: waiverToSign, justSigned: url.searchParams.has('signed') };
};

export const actions: Actions = {
  default: async ({ locals, params, request, url }) => {
    const form = await request.formData();
    const fullName = String(form.get('fullName') ?? '').trim();
    const agree = form.get('agree') === 'on';
    const values = { fullName, agree };
    const fieldErrors: FieldErrors = {};
    if (!fullName) fieldErrors.fullName = 'Type your full name to sign.';
    if (!agree) fieldErrors.agree = 'Tick the box to agree to the waiver.';
    if (Object.keys(fieldErrors).length > 0) return fail(400, { values, fieldErrors });

    const outcome = await runMutation(locals.graphql, SignWaiverDocument, {
      input: { token: params.token, fullName, agree },
    });
    if (!outcome.ok) return fail(400, { values, fieldErrors: outcome.fieldErrors });
    const { errors } = outcome.data.signWaiver;
    const alreadySigned = errors.some((problem) => problem.code === 'ALREADY_SIGNED');
    if (errors.length > 0 && !alreadySigned) {
      for (const problem of errors) {
        const field = problem.field === 'fullName' || problem.field === 'agree' ? problem.field : 'form';
        addFieldError(fieldErrors, field, asSentence(problem.message));
      }
      return fail(400, { values, fieldErrors });
    }
    // After-POST redirect: a reload does not sign again, and the page shows the signature.
    redirect(303, alreadySigned ? url.pathname : `${url.pathname}?signed`);
  },
};
