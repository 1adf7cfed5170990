/** Name of the site, in titles and the header. */
export const SITE_NAME = 'Event Tickets';

/** "Title · Event Tickets" for <title>. */
export function pageTitle(title: string): string {
  return `${title} · ${SITE_NAME}`;
}
