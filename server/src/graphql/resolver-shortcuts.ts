/**
 * Shortcuts past TypeGraphQL's per-call wrappers, for fields whose wrapper does nothing but call
 * through. Each field keeps exactly what TypeGraphQL would have done for it; only the bookkeeping
 * around the call goes. Applied by buildAppSchema once the schema is built.
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type ContainerType, type ResolverData } from 'type-graphql';

type Constructor = new () => object;

/**
 * The resolver classes' instances, one per class, as TypeGraphQL's default container keeps them: handed
 * to buildSchema as its container, so a field resolver called directly runs on the same instance.
 */
export class ResolverInstances implements ContainerType {
  private readonly instances = new Map<Constructor, object>();

  get(someClass: Constructor, _resolverData?: ResolverData): object {
    let instance = this.instances.get(someClass);
    if (!instance) {
      instance = new someClass();
      this.instances.set(someClass, instance);
    }
    return instance;
  }
}

/**
 * TypeGraphQL gives every field a resolver, even one that only reads the property of the same name
 * (no field resolver, middleware or `@Authorized`): an extra call and object per field, and one the
 * compiled execution (compiled-execution.ts) cannot inline. Those fields are left to graphql's own
 * property read, as TypeGraphQL's `simpleResolvers` would; fields with roles keep their auth check.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain =
        field.roles === undefined &&
        (field.middlewares ?? []).length === 0 &&
        field.name === field.schemaName &&
        !storage.fieldResolvers.some(
          (resolver) => resolver.getObjectType?.() === field.target && resolver.methodName === field.name,
        );
      if (plain && fields[field.schemaName]) fields[field.schemaName].resolve = undefined;
    }
  }
}

/** How one parameter of a directly called field resolver is read from graphql's resolve arguments. */
type ParamReader = (root: unknown, context: Record<string, unknown>, info: unknown) => unknown;

/**
 * A `@FieldResolver` method of a resolver class that takes only its parent (`@Root()`), the context
 * (`@Ctx()`) or the resolve info, with no middleware or `@Authorized`, is called directly. Per call,
 * TypeGraphQL's wrapper built a resolver-data object, sorted and mapped the parameter list and asked the
 * container for the instance: 20 times per catalog page for `Event.ticketTypes` alone. A parent
 * TypeGraphQL would convert (a `@Root()` typed as a class the parent is not an instance of, such as
 * `Money` for a plain object) still goes through TypeGraphQL's wrapper, so answers stay the same.
 */
export function callFieldResolversDirectly(
  schema: GraphQLSchema,
  /** The resolver classes the schema was built from (TypeGraphQL ignores the others' methods). */
  resolverClasses: readonly Function[],
  instances: ResolverInstances,
): void {
  const storage = getMetadataStorage();
  for (const resolver of storage.fieldResolvers) {
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const direct =
      resolver.kind === 'external' &&
      resolverClasses.includes(resolver.target) &&
      resolver.roles === undefined &&
      (resolver.middlewares ?? []).length === 0 &&
      params.every((param) => param.kind === 'root' || param.kind === 'context' || param.kind === 'info');
    const objectClass = resolver.getObjectType?.();
    const objectType = storage.objectTypes.find((type) => type.target === objectClass);
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!direct || !field?.resolve) continue;

    const typeResolver = field.resolve;
    // The class a @Root() parameter is declared as: a parent of another class goes to TypeGraphQL.
    let rootClass: unknown;
    const readers: ParamReader[] = params.map((param) => {
      if (param.kind === 'context') {
        const property = param.propertyName;
        return property === undefined ? (_root, context) => context : (_root, context) => context[property];
      }
      if (param.kind === 'info') return (_root, _context, info) => info;
      if (param.kind !== 'root' || param.propertyName !== undefined) throw new Error('unreachable');
      rootClass = param.getType?.();
      return (root) => root;
    });
    const instance = instances.get(resolver.target as Constructor) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const method = instance[resolver.methodName];
    const rootIsAsDeclared = (root: unknown) =>
      rootClass === undefined ||
      root == null ||
      (typeof rootClass === 'function' && root instanceof rootClass);
    const directResolver: GraphQLFieldResolver<unknown, Record<string, unknown>> = (
      root,
      args,
      context,
      info,
    ) =>
      rootIsAsDeclared(root)
        ? method.apply(
            instance,
            readers.map((read) => read(root, context, info)),
          )
        : typeResolver(root, args, context, info);
    field.resolve = directResolver;
  }
}
