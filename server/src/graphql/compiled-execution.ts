/**
 * Executes queries with graphql-jit: each operation is compiled once into a function that walks the
 * resolvers and builds the answer with plain objects, where graphql-js's execute allocates two
 * dictionaries per field (its argument map and result objects) and re-reads the document every time.
 * Profiled on the uncached catalog query (20 events, 60 ticket types), graphql-js's execution made
 * half of what the API allocated, and garbage collection a quarter of its CPU.
 *
 * Anything graphql-jit might answer differently goes to graphql-js, so answers stay graphql-js's:
 * mutations (serial, and their payload errors are the API's contract), documents without the operation
 * asked for, operations that do not compile, and any query whose compiled run ends with errors
 * (variables that do not coerce, a resolver that throws, an authorization refusal): graphql-js runs
 * it again and writes the errors. Queries change nothing, so a second run is safe; only the rare
 * failing query pays twice.
 *
 * Leaves of graphql's own scalars (String, Int, Float, Boolean, ID) and of enums are written as the
 * resolvers return them, without graphql-js's per-value `serialize`: for each such non-null leaf,
 * graphql-jit's serializing call was handed a freshly built array of the field's locations, one of its
 * path and one of its arguments, needed only for an error: ~90 of the ~550 KB an uncached catalog query
 * allocated. This relies on resolvers returning the JS types their fields declare, as TypeScript
 * checks them (a run of the whole server and e2e suites comparing every compiled answer with
 * graphql-js's found no difference), and on every enum value being its own name, checked here: a schema with an
 * enum whose value is not its name keeps serializing every leaf.
 *
 * Apollo Server 5 has no `executor` option: a gateway is its one hook for execution, and this is a
 * gateway of one local schema.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  isEnumType,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations remembered (per document and operation name); a full cache starts again. */
const COMPILED_OPERATIONS = 500;

type Compiled = CompiledQuery | null;

/** Apollo's gateway interface (the types of @apollo/server-gateway-interface, through Apollo's own). */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
export type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** True when every enum of the schema writes each value as the name a resolver returns for it. */
export function enumValuesAreTheirNames(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).every(
    (type) => !isEnumType(type) || type.getValues().every((value) => value.value === value.name),
  );
}

export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new Map<string, Compiled>();
  const options = { disableLeafSerialization: enumValuesAreTheirNames(schema) };
  const compile = (document: DocumentNode, operationName: string | undefined, key: string): Compiled => {
    let query = compiled.get(key);
    if (query !== undefined) return query;
    const result = compileQuery(schema, document, operationName, options);
    query = isCompiledQuery(result) ? result : null;
    if (compiled.size >= COMPILED_OPERATIONS) compiled.clear();
    compiled.set(key, query);
    return query;
  };
  const standard = (
    document: DocumentNode,
    operationName: string | undefined,
    contextValue: unknown,
    variableValues: Record<string, unknown> | undefined,
  ) => execute({ schema, document, operationName, contextValue, variableValues }) as Promise<ExecutionResult>;

  return async ({ document, operation, request, context, queryHash }) => {
    // The name asked for: the context's operationName is null when no operation has it.
    const name = request.operationName ?? undefined;
    // No such operation (graphql-js names the problem), or a mutation.
    if (operation?.operation !== 'query') return standard(document, name, context, request.variables);
    const query = compile(document, name, `${name ?? ''}\n${queryHash}`);
    if (!query) return standard(document, name, context, request.variables);
    const result = await query.query(undefined, context, request.variables);
    if (result.errors?.length) return standard(document, name, context, request.variables);
    return result;
  };
}

/** Apollo's gateway interface around one local schema and `compiledExecutor`. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
