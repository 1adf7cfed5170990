/**
 * An event's codes (vouchers), ADMIN only: the list with uses and the bookings that used each, a form
 * to make one code or draw many, switching a code off or on, and the CSV export (vouchers.csv).
 */
import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { VoucherDiscountKind, VoucherUseUnit } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { decimalToMinor } from '$lib/admin/money';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const AdminVouchersDocument = graphql(`
  query AdminEventVouchers($eventId: ID!) {
    adminEvent(id: $eventId) {
      id
      title
      currency
      currencyDecimals
    }
    adminVouchers(eventId: $eventId) {
      id
      code
      discountKind
      discountValue
      revealsHidden
      opensPrivateEvent
      maxUses
      useUnit
      usedCount
      maxPerBooking
      disabledAt
      bookings {
        bookingId
        reference
        status
        uses
      }
    }
  }
`);

const CreateVouchersDocument = graphql(`
  mutation AdminCreateVouchers($input: CreateVouchersInput!) {
    createVouchers(input: $input) {
      vouchers {
        code
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const SetVoucherDisabledDocument = graphql(`
  mutation AdminSetVoucherDisabled($input: SetVoucherDisabledInput!) {
    setVoucherDisabled(input: $input) {
      voucher {
        code
        disabledAt
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const KINDS = ['PERCENTAGE', 'AMOUNT_OFF', 'SET_PRICE', 'NONE'] as const;

async function loadVouchers(locals: App.Locals, eventId: string) {
  const data = unwrap(
    await locals.graphql
      .query(AdminVouchersDocument, { eventId }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!data.adminEvent || !data.adminVouchers) error(404, 'Event not found');
  return { event: data.adminEvent, vouchers: data.adminVouchers };
}

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  return loadVouchers(locals, params.id);
};

/** The create form's fields as typed, to show them again with their errors. */
function typed(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    how: text('how') === 'generate' ? 'generate' : 'code',
    code: text('code'),
    prefix: text('prefix'),
    count: text('count'),
    discountKind: (KINDS as readonly string[]).includes(text('discountKind'))
      ? text('discountKind')
      : 'PERCENTAGE',
    discountValue: text('discountValue'),
    maxUses: text('maxUses'),
    useUnit: text('useUnit') === 'TICKETS' ? 'TICKETS' : 'BOOKINGS',
    maxPerBooking: text('maxPerBooking'),
    revealsHidden: form.get('revealsHidden') === 'on',
    opensPrivateEvent: form.get('opensPrivateEvent') === 'on',
  };
}

export const actions: Actions = {
  create: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const values = typed(await request.formData());
    const { event } = await loadVouchers(locals, params.id);
    const errors: Record<string, string> = {};
    const whole = (name: 'count' | 'maxUses' | 'maxPerBooking') => {
      if (!values[name]) return null;
      if (!/^\d+$/.test(values[name])) errors[name] = 'Enter a whole number.';
      return Number(values[name]);
    };
    let discountValue = 0;
    if (values.discountKind === 'PERCENTAGE') {
      if (!/^\d+$/.test(values.discountValue)) errors.discountValue = 'Enter a percentage such as 20.';
      else discountValue = Number(values.discountValue);
    } else if (values.discountKind !== 'NONE') {
      const parsed = decimalToMinor(values.discountValue, event.currency, event.currencyDecimals);
      if (parsed.ok) discountValue = parsed.amountMinor;
      else errors.discountValue = parsed.message;
    }
    const count = whole('count');
    const maxUses = whole('maxUses');
    const maxPerBooking = whole('maxPerBooking');
    if (Object.keys(errors).length > 0) return fail(400, { values, errors });
    const outcome = await runPayloadMutation(
      locals.graphql,
      CreateVouchersDocument,
      {
        input: {
          eventId: params.id,
          code: values.how === 'code' ? values.code : null,
          generate: values.how === 'generate' ? { prefix: values.prefix, count: count ?? 0 } : null,
          settings: {
            discountKind: values.discountKind as VoucherDiscountKind,
            discountValue,
            maxUses,
            useUnit: values.useUnit as VoucherUseUnit,
            maxPerBooking,
            revealsHidden: values.revealsHidden,
            opensPrivateEvent: values.opensPrivateEvent,
          },
        },
      },
      (data) => data.createVouchers,
      // The API names settings fields under `settings.` and the drawn count under `generate.`.
      (field) => field.replace(/^(settings|generate)\./, ''),
    );
    if (!outcome.ok) return fail(400, { values, errors: outcome.fieldErrors });
    const made = outcome.payload.vouchers.map((voucher) => voucher.code);
    return { notice: made.length === 1 ? `Code ${made[0]} made.` : `${made.length} codes made.` };
  },

  toggle: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const disabled = form.get('disabled') === 'true';
    const outcome = await runPayloadMutation(
      locals.graphql,
      SetVoucherDisabledDocument,
      { input: { id: String(form.get('id') ?? ''), disabled } },
      (data) => data.setVoucherDisabled,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    const code = outcome.payload.voucher?.code ?? 'The code';
    return {
      notice: disabled ? `${code} is off: no booking can use it from now on.` : `${code} is on again.`,
    };
  },
};
