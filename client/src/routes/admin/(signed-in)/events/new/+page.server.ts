import { fail, redirect } from '@sveltejs/kit';
import { EMPTY_EVENT_FORM, eventInputName, parseEventForm } from '$lib/admin/event-form';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const CreateEventDocument = graphql(`
  mutation AdminCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const CurrenciesDocument = graphql(`
  query AdminEventCurrencies {
    currencies {
      code
      name
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent }) => {
  requireAdmin((await parent()).me.role);
  const { currencies } = unwrap(await locals.graphql.query(CurrenciesDocument, {}).toPromise());
  return { values: EMPTY_EVENT_FORM, currencies };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const formData = await request.formData();
    const isSeries = formData.get('isSeries') === 'on';
    const { values, errors, input } = parseEventForm(formData);
    if (!input) return fail(400, { values, errors, isSeries });
    const outcome = await runMutation(locals.graphql, CreateEventDocument, {
      input: { ...input, visibility: values.visibility, isSeries },
    });
    const fieldErrors: FieldErrors = {};
    if (!outcome.ok) {
      for (const [field, message] of Object.entries(outcome.fieldErrors))
        addFieldError(fieldErrors, eventInputName(field), message);
      return fail(400, { values, errors: fieldErrors, isSeries });
    }
    const { event, errors: problems } = outcome.data.createEvent;
    for (const problem of problems)
      addFieldError(fieldErrors, eventInputName(problem.field ?? 'form'), problem.message);
    if (!event) return fail(400, { values, errors: fieldErrors, isSeries });
    redirect(303, `/admin/events/${event.id}?created=1`);
  },
};
