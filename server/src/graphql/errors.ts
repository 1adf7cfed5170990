/**
 * Error conventions (DESIGN.md): malformed input is BAD_USER_INPUT naming each bad field; expected
 * business outcomes of mutations are payload errors (see user-error.types.ts); anything unexpected is
 * logged with the request id and reaches the client masked.
 */
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, InvalidInputError, type FieldProblem } from '../common/domain-error';

export type { FieldProblem };

/** Codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
const EXPOSED_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
]);

/**
 * graphql-js reports variables that do not fit their type as 'Variable "$filter" got invalid value ...
 * at "filter.startsFrom"'. Apollo codes most of them BAD_USER_INPUT, but not those whose scalar threw an
 * error of its own (graphql-scalars does), so they are recognised here by their wording.
 */
const VARIABLE_COERCION_ERROR = /^Variable "\$([^"]+)"(?:.* at "([^"]+)")?/;

/** A BAD_USER_INPUT error naming the fields at fault. */
export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, fields: problems },
  });
}

/** Flattens class-validator's nested errors into `parent.child` paths. */
export function fieldProblemsOf(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblemsOf(error.children ?? [], field)];
  });
}

/**
 * Apollo's formatError: validation errors get their field list, TypeGraphQL's UNAUTHORIZED becomes
 * FORBIDDEN, and unexpected errors are masked (they were logged with the request id already).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const problems = fieldProblemsOf(original.extensions.validationErrors);
    const { message, extensions } = badUserInput(problems);
    return { ...formatted, message, extensions: { ...extensions } };
  }
  if (original instanceof InvalidInputError) {
    const { message, extensions } = badUserInput(original.problems);
    return { ...formatted, message, extensions: { ...extensions } };
  }
  if (original instanceof DomainError) {
    // A domain error a resolver did not turn into a payload: the client caused it, so it sees it.
    return {
      ...formatted,
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', domainCode: original.code, field: original.field },
    };
  }
  const code = formatted.extensions?.code;
  const variableError = formatted.path ? null : VARIABLE_COERCION_ERROR.exec(formatted.message);
  if (variableError && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
    const field = variableError[2] ?? variableError[1];
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, message: formatted.message }] },
    };
  }
  if (code === 'UNAUTHORIZED') {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'FORBIDDEN' } };
  }
  if (typeof code === 'string' && EXPOSED_CODES.has(code)) return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * graphql-js ends validation errors about unknown fields, arguments, types and enum values with "Did
 * you mean ...?", naming what the schema has: with introspection off, that still lets a client map
 * the schema by guessing (what Clairvoyance does). graphql-js 16 has no switch for it; this strips it
 * from the message, as graphql-armor's block-field-suggestions does (not installed here; its pattern
 * also misses "Did you mean the enum value ...?").
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Apollo's formatError for a server: `formatError`, and with `hideSuggestions` (introspection off) no
 * "Did you mean" in any message.
 */
export function createFormatError(options: {
  hideSuggestions: boolean;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!options.hideSuggestions) return formatError;
  return (formatted, error) =>
    formatError({ ...formatted, message: withoutSuggestions(formatted.message) }, error);
}

/** True when an error is one a client caused (so it is not logged as a server fault). */
export function isClientError(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (error.originalError instanceof ArgumentValidationError) return true;
  if (error.originalError instanceof DomainError) return true;
  return typeof code === 'string' && (EXPOSED_CODES.has(code) || code === 'UNAUTHORIZED');
}
