/**
 * What a new password must be, from the API (its limits are the server's), shown beside every
 * new-password field before anyone types, and checked in words before the form is sent on.
 */
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';

export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

const PasswordRulesDocument = graphql(`
  query PasswordRules {
    passwordRules {
      minLength
      maxLength
    }
  }
`);

export async function loadPasswordRules(locals: App.Locals): Promise<PasswordRules> {
  return unwrap(await locals.graphql.query(PasswordRulesDocument, {}).toPromise()).passwordRules;
}

/** The rules in a sentence, for the help text under the field. */
export function passwordRulesText(rules: PasswordRules): string {
  return `Use ${rules.minLength} to ${rules.maxLength} characters. A few unrelated words make a password that is long, easy to remember and hard to guess.`;
}

/** What is wrong with a new password, in words; undefined when it is fine. */
export function passwordProblem(password: string, rules: PasswordRules): string | undefined {
  if (!password) return 'Choose a password.';
  const length = [...password].length;
  if (length < rules.minLength) return `Use at least ${rules.minLength} characters (this one has ${length}).`;
  if (length > rules.maxLength) return `Use at most ${rules.maxLength} characters.`;
  return undefined;
}
