/**
 * An event's checkout questions, ADMIN only: the list in order with moving up and down, hiding and
 * showing, deleting (unanswered ones); a form to add a question; and `?edit=<id>` opens one to change
 * its wording, ticket types, dependency and choices (renamed by id, so answers keep them).
 */
import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { FileKind, QuestionScope, QuestionType } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { movedTicketTypeOrder } from '$lib/admin/event-changes';
import { zonedLocalToInstant } from '$lib/admin/zoned-time';
import { questionFields, questionInputName, readQuestionForm } from '$lib/admin/question-form';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const AdminQuestionsDocument = graphql(`
  query AdminEventQuestions($eventId: ID!) {
    adminEvent(id: $eventId) {
      id
      title
      timeZone
      startsAt
      answersEditableUntil
      ticketTypes {
        id
        name
      }
    }
    eventQuestions(eventId: $eventId) {
      id
      label
      helpText
      type
      scope
      required
      showAtDoor
      hidden
      minNumber
      maxNumber
      fileKinds
      maxFileBytes
      ticketTypeIds
      choices {
        id
        label
        hidden
      }
      dependsOn {
        questionId
        choiceId
        booleanValue
      }
    }
  }
`);

const CreateQuestionDocument = graphql(`
  mutation AdminCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      question {
        id
        label
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const UpdateQuestionDocument = graphql(`
  mutation AdminUpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      question {
        id
        label
        hidden
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ReorderQuestionsDocument = graphql(`
  mutation AdminReorderQuestions($input: ReorderQuestionsInput!) {
    reorderQuestions(input: $input) {
      questions {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const DeleteQuestionDocument = graphql(`
  mutation AdminDeleteQuestion($id: ID!) {
    deleteQuestion(id: $id) {
      deletedId
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const SetAnswersEditableUntilDocument = graphql(`
  mutation AdminSetAnswersEditableUntil($input: SetAnswersEditableUntilInput!) {
    setAnswersEditableUntil(input: $input) {
      answersEditableUntil
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

async function loadQuestions(locals: App.Locals, eventId: string) {
  const data = unwrap(
    await locals.graphql
      .query(AdminQuestionsDocument, { eventId }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!data.adminEvent) error(404, 'There is no such event.');
  return { event: data.adminEvent, questions: data.eventQuestions };
}

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireAdmin((await parent()).me.role);
  return { ...(await loadQuestions(locals, params.id)), editId: url.searchParams.get('edit') };
};

export const actions: Actions = {
  create: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const values = readQuestionForm(await request.formData());
    const read = questionFields(values);
    if (!read.ok) return fail(400, { creating: true, values, errors: read.errors });
    const outcome = await runPayloadMutation(
      locals.graphql,
      CreateQuestionDocument,
      {
        input: {
          ...read.fields,
          fileKinds: read.fields.fileKinds as FileKind[],
          eventId: params.id,
          type: values.type as QuestionType,
          scope: values.scope as QuestionScope,
        },
      },
      (data) => data.createQuestion,
      questionInputName,
    );
    if (!outcome.ok) return fail(400, { creating: true, values, errors: outcome.fieldErrors });
    return { notice: `Question “${outcome.payload.question?.label}” added.` };
  },

  update: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const editId = String(form.get('id') ?? '');
    const values = readQuestionForm(form);
    const read = questionFields(values);
    if (!read.ok) return fail(400, { editId, values, errors: read.errors });
    const { choices, ...fields } = read.fields;
    const outcome = await runPayloadMutation(
      locals.graphql,
      UpdateQuestionDocument,
      // Choices are sent only for choice questions: for others the list stays empty as it is.
      {
        input: {
          ...fields,
          fileKinds: fields.fileKinds as FileKind[],
          id: editId,
          choices: choices.length > 0 ? choices : null,
        },
      },
      (data) => data.updateQuestion,
      questionInputName,
    );
    if (!outcome.ok) return fail(400, { editId, values, errors: outcome.fieldErrors });
    return { notice: `Question “${outcome.payload.question?.label}” saved.` };
  },

  move: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const { questions } = await loadQuestions(locals, params.id);
    const order = movedTicketTypeOrder(
      questions.map((question) => question.id),
      String(form.get('id') ?? ''),
      form.get('direction') === 'up' ? 'up' : 'down',
    );
    if (!order) return fail(400, { problem: 'That question cannot move further.' });
    const outcome = await runPayloadMutation(
      locals.graphql,
      ReorderQuestionsDocument,
      { input: { eventId: params.id, questionIds: order } },
      (data) => data.reorderQuestions,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    return { notice: 'Order saved.' };
  },

  hide: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const hidden = form.get('hidden') === 'true';
    const outcome = await runPayloadMutation(
      locals.graphql,
      UpdateQuestionDocument,
      { input: { id: String(form.get('id') ?? ''), hidden } },
      (data) => data.updateQuestion,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    const label = outcome.payload.question?.label ?? 'The question';
    return {
      notice: hidden
        ? `“${label}” is hidden: the checkout no longer asks it; its answers are kept.`
        : `“${label}” is asked again.`,
    };
  },

  /** Until when buyers may change their answers from the booking link; empty: until the start. */
  cutoff: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const typed = String((await request.formData()).get('answersEditableUntil') ?? '').trim();
    const { event } = await loadQuestions(locals, params.id);
    const until = typed ? zonedLocalToInstant(typed, event.timeZone) : null;
    if (typed && !until) return fail(400, { cutoffError: 'Enter a date and time.', cutoffValue: typed });
    const outcome = await runPayloadMutation(
      locals.graphql,
      SetAnswersEditableUntilDocument,
      { input: { eventId: params.id, until } },
      (data) => data.setAnswersEditableUntil,
    );
    if (!outcome.ok) return fail(400, { cutoffError: outcome.message, cutoffValue: typed });
    return {
      notice: until
        ? 'Cut-off for changing answers saved.'
        : 'Buyers may change answers until the event starts.',
    };
  },

  delete: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const outcome = await runPayloadMutation(
      locals.graphql,
      DeleteQuestionDocument,
      { id: String(form.get('id') ?? '') },
      (data) => data.deleteQuestion,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    return { notice: 'Question deleted.' };
  },
};
