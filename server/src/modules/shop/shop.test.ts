import { startTestServer, type TestServer } from '../../../test/test-server';

const SHOP_INFO = '{ shopInfo { paymentTestMode } }';

describe('shopInfo', () => {
  let server: TestServer;

  afterEach(() => server?.close());

  it('tells the site that payments run in test mode when the PayPal simulator is in use', async () => {
    server = await startTestServer();
    const response = await server.graphql(SHOP_INFO);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ shopInfo: { paymentTestMode: true } });
    expect(server.payments.simulator).toBeDefined();
  });

  it('reports real payments when PayPal credentials are configured', async () => {
    server = await startTestServer({ env: { PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret' } });
    const response = await server.graphql(SHOP_INFO);
    expect(response.data).toEqual({ shopInfo: { paymentTestMode: false } });
    expect(server.payments.simulator).toBeUndefined();
  });
});
