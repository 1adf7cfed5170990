import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { runMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const WebhookLogDocument = graphql(`
  query AdminWebhookLog($input: WebhookDeliveriesInput!) {
    webhookEndpoints {
      id
      url
      enabled
      disabledReason
    }
    webhookDeliveries(input: $input) {
      id
      webhookId
      type
      status
      attemptCount
      nextAttemptAt
      deliveredAt
      createdAt
      requestBody
      attempts {
        attemptedAt
        responseStatus
        durationMs
        responseBody
        error
      }
    }
  }
`);

const ResendDocument = graphql(`
  mutation AdminResendWebhookDelivery($deliveryId: ID!) {
    resendWebhookDelivery(deliveryId: $deliveryId) {
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  requireAdmin((await parent()).me.role);
  const result = await locals.graphql
    .query(
      WebhookLogDocument,
      { input: { endpointId: params.id, first: 50 } },
      { requestPolicy: 'network-only' },
    )
    .toPromise();
  const data = unwrap(result);
  const endpoint = data.webhookEndpoints.find((candidate) => candidate.id === params.id);
  if (!endpoint) error(404, 'No webhook endpoint has this address.');
  return { endpoint, deliveries: data.webhookDeliveries };
};

export const actions: Actions = {
  resend: async ({ locals, request }) => {
    const deliveryId = String((await request.formData()).get('deliveryId') ?? '');
    const outcome = await runMutation(locals.graphql, ResendDocument, { deliveryId });
    const message = outcome.ok
      ? outcome.data.resendWebhookDelivery.errors.map((problem) => problem.message).join(' ')
      : Object.values(outcome.fieldErrors).join(' ');
    if (message) return fail(400, { kind: 'problem' as const, message });
    return { kind: 'notice' as const, message: 'Sent again, with the same webhook-id.' };
  },
};
