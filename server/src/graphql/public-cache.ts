/**
 * A short-lived in-memory cache of anonymous public catalog answers (the `events` and `event`
 * queries), in front of Apollo: a hit costs a Map lookup instead of a GraphQL execution and two SQL
 * statements, which is what lets a replica serve the storefront's catalog at close to raw speed.
 *
 * What is cached: POSTed JSON queries, without a cookie, whose root fields are all public catalog
 * fields, and whose answer was a 200 without errors. Keyed by (query, operation name, variables,
 * Accept). Requests with a cookie always go to Apollo, so nothing depends on who asks.
 *
 * Staleness: an entry lives `ttlMs` (default 2 s). Any mutation handled by this process empties the
 * cache when it finishes, and an answer computed while a mutation ran is not stored. Changes made by
 * another replica or by a background job (hold expiry) show after at most `ttlMs`. Availability shown
 * in the catalog is informative only: createBooking checks seats atomically in PostgreSQL.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { NextFunction, Request, Response } from 'express';

const PUBLIC_ROOT_FIELDS = new Set(['events', 'event', '__typename']);
const MAX_ENTRIES = 500;
const MAX_DOCUMENTS = 1000;

type DocumentKind = 'cacheable' | 'mutation' | 'other';

interface Entry {
  body: string;
  contentType: string;
  expiresAt: number;
}

export interface PublicCache {
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Empties the cache (done after every mutation; call it after writes made outside GraphQL). */
  clear(): void;
  readonly size: number;
}

function classify(query: string, operationName: unknown, maxTokens: number): DocumentKind {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens, noLocation: true }).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return 'other';
  }
  if (operations.some((operation) => operation.operation === 'mutation')) return 'mutation';
  const operation =
    typeof operationName === 'string'
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation !== 'query') return 'other';
  const publicOnly = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
  return publicOnly ? 'cacheable' : 'other';
}

export function createPublicCache(options: {
  ttlMs: number;
  maxTokens: number;
  now?: () => number;
}): PublicCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const kinds = new Map<string, DocumentKind>();
  /** Bumped by every clear(): an answer computed across a clear() is not stored. */
  let generation = 0;

  function kindOf(query: string, operationName: unknown): DocumentKind {
    const known = kinds.get(query);
    if (known && typeof operationName !== 'string') return known;
    const kind = classify(query, operationName, options.maxTokens);
    if (typeof operationName !== 'string') {
      if (kinds.size >= MAX_DOCUMENTS) kinds.clear();
      kinds.set(query, kind);
    }
    return kind;
  }

  function clear(): void {
    generation++;
    entries.clear();
  }

  function middleware(req: Request, res: Response, next: NextFunction): void {
    const body: unknown = req.body;
    if (options.ttlMs <= 0 || req.method !== 'POST' || typeof body !== 'object' || body === null)
      return next();
    const { query, operationName, variables } = body as Record<string, unknown>;
    if (typeof query !== 'string') return next();
    const kind = kindOf(query, operationName);
    if (kind === 'mutation') {
      res.on('finish', clear);
      return next();
    }
    if (kind !== 'cacheable' || req.headers.cookie) return next();

    const key = JSON.stringify([query, operationName ?? null, variables ?? null, req.headers.accept ?? '']);
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) {
      res.status(200).setHeader('content-type', hit.contentType);
      res.setHeader('x-public-cache', 'hit');
      res.send(hit.body);
      return;
    }
    if (hit) entries.delete(key);

    const startedIn = generation;
    const send = res.send.bind(res);
    res.send = (answer: unknown) => {
      if (
        res.statusCode === 200 &&
        typeof answer === 'string' &&
        startedIn === generation &&
        storable(answer)
      ) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, {
          body: answer,
          contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
          expiresAt: now() + options.ttlMs,
        });
      }
      return send(answer);
    };
    next();
  }

  return {
    middleware,
    clear,
    get size() {
      return entries.size;
    },
  };
}

/** Only complete answers: no errors anywhere. */
function storable(answer: string): boolean {
  try {
    const parsed = JSON.parse(answer) as { errors?: unknown; data?: unknown };
    return parsed.errors === undefined && parsed.data !== undefined;
  } catch {
    return false;
  }
}
