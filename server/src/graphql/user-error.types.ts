/**
 * Expected business outcomes of mutations are data, not exceptions (DESIGN.md): every payload has
 * `errors: [XxxError!]!`, where XxxError implements this interface and adds `code: XxxErrorCode`
 * (an enum per domain: SOLD_OUT, HOLD_EXPIRED, INVALID_CREDENTIALS ...). Example:
 *
 *   @ObjectType({ implements: UserError, description: '...' })
 *   export class BookingError extends UserError {
 *     @Field(() => BookingErrorCode, { description: '...' }) code: BookingErrorCode;
 *   }
 */
import { Field, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'A problem a mutation found with its request, for the client to show or act on.',
})
export abstract class UserError {
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the input field at fault, relative to the input, e.g. "attendees.0.email"; null when no single field is.',
  })
  field: string | null;

  @Field({ description: 'What went wrong, in words fit to show a person.' })
  message: string;
}
