/**
 * Builds the HTTP server: express 5 with health checks and Apollo Server 5 at /graphql. It does not
 * listen; main.ts (or a test) decides the port. Everything it needs comes in as arguments.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type CookieOptions, type ErrorRequestHandler, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createRequestContext, type Actor } from './common/request-context';
import { bearerTokenOf } from './modules/api-tokens/api-token-secret';
import { CSRF_PREFLIGHT_HEADERS, invalidBearerToken } from './graphql/bearer-auth';
import type { GraphQLContext, ResponseHeaders, SessionCookie } from './graphql/context';
import { createFormatError, isClientError } from './graphql/errors';
import { limitValidationRules, queryCostPlugin, selectionGuard } from './graphql/limits';
import { createPublicCache, type PublicCache } from './graphql/public-cache';
import { createLoaders } from './graphql/loaders';
import { compiledExecutionGateway } from './graphql/compiled-execution';
import { queryAdmission } from './graphql/query-admission';
import { buildAppSchema } from './graphql/schema';
import { singleUseMutationsRule } from './graphql/single-use-fields';
import { clientAddress, requestUserAgent, trustProxySetting } from './http/client-address';
import { explorerLandingPage, explorerRoutes } from './http/explorer';
import { healthRoutes } from './http/health.routes';
import { securityHeaders } from './http/security-headers';
import { readCookie } from './modules/auth/session-token';
import { AddressRateLimiter } from './db/address-rate-limiter';
import { paypalWebhookRoutes } from './modules/checkout/paypal-webhooks.routes';
import { questionFileRoutes } from './modules/questions/question-files.routes';
import { serializeLoggedError, type Logger } from './logger';
import type { PaymentServices } from './modules/payments/payment-provider';
import { createServices, type Services } from './services';

export interface AppDependencies {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  /** PayPal (or its simulator): started before the app, stopped after it (see startPaymentProvider). */
  payments: PaymentServices;
  /** Injected so tests can move time; defaults to the wall clock. */
  clock?: () => Date;
}

export interface App {
  httpServer: http.Server;
  services: Services;
  /** Anonymous public catalog answers kept in memory for a moment (see graphql/public-cache.ts). */
  publicCache: PublicCache;
  /** Stops accepting requests, lets in-flight ones finish (up to the shutdown timeout), stops Apollo. */
  stop(): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[\w-]{8,64}$/;

/** Reuses a caller's X-Request-Id when it looks like one (a proxy's), else makes a new one. */
function requestIdFor(req: http.IncomingMessage, res: http.ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Logs errors the server caused (not the client) with the request id; formatError then masks them. */
const errorLoggingPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isClientError(error)) continue;
          contextValue.ctx.logger.error(
            { err: error.originalError ?? error, path: error.path },
            'GraphQL error',
          );
        }
      },
    };
  },
};

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site POSTs),
 * Path=/ and no Domain, so the site's same-origin proxy can pass Set-Cookie through unchanged; Secure in
 * production. It expires with the session's absolute limit.
 */
function responseHeadersOn(res: Response): ResponseHeaders {
  let retryAfterSeconds = 0;
  return {
    retryAfter: (seconds) => {
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil(seconds));
      res.setHeader('Retry-After', String(retryAfterSeconds));
    },
  };
}

function sessionCookieOn(res: Response, config: Config): SessionCookie {
  const { cookieName, cookieSecure } = config.auth.session;
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', path: '/', secure: cookieSecure };
  return {
    set: (token, expiresAt) => res.cookie(cookieName, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(cookieName, options),
  };
}

export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, dataSource, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const services = createServices(dataSource, config, deps.payments, logger);
  const schema = await buildAppSchema();

  const app = express();
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  // Responses not yet sent. Once shutdown starts each says `Connection: close`, so no client sends
  // another request on a connection that is about to close (it could not tell whether that one ran).
  const unanswered = new Set<Response>();
  const closeConnectionAfter = (res: Response) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };

  app.disable('x-powered-by');
  app.use(securityHeaders({ production: config.isProduction, explorer: config.graphql.explorer !== 'off' }));
  app.use((_req, res, next) => {
    if (shuttingDown) closeConnectionAfter(res);
    unanswered.add(res);
    res.once('close', () => {
      unanswered.delete(res);
      // A connection whose last answer went out before shutdown began is idle now: close it too.
      if (shuttingDown) httpServer.closeIdleConnections();
    });
    next();
  });
  // A cached anonymous catalog answer goes out before any other work (logging included): see
  // publicCache.fastPath. It is created here; Apollo below is what fills it.
  const publicCache = createPublicCache({
    ttlMs: config.graphql.publicCacheTtlMs,
    maxTokens: config.graphql.maxTokens,
  });
  app.post('/graphql', publicCache.fastPath);
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  app.use(clientAddress(config.clientIpHeader));
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdFor,
      // One compact line per request; headers (and the credentials in them) stay out of the logs.
      // Every line logged for a request names the client (req.clientIp: req.ip, see
      // http/client-address.ts); inside `req`, not as pino-http customProps, which cost every request
      // another child logger.
      serializers: {
        req: (req: { id?: unknown; method: string; url: string; raw: Request }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          clientIp: req.raw.ip,
        }),
        res: (res: http.ServerResponse) => ({ statusCode: res.statusCode }),
        // pino-http would put pino's plain error serializer back on request loggers.
        err: serializeLoggedError,
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use(healthRoutes({ dataSource, isShuttingDown: () => shuttingDown }));
  app.use(
    paypalWebhookRoutes({
      gateway: deps.payments.gateway,
      webhooks: services.paypalWebhooks,
      clock,
      limiter: new AddressRateLimiter(dataSource, 'paypal-webhook', {
        points: config.paypalWebhooks.perAddressPerMinute,
        windowSeconds: 60,
      }),
      certOrigins: deps.payments.webhookCertOrigins,
      maxClockSkewMs: config.paypalWebhooks.maxClockSkewMs,
    }),
  );

  const apollo = new ApolloServer<GraphQLContext>({
    // Queries run compiled (graphql-jit), with graphql-js's answers: see graphql/compiled-execution.ts.
    gateway: compiledExecutionGateway(schema),
    introspection: config.graphql.introspection,
    // Cookies need a header no cross-site form can send; `Authorization` is one (a browser preflights
    // it), so a bearer request is never a forged one.
    csrfPrevention: { requestHeaders: CSRF_PREFLIGHT_HEADERS },
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown. Apollo's own SIGTERM handler would stop it a second time, concurrently:
    // a stop() that starts while another is under way never returns (Apollo 5 does not resolve the
    // barrier it waits on), so the process hung on SIGTERM whenever the two overlapped.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [...limitValidationRules(config.graphql), singleUseMutationsRule],
    // Without introspection, validation errors do not suggest schema names either.
    formatError: createFormatError({ hideSuggestions: !config.graphql.introspection }),
    logger,
    plugins: [
      // No field has a cache hint (the public cache is ours, public-cache.ts), and Apollo's default
      // cache-control plugin wraps every field's resolver to collect them: measurable per query.
      ApolloServerPluginCacheControlDisabled(),
      explorerLandingPage(config.graphql.explorer),
      queryCostPlugin(schema, config.graphql.maxCost),
      errorLoggingPlugin,
    ],
  });
  await apollo.start();

  app.use(explorerRoutes(config.graphql.explorer));
  // Its own sub-app for its own settings: GraphQL answers are POSTs' that nothing revalidates with
  // If-None-Match, so hashing each body for an ETag (express's default) was CPU spent for nothing.
  const graphqlApp = express();
  graphqlApp.set('etag', false);
  // A sub-app has its own settings: without this its answers said `X-Powered-By: Express` again.
  graphqlApp.disable('x-powered-by');
  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    express.json({ limit: '100kb' }),
    selectionGuard(config.graphql.maxTokens),
    publicCache.middleware,
    queryAdmission(config.graphql.queryAdmission, publicCache.isMutation),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
        const now = clock();
        const sessionCookie = sessionCookieOn(res, config);
        // A bearer token, when sent, is the only credential looked at: a bad one is refused (401),
        // never taken for an anonymous request, and the session cookie beside it is ignored.
        const bearer = bearerTokenOf(req.headers.authorization);
        let viewer: Actor | null;
        if (bearer !== undefined) {
          viewer = bearer === null ? null : await services.apiTokens.actorFor(bearer, now);
          if (!viewer) throw invalidBearerToken();
        } else {
          const session = await services.auth.viewerFor(
            readCookie(req.headers.cookie, config.auth.session.cookieName),
            now,
          );
          if (session.staleCookie) sessionCookie.clear();
          viewer = session.viewer;
        }
        const ctx = createRequestContext({
          requestId: String(req.id),
          now,
          logger: viewer
            ? req.log.child({ accountId: viewer.accountId, apiTokenId: viewer.apiToken?.id })
            : req.log,
          actor: viewer,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          userAgent: requestUserAgent(req),
        });
        return {
          ctx,
          services,
          loaders: createLoaders(services, ctx),
          sessionCookie,
          response: responseHeadersOn(res),
        };
      },
    }),
  );

  app.use(questionFileRoutes({ files: services.questionFiles, auth: services.auth, config, clock }));

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  const handleError: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'Internal server error' : String(error.message) });
  };
  app.use(handleError);

  return {
    httpServer,
    services,
    publicCache,
    async stop() {
      shuttingDown = true;
      // First stop accepting connections (Node also closes the idle kept-alive ones), so a client told
      // below to close its connection finds the port closed rather than a server about to go.
      const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      unanswered.forEach(closeConnectionAfter);
      // Requests still running after the grace period are cut off.
      const deadline = setTimeout(() => httpServer.closeAllConnections(), config.shutdownTimeoutMs);
      await drained;
      clearTimeout(deadline);
      await apollo.stop();
    },
  };
}
