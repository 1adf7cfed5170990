import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Which booking to pay.' })
export class StartPaymentInput {
  @Field({ description: "The secret token from the booking's link (as returned by createBooking)." })
  @MinLength(1)
  @MaxLength(64)
  bookingToken: string;
}

@InputType({ description: 'The booking and the PayPal order the buyer approved.' })
export class CapturePaymentInput {
  @Field({ description: "The secret token from the booking's link." })
  @MinLength(1)
  @MaxLength(64)
  bookingToken: string;

  @Field({
    description: 'The PayPal order id: the `token` query parameter PayPal adds to the return URL.',
  })
  @MinLength(1)
  @MaxLength(64)
  orderId: string;
}

@InputType({ description: 'The booking whose payment the buyer called off.' })
export class CancelPaymentInput {
  @Field({ description: "The secret token from the booking's link." })
  @MinLength(1)
  @MaxLength(64)
  bookingToken: string;
}
