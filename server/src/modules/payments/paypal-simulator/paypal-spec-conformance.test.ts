/**
 * The simulator answers as PayPal's specs say: every answer it gives for the operations the product
 * uses (collected in test/paypal-simulator-exchanges.ts) validates against the facts written down from
 * PayPal's OpenAPI specifications (test/paypal-spec-facts.ts) for its status code, and the refusals the
 * product meets carry PayPal's status and issue.
 */
import { mismatches, specMismatch as mismatch } from '../../../../test/paypal-spec-check';
import { PAYPAL_SPEC_FACTS } from '../../../../test/paypal-spec-facts';
import { collectExchanges, type Exchange } from '../../../../test/paypal-simulator-exchanges';
import { PayPalSimulator } from './paypal-simulator';

interface CapturedOrder {
  purchase_units: { payments: { captures: { id: string; status: string }[]; refunds?: unknown[] } }[];
}

let simulator: PayPalSimulator;
let exchanges: Exchange[];

beforeAll(async () => {
  simulator = await new PayPalSimulator().start();
  exchanges = await collectExchanges(simulator);
});

afterAll(() => simulator.stop());

const answerOf = (label: string) => {
  const found = exchanges.find((exchange) => exchange.label === label);
  if (!found) throw new Error(`no exchange labelled ${label}`);
  return found;
};

describe('PayPal simulator against the facts of PayPal’s specs', () => {
  it('covers every operation the product uses, and PayPal documents each answer’s status', () => {
    expect(new Set(exchanges.map((exchange) => exchange.operation))).toEqual(
      new Set(Object.keys(PAYPAL_SPEC_FACTS)),
    );
    expect(exchanges.length).toBeGreaterThan(60);
  });

  it('gives only answers that validate against the schema facts for their status, with the status and issue PayPal documents for each request', () => {
    expect(mismatches(exchanges)).toEqual([]);
    // Among them the refusals the product meets (amounts, capture, refund), each with its issue.
    const refusals = exchanges
      .filter((exchange) => exchange.expected?.issue)
      .map((exchange) => exchange.label);
    expect(refusals).toEqual(
      expect.arrayContaining([
        'create -5.00 EUR',
        'create 0.00 EUR',
        'create 5.001 EUR',
        'create 500.5 JPY',
        'create abc EUR',
        'create 10.00 XXQ',
        'create 1500.50 HUF',
        'create 1500.5 TWD',
        'capture refused INSTRUMENT_DECLINED',
        'capture refused PAYER_ACTION_REQUIRED',
        'refund a PENDING capture',
      ]),
    );
    expect(refusals.length).toBeGreaterThanOrEqual(25);
  });

  it('answers a repeated PayPal-Request-Id with the current state: a capture replayed after a refund shows it', () => {
    expect(answerOf('create replayed (same PayPal-Request-Id)')).toMatchObject({
      status: 200,
      body: { status: 'APPROVED' },
    });
    expect(answerOf('capture replayed')).toMatchObject({ status: 200, body: { status: 'COMPLETED' } });
    const first = answerOf('capture (full)').body as CapturedOrder;
    expect(first.purchase_units[0].payments.captures[0].status).toBe('COMPLETED');
    const replayed = answerOf('capture replayed after the refund');
    expect(replayed.status).toBe(200);
    const units = (replayed.body as CapturedOrder).purchase_units;
    expect(units[0].payments.captures).toEqual([
      expect.objectContaining({ id: first.purchase_units[0].payments.captures[0].id, status: 'REFUNDED' }),
    ]);
    expect(units[0].payments.refunds).toHaveLength(2);
    // Payments documents 201 alone for a refund: its repeat is the same refund, as it is now.
    const refund = answerOf('refund part (full)').body as { id: string };
    expect(answerOf('refund replayed')).toMatchObject({ status: 201, body: { id: refund.id } });
  });

  it('answers minimally without Prefer, and in full with Prefer: return=representation', () => {
    expect(Object.keys(answerOf('capture (minimal)').body as object).sort()).toEqual([
      'id',
      'links',
      'status',
    ]);
    expect(answerOf('capture (full)').body).toHaveProperty('purchase_units');
    expect(Object.keys(answerOf('refund the rest (minimal)').body as object).sort()).toEqual([
      'id',
      'links',
      'status',
    ]);
  });

  it('rejects what PayPal would never answer (so the facts can fail)', () => {
    const order = answerOf('get a captured order').body as {
      purchase_units: { payee: { merchant_id: string } }[];
      payer: { payer_id: string };
    };
    const withMerchant = (merchantId: string) => ({
      ...order,
      purchase_units: [{ ...order.purchase_units[0], payee: { merchant_id: merchantId } }],
    });
    expect(mismatch({ operation: 'orders.get', status: 200, body: order })).toBeNull();
    expect(
      mismatch({ operation: 'orders.get', status: 200, body: withMerchant('SIMULATORMERCHANT') }),
    ).toMatch(/pattern/);
    expect(
      mismatch({
        operation: 'orders.get',
        status: 200,
        body: { ...order, payer: { payer_id: 'ABCDEFGHIJK01' } },
      }),
    ).toMatch(/pattern/);
    expect(
      mismatch({ operation: 'orders.create', status: 400, body: answerOf('create 0.00 EUR').body }),
    ).toMatch(/must be equal to constant/);
    expect(
      mismatch({ operation: 'orders.capture', status: 201, body: { id: 'X', status: 'COMPLETED' } }),
    ).toMatch(/links/);
    expect(mismatch({ operation: 'refunds.get', status: 201, body: {} })).toMatch(/not one PayPal documents/);
  });
});
