/**
 * The money facts the site needs so that it never decides a currency's exponent itself: each
 * `Money` carries its `decimals`, and `currencies` lists what an event can be priced in. Both come
 * from common/money, the one source the PayPal gateway, CSV exports and e-mails use too.
 */
import { Authorized, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { currencyDecimals, PAYMENT_CURRENCIES } from '../common/money';
import { AdminRole } from '../modules/accounts/admin-account.entity';
import { Money, PaymentCurrency } from './money.types';

@Resolver(() => Money)
export class MoneyFieldResolver {
  @FieldResolver(() => Int, {
    description:
      'How many digits of amountMinor are after the decimal point (2 for EUR: 1250 is 12.50; 0 for HUF, JPY and TWD: 1500 is 1500; 3 for KWD). The same rule the amount is sent to PayPal with; show money with it.',
  })
  decimals(@Root() amount: Money): number {
    return currencyDecimals(amount.currency);
  }
}

@Resolver(() => PaymentCurrency)
export class CurrenciesResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => [PaymentCurrency], {
    description:
      'The currencies an event can be priced in (those PayPal accepts), by code, with their decimals: the admin event editor’s currency picker. ADMIN and STAFF.',
  })
  currencies(): PaymentCurrency[] {
    return PAYMENT_CURRENCIES.map((currency) => ({ ...currency }));
  }
}
