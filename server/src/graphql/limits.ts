/**
 * Limits that keep one request from costing the server much: depth, aliases and directives are checked
 * as validation rules (graphql-armor), tokens by the parser, and the estimated cost (list fields count
 * once per item they may return) by a plugin using graphql-query-complexity.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const MAX_DIRECTIVES = 20;

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

/** Rejects an operation whose estimated cost exceeds `maxCost`, before anything is resolved. */
export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No such operation: Apollo answers that itself, with a 400.
          if (!operation) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types: the client's mistake, as when Apollo finds it.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              nodes: error.nodes,
              originalError: error,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
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
