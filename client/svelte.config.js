import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    // SvelteKit's check of cross-site form posts is off ('*' is the current way to say so; checkOrigin
    // is deprecated): hooks.server.ts does the same check itself (lib/server/form-origin.ts), except for
    // the one-click unsubscribe route, which mail clients post to from elsewhere (RFC 8058).
    csrf: { trustedOrigins: ['*'] },
    // Content-Security-Policy of every page. Hashes, not nonces: public pages are cached by Cloudflare
    // for a minute (cache-control.ts), and a nonce served from a shared cache is the same for everyone.
    // form-action is added per response by hooks.server.ts (security-headers.ts): the PayPal simulator's
    // origin is known only at run time.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Style attributes cannot be hashed where their values vary (CapacityBar's widths, SvelteKit's
        // own route announcer, the e-mail preview's iframe, whose srcdoc inherits this policy and is
        // full of inline styles): styles stay inline-capable, scripts do not.
        'style-src': ['self', 'unsafe-inline'],
        // data: for Bootstrap's inline SVG icons (form controls); ticket QR codes are inline <svg>.
        // https: for events' pictures, which organisers host where they like (the API takes https only).
        'img-src': ['self', 'data:', 'https:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        // The check-in camera plays a MediaStream (srcObject), which media-src does not govern.
        'media-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};
