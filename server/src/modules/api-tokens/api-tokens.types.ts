import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { API_TOKEN_SCOPE_DESCRIPTIONS, ApiTokenScope } from '../../common/api-token-scope';
import { UserError } from '../../graphql/user-error.types';
import { ApiTokenErrorCode } from './api-tokens.service';

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an API token may do (see docs/webhooks.md, "API tokens").',
  valuesConfig: Object.fromEntries(
    Object.entries(API_TOKEN_SCOPE_DESCRIPTIONS).map(([scope, description]) => [scope, { description }]),
  ),
});

registerEnumType(ApiTokenErrorCode, {
  name: 'ApiTokenErrorCode',
  description: 'Why an API token change was refused.',
  valuesConfig: {
    INVALID_SCOPES: { description: 'ADMIN or STAFF was combined with other scopes.' },
    EXPIRY_IN_PAST: { description: 'The expiry is not in the future.' },
    TOKEN_NOT_FOUND: { description: 'No API token has this id.' },
  },
});

@ObjectType({
  description:
    'A token a program sends as `Authorization: Bearer <token>` to act for the ADMIN who made it, within its scopes. Its secret is shown only once, when it is made.',
})
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier of the token (not the secret).' })
  id: string;

  @Field({ description: 'What the token is for, as its maker named it.' })
  name: string;

  @Field({ description: 'The secret’s last four characters, to tell tokens apart.' })
  hint: string;

  @Field(() => [ApiTokenScope], { description: 'What the token may do.' })
  scopes: ApiTokenScope[];

  @Field(() => EmailAddressResolver, {
    nullable: true,
    description: 'The ADMIN who made it, and for whom it acts; null if that account was deleted.',
  })
  createdByEmail: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it stops working by itself; null: not before it is revoked.',
  })
  expiresAt: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it was last used, to the minute; null: never.',
  })
  lastUsedAt: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it was revoked; null while it is not.',
  })
  revokedAt: Date | null;
}

@ObjectType({ implements: UserError, description: 'A problem found with an API token change.' })
export class ApiTokenError extends UserError {
  @Field(() => ApiTokenErrorCode, { description: 'What went wrong, for programs.' })
  code: ApiTokenErrorCode;
}

@ObjectType({
  description: 'Result of creating an API token: the token and its secret (shown only now), or why not.',
})
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The new token; null when refused.' })
  token: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The token itself, to send as `Authorization: Bearer <secret>`. Shown only in this answer: the server keeps only its hash.',
  })
  secret: string | null;

  @Field(() => [ApiTokenError], { description: 'Why it was refused; empty on success.' })
  errors: ApiTokenError[];
}

@ObjectType({ description: 'Result of revoking an API token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token; null when not found.' })
  token: ApiToken | null;

  @Field(() => [ApiTokenError], { description: 'TOKEN_NOT_FOUND, or empty.' })
  errors: ApiTokenError[];
}
