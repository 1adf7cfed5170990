import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ApiTokenScope } from '../../common/api-token-scope';

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Door scanner script" (1 to 100 characters).' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100, { message: 'must have at most 100 characters' })
  name: string;

  @Field(() => [ApiTokenScope], {
    description:
      'What the token may do: ADMIN or STAFF alone (a whole role), or one or more narrower scopes (BOOKINGS_READ, CHECK_IN).',
  })
  @ArrayNotEmpty({ message: 'must name at least one scope' })
  @ArrayMaxSize(4, { message: 'has too many scopes' })
  scopes: ApiTokenScope[];

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the token stops working by itself; leave out for a token that works until revoked.',
  })
  @IsOptional()
  expiresAt?: Date | null;
}
