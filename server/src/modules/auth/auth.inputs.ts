import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsNewPassword, IsPasswordAttempt, PASSWORD_RULES_TEXT } from '../accounts/password-rules';

@InputType({ description: 'Credentials of an admin account.' })
export class LoginInput {
  @Field({ description: 'E-mail address of the account (case does not matter).' })
  @MinLength(1, { message: 'Enter your e-mail address.' })
  @MaxLength(254, { message: 'must have at most 254 characters' })
  email: string;

  @Field({ description: 'Password of the account.' })
  @IsPasswordAttempt('Enter your password.')
  password: string;
}

@InputType({ description: 'A new password for the signed-in account.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password, to prove it is really the account holder.' })
  @IsPasswordAttempt('Enter your current password.')
  currentPassword: string;

  @Field({ description: `The new password: ${PASSWORD_RULES_TEXT}.` })
  @IsNewPassword()
  newPassword: string;
}

@InputType({ description: 'Whose password to reset ("forgot password").' })
export class RequestPasswordResetInput {
  @Field({ description: 'E-mail address of the account (case does not matter).' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: 'must have at most 254 characters' })
  email: string;
}

@InputType({ description: 'A password chosen through an e-mailed link (invitation or reset).' })
export class SetPasswordWithLinkInput {
  @Field({ description: 'The token from the link in the e-mail.' })
  @MaxLength(200, { message: 'is not a token this site sent' })
  token: string;

  @Field({ description: `The new password: ${PASSWORD_RULES_TEXT}.` })
  @IsNewPassword()
  newPassword: string;
}
