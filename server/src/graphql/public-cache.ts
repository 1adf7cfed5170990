/**
 * A short-lived in-memory cache of anonymous public catalog answers (the `events` and `event`
 * queries), in front of Apollo: a hit costs a Map lookup instead of a GraphQL execution and two SQL
 * statements, which is what lets a replica serve the storefront's catalog at close to raw speed.
 * `fastPath` answers a request whose exact body was answered before ahead of everything else in the
 * app (request logging, body parsing): 0.03 instead of 0.085 ms of CPU per hit, which is what keeps
 * reads answered while an on-sale's bookings fill the event loop. Hits are therefore not logged.
 *
 * What is cached: POSTed JSON queries, without a cookie or Authorization header, whose root fields are all public catalog
 * fields, and whose answer was a 200 without errors. Keyed by (query, operation name, variables,
 * Accept). Requests with a cookie or a bearer token always go to Apollo, so nothing depends on who asks.
 *
 * Memory: at most MAX_ENTRIES answers and MAX_BYTES of them (the oldest go first), and at most
 * MAX_DOCUMENTS classified query texts and MAX_DOCUMENT_BYTES of them, whatever callers send. An answer
 * is kept as the bytes sent, with its ETag, so a hit allocates next to nothing.
 *
 * Staleness: an entry lives `ttlMs` (default 2 s). A mutation handled by this process empties the
 * cache when it finishes, and an answer computed while a mutation ran is not stored. Shoppers'
 * mutations (SHOPPER_MUTATIONS), which change no more of a cached answer than seat counts, do so at
 * most once per `shopperChangeIntervalMs` (default 250 ms): the first at once, those that follow in
 * one more clear at the end of the interval. In a hot sale hundreds of bookings a second would
 * otherwise leave the storefront uncached exactly when it is busiest. Changes made by another replica
 * or by a background job (hold expiry) show after at most `ttlMs`. Availability shown in the catalog
 * is informative only: createBooking checks seats atomically in PostgreSQL.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { NextFunction, Request, Response } from 'express';

const PUBLIC_ROOT_FIELDS = new Set(['events', 'event', '__typename']);
/** Mutations that change at most the seat counts a cached answer shows (see Staleness above). */
const SHOPPER_MUTATIONS = new Set([
  'createBooking',
  'startPayment',
  'capturePayment',
  'cancelPayment',
  'signWaiver',
  'login',
  'logout',
  '__typename',
]);
const SHOPPER_CHANGE_INTERVAL_MS = 250;
const MAX_ENTRIES = 500;
const MAX_BYTES = 16 * 1024 * 1024;
const MAX_DOCUMENTS = 1000;
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** Larger bodies (never a catalog query) take the ordinary path, with express.json's own limits. */
const MAX_FAST_PATH_BODY = 16 * 1024;
const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

type DocumentKind = 'cacheable' | 'mutation' | 'shopper-mutation' | 'other';

interface Entry {
  body: Buffer;
  contentType: string;
  etag: string | undefined;
  expiresAt: number;
  /** What the entry costs: its answer and its key. */
  bytes: number;
}

export interface PublicCache {
  /**
   * Goes first in the app, before logging and body parsing: answers an anonymous JSON POST whose exact
   * bytes (and Accept) were answered from this cache before, without parsing anything. Otherwise it
   * hands the body on parsed (express.json then has nothing left to read) to `middleware`.
   */
  fastPath(req: Request, res: Response, next: NextFunction): void;
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Empties the cache (done after every mutation; call it after writes made outside GraphQL). */
  clear(): void;
  /**
   * Whether a document holds a mutation, whichever operation a request names (classified without a
   * name, so the answer is remembered per document).
   */
  isMutation(query: string): boolean;
  readonly size: number;
  /** Bytes of the answers and keys held (bounded by MAX_BYTES). */
  readonly bytes: number;
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
  const mutations = operations.filter((operation) => operation.operation === 'mutation');
  if (mutations.length > 0) {
    const shopperOnly = mutations.every((mutation) =>
      mutation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && SHOPPER_MUTATIONS.has(selection.name.value),
      ),
    );
    return shopperOnly ? 'shopper-mutation' : 'mutation';
  }
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

export interface PublicCacheLimits {
  maxEntries: number;
  maxBytes: number;
  maxDocuments: number;
  maxDocumentBytes: number;
}

export function createPublicCache(options: {
  ttlMs: number;
  maxTokens: number;
  /** How often shoppers' mutations may empty the cache (default SHOPPER_CHANGE_INTERVAL_MS). */
  shopperChangeIntervalMs?: number;
  now?: () => number;
  /** Tests shrink these; the defaults are the module's constants. */
  limits?: Partial<PublicCacheLimits>;
}): PublicCache {
  const now = options.now ?? Date.now;
  const limits: PublicCacheLimits = {
    maxEntries: MAX_ENTRIES,
    maxBytes: MAX_BYTES,
    maxDocuments: MAX_DOCUMENTS,
    maxDocumentBytes: MAX_DOCUMENT_BYTES,
    ...options.limits,
  };
  const entries = new Map<string, Entry>();
  let entryBytes = 0;
  /** Per document, its kind per operation name asked for ('' for none): one parse per pair. */
  const kinds = new Map<string, Map<string, DocumentKind>>();
  let kindCount = 0;
  let documentBytes = 0;
  /** The key fastPath gave a request it passed on. */
  const fastPathKeys = new WeakMap<Request, string>();
  /** Bumped by every clear(): an answer computed across a clear() is not stored. */
  let generation = 0;

  function kindOf(query: string, operationName: unknown): DocumentKind {
    // A document may hold several operations, so its kind depends on the name asked for.
    const name = typeof operationName === 'string' ? operationName : '';
    const known = kinds.get(query)?.get(name);
    if (known) return known;
    const kind = classify(query, operationName, options.maxTokens);
    // Counted per (document, name) pair: a document asked for under several names counts once each.
    const bytes = query.length + name.length;
    if (bytes > limits.maxDocumentBytes) return kind;
    if (kindCount >= limits.maxDocuments || documentBytes + bytes > limits.maxDocumentBytes) {
      kinds.clear();
      kindCount = 0;
      documentBytes = 0;
    }
    const names = kinds.get(query) ?? new Map<string, DocumentKind>();
    names.set(name, kind);
    kinds.set(query, names);
    kindCount += 1;
    documentBytes += bytes;
    return kind;
  }

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    entryBytes -= entry.bytes;
  }

  /** Keeps the entry unless it alone is over budget; the oldest entries make room. */
  function store(key: string, entry: Entry): void {
    remove(key);
    if (entry.bytes > limits.maxBytes) return;
    while (entries.size >= limits.maxEntries || entryBytes + entry.bytes > limits.maxBytes) {
      remove(entries.keys().next().value as string);
    }
    entries.set(key, entry);
    entryBytes += entry.bytes;
  }

  function clear(): void {
    generation++;
    entries.clear();
    entryBytes = 0;
  }

  const shopperChangeIntervalMs = options.shopperChangeIntervalMs ?? SHOPPER_CHANGE_INTERVAL_MS;
  let lastShopperClear = -Infinity;
  let pendingShopperClear: NodeJS.Timeout | undefined;
  /** Empties the cache after a shopper's mutation, at most once per shopperChangeIntervalMs. */
  function clearAfterShopperChange(): void {
    if (pendingShopperClear) return;
    const wait = lastShopperClear + shopperChangeIntervalMs - Date.now();
    const clearNow = () => {
      pendingShopperClear = undefined;
      lastShopperClear = Date.now();
      clear();
    };
    if (wait <= 0) return clearNow();
    pendingShopperClear = setTimeout(clearNow, wait);
    pendingShopperClear.unref();
  }

  function fastPath(req: Request, res: Response, next: NextFunction): void {
    const { headers } = req;
    const length = Number(headers['content-length']);
    if (
      options.ttlMs <= 0 ||
      req.method !== 'POST' ||
      headers.cookie ||
      headers.authorization ||
      headers['content-encoding'] ||
      !(length > 0 && length <= MAX_FAST_PATH_BODY) ||
      !JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')
    )
      return next();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', next);
    req.once('end', () => {
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      const key = `${headers.accept ?? ''}\n${text}`;
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) {
        res.statusCode = 200;
        res.setHeader('content-type', hit.contentType);
        res.setHeader('content-length', hit.body.length);
        if (hit.etag) res.setHeader('etag', hit.etag);
        res.setHeader('x-public-cache', 'hit');
        res.end(hit.body);
        return;
      }
      // As express.json (strict) would: only an object or array is a body; anything else is a 400.
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return next(Object.assign(error as Error, { status: 400, type: 'entity.parse.failed' }));
      }
      if (typeof parsed !== 'object' || parsed === null) {
        return next(Object.assign(new SyntaxError('JSON body must be an object'), { status: 400 }));
      }
      req.body = parsed;
      fastPathKeys.set(req, key);
      next();
    });
  }

  function middleware(req: Request, res: Response, next: NextFunction): void {
    const body: unknown = req.body;
    if (options.ttlMs <= 0 || req.method !== 'POST' || typeof body !== 'object' || body === null)
      return next();
    const { query, operationName, variables } = body as Record<string, unknown>;
    if (typeof query !== 'string') return next();
    const kind = kindOf(query, operationName);
    if (kind === 'mutation' || kind === 'shopper-mutation') {
      res.on('finish', kind === 'mutation' ? clear : clearAfterShopperChange);
      return next();
    }
    // A credential is checked by Apollo on every request (a revoked API token gets its 401).
    if (kind !== 'cacheable' || req.headers.cookie || req.headers.authorization) return next();

    // Stored under the body's exact bytes when fastPath read it, so the next such request hits there.
    const key =
      fastPathKeys.get(req) ??
      JSON.stringify([query, operationName ?? null, variables ?? null, req.headers.accept ?? '']);
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) {
      res.status(200).setHeader('content-type', hit.contentType);
      // Set here, express does not hash the body again.
      if (hit.etag) res.setHeader('etag', hit.etag);
      res.setHeader('x-public-cache', 'hit');
      res.send(hit.body);
      return;
    }
    if (hit) remove(key);

    const startedIn = generation;
    const send = res.send.bind(res);
    res.send = (answer: unknown) => {
      if (
        res.statusCode === 200 &&
        typeof answer === 'string' &&
        startedIn === generation &&
        storable(answer)
      ) {
        const body = Buffer.from(answer);
        const etagOf = req.app.get('etag fn') as ((body: Buffer) => string) | undefined;
        store(key, {
          body,
          contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
          etag: etagOf?.(body),
          expiresAt: now() + options.ttlMs,
          bytes: body.length + key.length,
        });
      }
      return send(answer);
    };
    next();
  }

  return {
    fastPath,
    middleware,
    clear,
    isMutation(query) {
      const kind = kindOf(query, undefined);
      return kind === 'mutation' || kind === 'shopper-mutation';
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return entryBytes;
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
