/**
 * The site's guard against cross-site form posts, in place of SvelteKit's own (`csrf` in
 * svelte.config.js, switched off) so that one route can take them: a mail client's one-click
 * unsubscribe (RFC 8058) is a cross-site POST to the List-Unsubscribe URL, and its token is all the
 * authority it needs. Everything else keeps SvelteKit's rule: a POST, PUT, PATCH or DELETE with a
 * form's content type is refused unless its Origin header is this site's.
 */

/** The content types an HTML form can send without CORS, and SvelteKit's own binary form data. */
const FORM_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
  'application/x-sveltekit-formdata',
]);

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one-click unsubscribe route: /unsubscribe/<token>, nothing below it. */
const CROSS_SITE_FORM_ROUTE = /^\/unsubscribe\/[^/]+\/?$/;

function isFormContentType(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
  return FORM_CONTENT_TYPES.has(type);
}

/** True when `request` is a form post from another site (or with no Origin) to a route that refuses it. */
export function isForbiddenCrossSiteForm(request: Request, url: URL): boolean {
  return (
    UNSAFE_METHODS.has(request.method) &&
    isFormContentType(request) &&
    request.headers.get('origin') !== url.origin &&
    !CROSS_SITE_FORM_ROUTE.test(url.pathname)
  );
}

/** SvelteKit's answer to such a request: 403, as JSON when JSON is asked for. */
export function crossSiteFormRefusal(request: Request): Response {
  const message = `Cross-site ${request.method} form submissions are forbidden`;
  return request.headers.get('accept') === 'application/json'
    ? Response.json({ message }, { status: 403 })
    : new Response(message, { status: 403, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
}
