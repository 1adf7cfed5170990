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
}

/** Amounts are built in common/money.ts (services make them); re-exported for code not yet moved there. */
export { money } from '../common/money';
