import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AdminRole } from './admin-account.entity';
import { IsNewPassword, PASSWORD_RULES_TEXT } from './password-rules';

@InputType({
  description:
    'A new admin account. Without `initialPassword` (the usual way) the person gets an invitation e-mail with a single-use link to choose their own password.',
})
export class CreateAccountInput {
  @Field({ description: 'E-mail address the person will sign in with.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: 'must have at most 254 characters' })
  email: string;

  @Field(() => AdminRole, { description: 'What the account may do.' })
  role: AdminRole;

  @Field(() => String, {
    nullable: true,
    description: `Optional, for API clients that hand over a password themselves: the account gets this password (${PASSWORD_RULES_TEXT}) and no invitation e-mail is sent; the person should change it after signing in. Leave it out to send an invitation instead.`,
  })
  @IsOptional()
  @IsNewPassword()
  initialPassword?: string | null;
}

@InputType({ description: 'A new role for an account.' })
export class ChangeAccountRoleInput {
  @Field(() => ID, { description: 'The account to change.' })
  accountId: string;

  @Field(() => AdminRole, { description: 'Its new role.' })
  role: AdminRole;
}
