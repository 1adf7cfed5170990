import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { withRetryAfter } from '../../graphql/retry-after';
import { ApplyVoucherInput } from './vouchers.inputs';
import { ApplyVoucherPayload } from './vouchers.types';

@Resolver()
export class VouchersResolver {
  @Mutation(() => ApplyVoucherPayload, {
    description:
      "Tries a code on an event before booking: the prices with it and the hidden ticket types it reveals (give the same code to createBooking as `voucherCode`). Changes nothing, but is a mutation because each call counts against the caller's network (`CHECKOUT_RATE_LIMIT`, TOO_MANY_ATTEMPTS with a `Retry-After` header), so codes cannot be found by trying. Unknown, expired, disabled, used-up and not-applicable codes get the same INVALID_VOUCHER answer.",
  })
  async applyVoucher(
    @Arg('input', () => ApplyVoucherInput, { description: 'The event and the code.' })
    input: ApplyVoucherInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplyVoucherPayload> {
    return withRetryAfter(context, await context.services.vouchers.applyVoucher(context.ctx, input));
  }
}
