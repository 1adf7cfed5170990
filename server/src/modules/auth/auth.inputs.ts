import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../config';

@InputType({ description: 'Credentials of an admin account.' })
export class LoginInput {
  @Field({ description: 'E-mail address of the account (case does not matter).' })
  @MinLength(1)
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password of the account.' })
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType({ description: 'A new password for the signed-in account.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password, to prove it is really the account holder.' })
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @Field({ description: `The new password: ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.` })
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}
