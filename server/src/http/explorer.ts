/**
 * Exploring the API in a browser, online or not (GRAPHQL_EXPLORER):
 * - `sandbox` (development default): GET /graphql is Apollo Sandbox, loaded from Apollo's CDN. When
 *   the CDN cannot be reached (an offline laptop, a closed network), the page moves on to the offline
 *   explorer by itself.
 * - `graphiql`: GET /graphql is the offline explorer.
 * - `off` (production default): no explorer.
 * The offline explorer, /graphql/explorer, is GraphiQL served by the API from its own dependencies
 * (graphiql's and React's browser builds), so it works with no network at all. Both send the browser's
 * cookies: sign in with the `login` mutation there and admin operations work. Both open with a first
 * document that also says how to send an API token instead (`Authorization: Bearer …`).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { Router } from 'express';

export type ExplorerSetting = 'sandbox' | 'graphiql' | 'off';

export const EXPLORER_PATH = '/graphql/explorer';
const ASSETS_PATH = `${EXPLORER_PATH}/assets`;

/**
 * The offline explorer's own page: only its own scripts run; it talks to /graphql only. Also in a
 * <meta> of the page (without frame-ancestors, which a <meta> cannot set), for when it is the landing
 * page at /graphql, whose header policy is Sandbox's.
 */
export const EXPLORER_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL's editor positions itself with style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FIRST_QUERY = `# GraphQL explorer of the event sales API.
# Run with the button or Ctrl-Enter; the book icon
# on the left opens the schema's documentation.
#
# Admin operations: sign in first (the session
# cookie then goes with every request):
# mutation SignIn {
#   login(input: { email: "admin@example.com",
#                  password: "..." }) {
#     errors { message }
#   }
# }
#
# Or, as a program would, use an API token (made
# by an ADMIN under Admin > API tokens): add the
# request header
#   Authorization: Bearer evt_...
# (Headers tab below here; in Apollo Sandbox the
# Headers tab of the operation). A token needs no
# sign-in and no CSRF header; a wrong, revoked or
# expired one is refused with HTTP 401.

query UpcomingEvents {
  events(first: 5) {
    nodes {
      title
      slug
      startsAt
      timeZone
    }
  }
}
`;

const EXPLORER_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${EXPLORER_PAGE_POLICY.replace("; frame-ancestors 'none'", '')}" />
    <title>GraphQL explorer · Event sales API</title>
    <link rel="stylesheet" href="${ASSETS_PATH}/graphiql.min.css" />
    <link rel="stylesheet" href="${ASSETS_PATH}/explorer.css" />
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL explorer…</div>
    <script src="${ASSETS_PATH}/react.production.min.js"></script>
    <script src="${ASSETS_PATH}/react-dom.production.min.js"></script>
    <script src="${ASSETS_PATH}/graphiql.min.js"></script>
    <script src="${ASSETS_PATH}/explorer.js"></script>
  </body>
</html>
`;

const EXPLORER_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

const EXPLORER_SCRIPT = `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(FIRST_QUERY)},
      defaultEditorToolsVisibility: true,
    }),
  );
})();
`;

/** Runs after Apollo's CDN script on the Sandbox page: if it did not load, go to the offline explorer. */
const SANDBOX_FALLBACK_SCRIPT = `'use strict';
if (typeof window.EmbeddedSandbox !== 'function') {
  window.location.replace(${JSON.stringify(EXPLORER_PATH)});
}
`;

/**
 * The browser builds the page asks for, by name: [package, file in it]. The packages (graphiql, react,
 * react-dom) are dev dependencies: `npm run build` copies these files into dist
 * (scripts/copy-explorer-vendor.mjs), so the server image ships four files instead of graphiql's
 * ~100 MB of editor dependencies.
 */
const VENDOR_FILES: Record<string, [string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

/** dist/explorer-vendor, beside dist/src (absent when running from the sources, as the tests do). */
export const BUILT_VENDOR_DIR = path.resolve(__dirname, '../../explorer-vendor');

/** Where each browser build is in the installed dev dependencies (what the build copies). */
export function vendorSources(): Record<string, string> {
  const require = createRequire(__filename);
  return Object.fromEntries(
    Object.entries(VENDOR_FILES).map(([name, [packageName, file]]) => [
      name,
      path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file),
    ]),
  );
}

/** The browser builds: the build's copies, else straight from the dev dependencies. */
function vendorFiles(): Record<string, string> {
  if (!fs.existsSync(BUILT_VENDOR_DIR)) return vendorSources();
  return Object.fromEntries(
    Object.keys(VENDOR_FILES).map((name) => [name, path.join(BUILT_VENDOR_DIR, name)]),
  );
}

/** The offline explorer's page and assets, mounted before the GraphQL endpoint. */
export function explorerRoutes(setting: ExplorerSetting): Router {
  const router = Router();
  if (setting === 'off') return router;
  const vendor = vendorFiles();
  const ownAssets: Record<string, { type: string; body: string }> = {
    'explorer.js': { type: 'text/javascript', body: EXPLORER_SCRIPT },
    'explorer.css': { type: 'text/css', body: EXPLORER_CSS },
    'sandbox-fallback.js': { type: 'text/javascript', body: SANDBOX_FALLBACK_SCRIPT },
  };

  router.get(EXPLORER_PATH, (_req, res) => {
    res.set('content-security-policy', EXPLORER_PAGE_POLICY).type('html').send(EXPLORER_HTML);
  });
  router.get(`${ASSETS_PATH}/:name`, (req, res, next) => {
    const name = req.params.name;
    const own = ownAssets[name];
    if (own) {
      res.set('cache-control', 'no-cache').type(own.type).send(own.body);
      return;
    }
    const file = vendor[name];
    if (!file) {
      next();
      return;
    }
    // Versioned by the lock file, not by name: revalidated, cheap with the ETag express sets.
    res.sendFile(file, { headers: { 'cache-control': 'no-cache' } });
  });
  return router;
}

/** Apollo's landing page plugin for the setting: Sandbox with its offline fallback, GraphiQL, or none. */
export function explorerLandingPage(setting: ExplorerSetting): ApolloServerPlugin {
  if (setting === 'off') return ApolloServerPluginLandingPageDisabled();
  if (setting === 'graphiql') {
    return {
      async serverWillStart() {
        return { renderLandingPage: async () => ({ html: EXPLORER_HTML }) };
      },
    };
  }
  const sandbox = ApolloServerPluginLandingPageLocalDefault({
    embed: true,
    includeCookies: true,
    document: FIRST_QUERY,
  });
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const renderSandbox = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await renderSandbox();
          const html = typeof page.html === 'string' ? page.html : await page.html();
          // The page's policy allows 'self' scripts; placed last, this one runs after the CDN's.
          const fallback = `<script src="${ASSETS_PATH}/sandbox-fallback.js"></script>`;
          return {
            html: html.includes('</body>')
              ? html.replace('</body>', `${fallback}\n</body>`)
              : `${html}\n${fallback}`,
          };
        },
      };
    },
  };
}
