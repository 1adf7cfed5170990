/**
 * Aliases would let one request try many passwords (`a: login(...) b: login(...)`). This validation
 * rule refuses an operation that selects `login`, `changePassword`, `requestPasswordReset` or `setPasswordWithLink` more than once, counting through
 * fragments, before anything runs. (Failed attempts are also counted one by one by the sign-in limits.)
 */
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const SINGLE_USE_MUTATIONS = [
  'login',
  'changePassword',
  'requestPasswordReset',
  'setPasswordWithLink',
];

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  counts: Map<string, number>,
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(selection.selectionSet, fragments, counts, visited);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment spread twice counts twice: both copies would run.
      if (fragment && !visited.has(name)) {
        visited.add(name);
        countRootFields(fragment.selectionSet, fragments, counts, visited);
        visited.delete(name);
      }
    }
  }
}

export const singleUseMutationsRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'mutation') return;
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((definition) => [
          (definition as FragmentDefinitionNode).name.value,
          definition as FragmentDefinitionNode,
        ]),
    );
    const counts = new Map<string, number>();
    countRootFields(operation.selectionSet, fragments, counts, new Set());
    for (const field of SINGLE_USE_MUTATIONS) {
      if ((counts.get(field) ?? 0) > 1) {
        context.reportError(
          new GraphQLError(
            `"${field}" may be selected only once per operation; send one attempt per request.`,
            {
              nodes: operation,
            },
          ),
        );
      }
    }
  },
});
