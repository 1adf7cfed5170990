/**
 * Making a series of dates in the admin area, the way an organiser does: the series and its template
 * (ticket types, a shared capacity pool), weekly dates by a rule, publishing. Used by the series and
 * the series-with-waiting-list stories.
 */
import type { Page } from 'playwright-core';
import { addTicketType } from './admin';
import { waitForHydration } from './browser';

export interface SeriesTemplate {
  title: string;
  slug: string;
  venue: string;
  /** The local day (YYYY-MM-DD) of the series' own start, which its dates do not use. */
  day: string;
  ticketTypes: { name: string; price: string; capacity: string }[];
  /** A capacity pool shared by every ticket type. */
  pool: { name: string; seats: string };
}

/** Creates the series as a draft (Europe/Berlin, EUR) with its ticket types and pool; returns its id. */
export async function createSeriesInAdmin(
  page: Page,
  siteUrl: string,
  template: SeriesTemplate,
): Promise<string> {
  await page.goto(`${siteUrl}/admin/events/new`);
  await waitForHydration(page);
  await page.getByLabel('Title').fill(template.title);
  await page.getByLabel('Address (slug)').fill(template.slug);
  await page.getByLabel('Venue', { exact: true }).fill(template.venue);
  await page.getByLabel('Time zone').fill('Europe/Berlin');
  await page.getByLabel('Starts (local time)').fill(`${template.day}T18:00`);
  await page.getByLabel('Ends (local time)').fill(`${template.day}T20:00`);
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('This is a series of dates').check();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}\?created=1$/);
  const seriesId = new URL(page.url()).pathname.split('/').pop()!;

  for (const type of template.ticketTypes) await addTicketType(page, type.name, type.price, type.capacity);
  await page.locator('summary', { hasText: 'Add shared capacity' }).click();
  const pool = page.locator('form[action="?/createPool"]');
  await pool.getByLabel('Name').fill(template.pool.name);
  await pool.getByLabel('Seats').fill(template.pool.seats);
  for (const type of template.ticketTypes) await pool.getByLabel(type.name).check();
  await pool.getByRole('button', { name: 'Add pool' }).click();
  await page.waitForLoadState('load');
  return seriesId;
}

export interface WeeklyRule {
  /** Day labels of the form, e.g. ['Sat', 'Sun']. */
  weekdays: string[];
  from: string;
  until: string;
  startTime: string;
  endTime: string;
  exceptOn?: string;
}

/**
 * From the series' admin page: opens its dates page and adds dates by the weekly rule; waits for the
 * page to say `expected` dates were added.
 */
export async function addWeeklyDates(
  page: Page,
  title: string,
  rule: WeeklyRule,
  expected: number,
): Promise<void> {
  await page.getByRole('link', { name: 'Dates of this series' }).click();
  await page.getByRole('heading', { level: 1, name: `Dates of ${title}` }).waitFor();
  const form = page.locator('form[action="?/addRule"]');
  for (const weekday of rule.weekdays) await form.getByLabel(weekday).check();
  await form.getByLabel('From').fill(rule.from);
  await form.getByLabel('Until (inclusive)').fill(rule.until);
  await form.getByLabel('Starts at').fill(rule.startTime);
  await form.getByLabel('Ends at').fill(rule.endTime);
  if (rule.exceptOn) await form.getByLabel('Except on (optional)').fill(rule.exceptOn);
  await form.getByRole('button', { name: 'Add the dates' }).click();
  await page.getByText(`${expected} date${expected === 1 ? '' : 's'} added.`).waitFor();
}

/** Publishes the series (and with it its draft dates) after the confirmation. */
export async function publishSeries(page: Page, siteUrl: string, seriesId: string): Promise<void> {
  await page.goto(`${siteUrl}/admin/events/${seriesId}?confirm=publish`);
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await page.getByTestId('event-status').filter({ hasText: 'PUBLISHED' }).waitFor();
}
