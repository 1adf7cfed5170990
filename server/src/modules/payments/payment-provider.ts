/**
 * Starts the payment side of the app from the configuration: real PayPal with credentials, else test
 * mode, where the built-in PayPal simulator runs on loopback and the gateway talks to it through the
 * same SDK. Production never runs in test mode (the config refuses it, and so does this).
 */
import { ConfigError, type Config } from '../../config';
import type { Logger } from '../../logger';
import { PayPalSimulator, SIMULATOR_WEBHOOK_ID } from './paypal-simulator/paypal-simulator';
import { PayPalGateway } from './paypal.gateway';
import { PAYPAL_CERT_HOSTS } from './paypal-webhook-precheck';

const PAYPAL_CERT_ORIGINS = PAYPAL_CERT_HOSTS.map((host) => `https://${host}`);

/** What the rest of the app uses (`context.services.payments`). */
export interface PaymentServices {
  gateway: PayPalGateway;
  /** True when the simulator stands in for PayPal: no money moves; the site says so. */
  testMode: boolean;
  /** Origins webhook signing certificates may come from (PayPal's; in test mode also the simulator). */
  webhookCertOrigins: readonly string[];
}

export interface PaymentProvider extends PaymentServices {
  /** The running simulator in test mode (tests steer it); undefined with real PayPal. */
  simulator?: PayPalSimulator;
  /** Closes connections and stops the simulator; call after the app has stopped. */
  stop(): Promise<void>;
}

export interface PaymentProviderOptions {
  /** Longest wait for one PayPal call (default: the gateway's 10 s). */
  timeoutMs?: number;
}

export async function startPaymentProvider(
  config: Config,
  logger: Logger,
  options: PaymentProviderOptions = {},
): Promise<PaymentProvider> {
  const payments = config.payments;
  if (!payments.testMode) {
    const gateway = new PayPalGateway({
      ...payments.paypal,
      webhookId: payments.webhookId,
      timeoutMs: options.timeoutMs,
    });
    if (!payments.webhookId)
      logger.warn('PAYPAL_WEBHOOK_ID is not set: PayPal webhook events cannot be verified');
    logger.info({ environment: payments.paypal.environment }, 'payments go through PayPal');
    if (config.isProduction && payments.paypal.environment === 'sandbox') {
      // Only with PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION=true (config.ts refuses it otherwise): staging.
      logger.warn(
        'PayPal SANDBOX in production (PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION=true): no real money moves; for staging only',
      );
    }
    return {
      gateway,
      testMode: false,
      webhookCertOrigins: PAYPAL_CERT_ORIGINS,
      async stop() {
        gateway.close();
      },
    };
  }

  if (config.isProduction) {
    throw new ConfigError(['PAYPAL_CLIENT_ID: the PayPal simulator never runs in production']);
  }
  const simulator = await new PayPalSimulator({
    port: payments.simulator.port,
    webhookId: payments.webhookId ?? SIMULATOR_WEBHOOK_ID,
    logger: logger.child({ component: 'paypal-simulator' }),
  }).start();
  const gateway = new PayPalGateway({
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    environment: 'sandbox',
    webhookId: simulator.webhookId,
    loopbackPort: simulator.port,
    timeoutMs: options.timeoutMs,
  });
  logger.warn(
    { simulator: simulator.url },
    'payments in TEST MODE: built-in PayPal simulator, no money moves',
  );
  return {
    gateway,
    simulator,
    testMode: true,
    webhookCertOrigins: [...PAYPAL_CERT_ORIGINS, new URL(simulator.url).origin],
    async stop() {
      gateway.close();
      await simulator.stop();
    },
  };
}
