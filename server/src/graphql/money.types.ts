import { CurrencyResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An amount of money: integer minor units (cents; yen for JPY) of an ISO 4217 currency. Never a float.',
})
export class Money {
  @Field(() => Int, { description: 'Amount in minor units of the currency, e.g. 1250 for 12.50 EUR.' })
  amountMinor: number;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency code, e.g. EUR.' })
  currency: string;

  // `decimals` is a field resolver (money.resolver.ts), so every Money has it however it was built.
}

@ObjectType({ description: 'A currency events can be priced in: one the payment provider (PayPal) accepts.' })
export class PaymentCurrency {
  @Field(() => CurrencyResolver, { description: 'ISO 4217 code, e.g. EUR.' })
  code: string;

  @Field({ description: 'English name, e.g. "Hungarian forint".' })
  name: string;

  @Field(() => Int, {
    description:
      'How many digits of an amount in minor units are after the decimal point, by PayPal’s rules: 2 for EUR, 0 for HUF, JPY and TWD.',
  })
  decimals: number;
}

/** Amounts are built in common/money.ts (services make them); re-exported for code not yet moved there. */
export { money } from '../common/money';
