/**
 * What a new password must be, said in words wherever one is set (invitation, reset, change, the
 * API's initialPassword): class-validator's own wording ("must be longer than or equal to 12
 * characters") is for programmers.
 */
import { MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../config';

export const PASSWORD_TOO_SHORT = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
export const PASSWORD_TOO_LONG = `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
export const PASSWORD_RULES_TEXT = `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

/** A password someone chooses: MIN_PASSWORD_LENGTH to MAX_PASSWORD_LENGTH characters. */
export function IsNewPassword(): PropertyDecorator {
  const min = MinLength(MIN_PASSWORD_LENGTH, { message: PASSWORD_TOO_SHORT });
  const max = MaxLength(MAX_PASSWORD_LENGTH, { message: PASSWORD_TOO_LONG });
  return (target, property) => {
    min(target, property);
    max(target, property);
  };
}

/** A password typed to prove who someone is: not empty, not absurdly long. */
export function IsPasswordAttempt(emptyMessage: string): PropertyDecorator {
  const min = MinLength(1, { message: emptyMessage });
  const max = MaxLength(MAX_PASSWORD_LENGTH, { message: PASSWORD_TOO_LONG });
  return (target, property) => {
    min(target, property);
    max(target, property);
  };
}
