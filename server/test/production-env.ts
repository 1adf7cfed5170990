/**
 * What production insists on (config.ts refuses to start without it), for tests that run the app in
 * production mode. Values are placeholders that no test sends anywhere.
 */
export const productionTestEnv = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://tickets.example.org',
  PAYPAL_CLIENT_ID: 'production-test-client-id',
  PAYPAL_CLIENT_SECRET: 'production-test-client-secret',
  PAYPAL_WEBHOOK_ID: 'production-test-webhook-id',
  // Never contacted unless a test delivers mail.
  SMTP_URL: 'smtp://127.0.0.1:9',
};
