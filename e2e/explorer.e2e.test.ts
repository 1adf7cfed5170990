/**
 * Exploring the API without the internet: this machine cannot reach Apollo's CDN, as an offline laptop
 * cannot, so GET /graphql (Apollo Sandbox) must move on to the offline explorer by itself, and that
 * explorer (GraphiQL from the API's own dependencies) must run a query, under its CSP.
 */
import type { Browser } from 'playwright-core';
import { createEvent, createTicketType } from '../server/test/factories';
import { startTestServer, type TestServer } from '../server/test/test-server';
import { closePage, launchBrowser, newPage, saveScreenshots } from './support/browser';

let api: TestServer;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const event = await createEvent(api.dataSource, { slug: 'offline-jazz', title: 'Offline Jazz' });
  await createTicketType(api.dataSource, event, { priceMinor: 1500 });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('offline, the API URL opens a working GraphQL explorer', async () => {
  const page = await newPage(browser);
  try {
    // Apollo's CDN is unreachable here, as for an offline browser: block it explicitly all the same.
    await page.route(/apollographql\.com|googleapis\.com|gstatic\.com/, (route) =>
      route.abort('internetdisconnected'),
    );
    await page.goto(`${api.url}/graphql`);
    await page.waitForURL(`${api.url}/graphql/explorer`, { timeout: 15_000 });

    const run = page.getByRole('button', { name: /execute query|run/i }).first();
    await run.waitFor({ timeout: 15_000 });
    await run.click();
    // The default query lists upcoming events; the answer pane shows this one.
    await page.getByText('offline-jazz').first().waitFor({ timeout: 15_000 });
    // The first document says how to send an API token.
    await page.getByText('Authorization: Bearer evt_...').first().waitFor({ timeout: 5_000 });
    await saveScreenshots(page, 'explorer-offline');
  } finally {
    await closePage(page);
  }
});

test('the offline explorer works as the landing page too (GRAPHQL_EXPLORER=graphiql), and is off in production', async () => {
  const graphiql = await startTestServer({ env: { GRAPHQL_EXPLORER: 'graphiql' } });
  try {
    const landing = await fetch(`${graphiql.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).toContain('/graphql/explorer/assets/graphiql.min.js');
  } finally {
    await graphiql.close();
  }
  const off = await startTestServer({ env: { GRAPHQL_EXPLORER: 'off' } });
  try {
    // Apollo answers it, as any GET under /graphql without a query.
    const explorer = await fetch(`${off.url}/graphql/explorer`);
    expect(explorer.status).toBe(400);
    expect(await explorer.text()).not.toContain('graphiql');
    const landing = await fetch(`${off.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('graphiql');
  } finally {
    await off.close();
  }
});
