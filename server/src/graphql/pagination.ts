/** Cursor pagination shared by every list: `first` (1 to 100) and an opaque `after` cursor. */
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (the `endCursor` of the previous page).',
  })
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

/** The cursors live in common/ (services make them); re-exported for code not yet moved there. */
export { decodeCursor, encodeCursor } from '../common/cursor';

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list: the items with their cursors, the items alone, and where the page sits. */
export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

export interface ConnectionNames {
  /** GraphQL name of the page type, e.g. EventConnection. */
  name: string;
  /** GraphQL name of the item-with-cursor type, e.g. EventEdge. */
  edgeName: string;
  description: string;
  edgeDescription: string;
  /** The item in words, singular and plural, for the field descriptions: "event", "events". */
  item: string;
  items: string;
}

/**
 * The Connection and Edge object types of a paginated list of `node`s. Every list has the same
 * shape (edges, nodes, pageInfo); only names and words differ.
 */
export function connectionTypes<T extends object>(node: ClassType<T>, names: ConnectionNames) {
  @ObjectType(names.edgeName, { description: names.edgeDescription })
  class EdgeType implements Edge<T> {
    @Field({ description: `Pass as \`after\` to continue the list after this ${names.item}.` })
    cursor: string;

    @Field(() => node, { description: `The ${names.item}.` })
    node: T;
  }

  @ObjectType(names.name, { description: names.description })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: `The ${names.items} of this page with their cursors.` })
    edges: EdgeType[];

    @Field(() => [node], { description: `The ${names.items} of this page, without cursors.` })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to fetch the next.' })
    pageInfo: PageInfo;
  }

  return ConnectionType;
}

/** Builds a page from its items, their cursors (same order) and whether more follow. */
export function toConnection<T>(nodes: T[], cursors: string[], hasNextPage: boolean): Connection<T> {
  return {
    edges: nodes.map((node, index) => ({ cursor: cursors[index], node })),
    nodes,
    pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
  };
}
