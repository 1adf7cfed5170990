/**
 * Limits that keep one request from costing the server much: depth, aliases and directives are checked
 * as validation rules (graphql-armor), tokens by the parser, repeated fields by a middleware before
 * validation (selectionGuard), and the estimated cost (list fields count once per item they may
 * return) by a plugin using graphql-query-complexity.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const MAX_DIRECTIVES = 20;

/**
 * Per selection set (its inline fragments included): fields with one response key, fields and
 * fragment spreads in all, fragment spreads. graphql-js's OverlappingFieldsCanBeMerged compares every
 * pair of same-named fields, and every pair of fragments spread side by side, so a document of a few
 * thousand tokens repeating one field costs it hundreds of milliseconds. The site's own documents use
 * at most 17 selections, no repeated key and no spread.
 */
export const SELECTION_LIMITS = { sameResponseKey: 10, selections: 200, fragmentSpreads: 30 };

/** The first selection set over SELECTION_LIMITS, described, or null; linear in the document. */
export function selectionLimitProblem(document: DocumentNode): string | null {
  let problem: string | null = null;
  const check = (selectionSet: SelectionSetNode) => {
    const keys = new Map<string, number>();
    let selections = 0;
    let spreads = 0;
    const count = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          count(selection.selectionSet);
          continue;
        }
        selections++;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          spreads++;
          continue;
        }
        const key = (selection.alias ?? selection.name).value;
        const seen = (keys.get(key) ?? 0) + 1;
        keys.set(key, seen);
        if (seen > SELECTION_LIMITS.sameResponseKey) {
          problem ??= `"${key}" is selected more than ${SELECTION_LIMITS.sameResponseKey} times in one selection set.`;
        }
      }
    };
    count(selectionSet);
    if (selections > SELECTION_LIMITS.selections) {
      problem ??= `A selection set has ${selections} selections; the limit is ${SELECTION_LIMITS.selections}.`;
    }
    if (spreads > SELECTION_LIMITS.fragmentSpreads) {
      problem ??= `A selection set spreads ${spreads} fragments; the limit is ${SELECTION_LIMITS.fragmentSpreads}.`;
    }
  };
  visit(document, {
    SelectionSet(node, _key, parent) {
      if (problem) return false;
      // An inline fragment's selections were counted with the set around it.
      if ((parent as ASTNode | undefined)?.kind !== Kind.INLINE_FRAGMENT) check(node);
      return undefined;
    },
  });
  return problem;
}

/** Accepted query texts remembered so that a repeated one is not parsed twice (bounded). */
const ACCEPTED_DOCUMENTS = 1000;
const ACCEPTED_DOCUMENT_BYTES = 4 * 1024 * 1024;

/**
 * Refuses documents over SELECTION_LIMITS in front of Apollo, before the standard validation rules
 * could run: Apollo runs `validationRules` together with them, in one pass, and answers an error
 * thrown from a plugin hook with a masked 500. The answer has Apollo's shape (400, a
 * GRAPHQL_VALIDATION_FAILED error). Unparsable documents go on to Apollo, which names the syntax error.
 */
export function selectionGuard(maxTokens: number): RequestHandler {
  const accepted = new Set<string>();
  let acceptedBytes = 0;
  return (req, res, next) => {
    const source: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown })?.query;
    if (typeof source !== 'string' || accepted.has(source)) return next();
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens, noLocation: true });
    } catch {
      return next();
    }
    const problem = selectionLimitProblem(document);
    if (problem) {
      res
        .status(400)
        .json({ errors: [{ message: problem, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
      return;
    }
    if (accepted.size >= ACCEPTED_DOCUMENTS || acceptedBytes + source.length > ACCEPTED_DOCUMENT_BYTES) {
      accepted.clear();
      acceptedBytes = 0;
    }
    accepted.add(source);
    acceptedBytes += source.length;
    next();
  };
}

/**
 * graphql-armor's rules throw by default, which Apollo takes for a crash (500); reporting through the
 * validation context makes a rejection an ordinary validation error (400, GRAPHQL_VALIDATION_FAILED).
 */
const reportToValidation = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportToValidation }) as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, ...reportToValidation }) as ValidationRule,
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...reportToValidation }) as ValidationRule,
  ];
}

/** Estimates remembered per document text and operation, bounded like the accepted documents. */
const REMEMBERED_COSTS = 1000;
const REMEMBERED_COST_KEY_BYTES = 4 * 1024 * 1024;

/**
 * Rejects an operation whose estimated cost exceeds `maxCost`, before anything is resolved. An estimate
 * that no variable can change (no complexity function of a field reads an argument given by a
 * variable) is remembered per document text and operation: a repeated operation, such as every
 * reservation of a sale, is not estimated again. Variables that do not fit their types are then
 * refused by Apollo itself, in the same words (both use graphql-js's getVariableValues).
 */
export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const remembered = new Map<string, number>();
  let rememberedBytes = 0;
  const estimate = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    let readsVariables = false;
    const variableUse: ComplexityEstimator = ({ field, node }) => {
      if (
        typeof field.extensions?.complexity === 'function' &&
        node.arguments?.some((argument) => argumentUsesVariable(argument.value))
      ) {
        readsVariables = true;
      }
      return undefined;
    };
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [variableUse, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    return { cost, readsVariables };
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, source }) {
          // No such operation: Apollo answers that itself, with a 400.
          if (!operation) return;
          const operationName = request.operationName ?? undefined;
          const key = `${operationName ?? ''}\n${source}`;
          let cost = remembered.get(key);
          if (cost === undefined) {
            try {
              const estimated = estimate(document, operationName, request.variables ?? {});
              cost = estimated.cost;
              if (!estimated.readsVariables) {
                if (
                  remembered.size >= REMEMBERED_COSTS ||
                  rememberedBytes + key.length > REMEMBERED_COST_KEY_BYTES
                ) {
                  remembered.clear();
                  rememberedBytes = 0;
                }
                remembered.set(key, cost);
                rememberedBytes += key.length;
              }
            } catch (error) {
              // Variables that do not fit their types: the client's mistake, as when Apollo finds it.
              if (!(error instanceof GraphQLError)) throw error;
              throw new GraphQLError(error.message, {
                nodes: error.nodes,
                originalError: error,
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query is too complex: its cost is ${cost}, the limit is ${maxCost}.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function argumentUsesVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(argumentUsesVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => argumentUsesVariable(field.value));
  return false;
}
