import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { WEBHOOK_EVENT_TYPES, type WebhookEventTypeValue } from '$lib/admin/webhook-events';
import { requireAdmin } from '$lib/server/admin';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const WebhookEndpointsDocument = graphql(`
  query AdminWebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      eventTypes
      enabled
      disabledReason
      lastSuccessAt
      createdAt
    }
  }
`);

const CreateWebhookEndpointDocument = graphql(`
  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
      }
      secret
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const UpdateWebhookEndpointDocument = graphql(`
  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
        enabled
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const DeleteWebhookEndpointDocument = graphql(`
  mutation AdminDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      endpoint {
        id
        url
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent }) => {
  requireAdmin((await parent()).me.role);
  const result = await locals.graphql
    .query(WebhookEndpointsDocument, {}, { requestPolicy: 'network-only' })
    .toPromise();
  return { endpoints: unwrap(result).webhookEndpoints };
};

const problemOf = (
  outcome: { ok: true; errors: readonly { message: string }[] } | { ok: false; fieldErrors: FieldErrors },
) =>
  outcome.ok
    ? outcome.errors.map((problem) => problem.message).join(' ')
    : Object.values(outcome.fieldErrors).join(' ');

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const form = await request.formData();
    const chosen = form.getAll('eventTypes').map(String);
    const eventTypes = WEBHOOK_EVENT_TYPES.map((type) => type.value).filter((value) =>
      chosen.includes(value),
    );
    const values = {
      url: String(form.get('url') ?? '').trim(),
      description: String(form.get('description') ?? '').trim(),
      eventTypes: eventTypes as WebhookEventTypeValue[],
    };
    const errors: FieldErrors = {};
    if (!values.url) errors.url = 'Enter the URL deliveries go to.';
    if (values.eventTypes.length === 0) errors.eventTypes = 'Choose at least one kind of event.';
    if (Object.keys(errors).length) return fail(400, { kind: 'create' as const, values, errors });
    const outcome = await runMutation(locals.graphql, CreateWebhookEndpointDocument, { input: values });
    if (!outcome.ok) return fail(400, { kind: 'create' as const, values, errors: outcome.fieldErrors });
    const created = outcome.data.createWebhookEndpoint;
    for (const problem of created.errors) addFieldError(errors, problem.field, problem.message);
    if (Object.keys(errors).length || !created.secret) {
      return fail(400, { kind: 'create' as const, values, errors });
    }
    return { kind: 'created' as const, url: values.url, secret: created.secret };
  },
  enable: async ({ locals, request }) => {
    const form = await request.formData();
    const enabled = form.get('enabled') === 'true';
    const outcome = await runMutation(locals.graphql, UpdateWebhookEndpointDocument, {
      input: { id: String(form.get('id') ?? ''), enabled },
    });
    const message = problemOf(
      outcome.ok ? { ok: true, errors: outcome.data.updateWebhookEndpoint.errors } : outcome,
    );
    if (message) return fail(400, { kind: 'problem' as const, message });
    return {
      kind: 'notice' as const,
      message: enabled
        ? 'Enabled: deliveries that waited go out now.'
        : 'Disabled: it receives nothing new until you enable it.',
    };
  },
  delete: async ({ locals, request }) => {
    const id = String((await request.formData()).get('id') ?? '');
    const outcome = await runMutation(locals.graphql, DeleteWebhookEndpointDocument, { id });
    const message = problemOf(
      outcome.ok ? { ok: true, errors: outcome.data.deleteWebhookEndpoint.errors } : outcome,
    );
    if (message) return fail(400, { kind: 'problem' as const, message });
    return { kind: 'notice' as const, message: 'The endpoint and its delivery log are deleted.' };
  },
};
