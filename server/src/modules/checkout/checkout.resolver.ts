import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { withRetryAfter } from '../../graphql/retry-after';
import { CancelPaymentInput, CapturePaymentInput, StartPaymentInput } from './checkout.inputs';
import { CancelPaymentPayload, CapturePaymentPayload, StartPaymentPayload } from './checkout.types';

@Resolver()
export class CheckoutResolver {
  @Mutation(() => StartPaymentPayload, {
    description:
      "Starts paying a booking with PayPal: creates the PayPal order for the booking's total (the server's, never the client's), extends the hold while the buyer is at PayPal (once per order, never past the booking's absolute hold lifetime), and returns where to send the buyer. Calling it again returns the same order. Limited per client address (TOO_MANY_ATTEMPTS, with a `Retry-After` header).",
  })
  async startPayment(
    @Arg('input', () => StartPaymentInput, { description: 'The booking to pay.' }) input: StartPaymentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<StartPaymentPayload> {
    return withRetryAfter(context, await context.services.checkout.startPayment(context.ctx, input));
  }

  @Mutation(() => CapturePaymentPayload, {
    description:
      'Takes the payment the buyer approved at PayPal (call it when PayPal sends the buyer back) and confirms the booking. Safe to repeat: one payment is taken at most.',
  })
  capturePayment(
    @Arg('input', () => CapturePaymentInput, { description: 'The booking and its approved PayPal order.' })
    input: CapturePaymentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CapturePaymentPayload> {
    return context.services.checkout.capturePayment(context.ctx, input);
  }

  @Mutation(() => CancelPaymentPayload, {
    description:
      'The buyer called the payment off (PayPal sent them to the cancel URL): releases the held seats at once.',
  })
  cancelPayment(
    @Arg('input', () => CancelPaymentInput, { description: 'The booking to call off.' })
    input: CancelPaymentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CancelPaymentPayload> {
    return context.services.checkout.cancelPayment(context.ctx, input);
  }
}
