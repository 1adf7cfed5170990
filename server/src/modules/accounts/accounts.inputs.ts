import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../config';
import { AdminRole } from './admin-account.entity';

@InputType({ description: 'A new admin account (an invitation: share the initial password privately).' })
export class CreateAccountInput {
  @Field({ description: 'E-mail address the person will sign in with.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => AdminRole, { description: 'What the account may do.' })
  role: AdminRole;

  @Field({
    description: `Initial password, ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; the person should change it after signing in.`,
  })
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  initialPassword: string;
}

@InputType({ description: 'A new role for an account.' })
export class ChangeAccountRoleInput {
  @Field(() => ID, { description: 'The account to change.' })
  accountId: string;

  @Field(() => AdminRole, { description: 'Its new role.' })
  role: AdminRole;
}
