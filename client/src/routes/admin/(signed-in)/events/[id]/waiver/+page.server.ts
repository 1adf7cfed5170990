import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const WaiverEditorDocument = graphql(`
  query AdminEventWaiver($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventWaiver(eventId: $eventId) {
      required
      current {
        id
        version
      }
      versions {
        id
        version
        text
        createdAt
        createdByEmail
        isCurrent
        requiredQuestions {
          id
          label
        }
      }
    }
    eventQuestions(eventId: $eventId) {
      id
      label
      scope
      type
      hidden
    }
  }
`);

const SetEventWaiverDocument = graphql(`
  mutation AdminSetEventWaiver($input: SetEventWaiverInput!) {
    setEventWaiver(input: $input) {
      waiver {
        current {
          version
        }
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const DisableEventWaiverDocument = graphql(`
  mutation AdminDisableEventWaiver($eventId: ID!) {
    disableEventWaiver(eventId: $eventId) {
      waiver {
        required
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

/** The API's limit on a waiver's text (SetEventWaiverInput.text). */
const MAX_TEXT = 50_000;

async function loadWaiver(locals: App.Locals, eventId: string) {
  const data = unwrap(
    await locals.graphql
      .query(WaiverEditorDocument, { eventId }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  const event = requireEvent(data.adminEvent);
  // eventWaiver is null only for an unknown event, which requireEvent has ruled out.
  const waiver = data.eventWaiver ?? { required: false, current: null, versions: [] };
  // Hidden questions are no longer asked, so no new version can require them; files are answered at
  // checkout or on the booking page, not on the signing page.
  const questions = data.eventQuestions.filter((question) => !question.hidden && question.type !== 'FILE');
  return { event, waiver, questions };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const confirm = url.searchParams.get('confirm');
  return { ...(await loadWaiver(locals, params.id)), confirmDisable: confirm === 'disable' };
};

/** The same questions, whatever their order. */
function sameQuestions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Windows line ends from a textarea become \n, so an unchanged text compares equal. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export const actions: Actions = {
  /**
   * Saving asks first (it makes a new version attendees sign from now on); the confirmation posts
   * the same text again with `confirmed`.
   */
  save: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const text = normalise(String(form.get('text') ?? ''));
    const requiredQuestionIds = form.getAll('requiredQuestionIds').map(String);
    const failed = (message: string) =>
      fail(400, { kind: 'text' as const, text, requiredQuestionIds, errors: { text: message } });
    if (!text) return failed('Enter the waiver text attendees agree to.');
    if (text.length > MAX_TEXT)
      return failed(`The text can be at most ${MAX_TEXT.toLocaleString('en-GB')} characters.`);
    const { waiver } = await loadWaiver(locals, params.id);
    const current = waiver.versions.find((version) => version.isCurrent);
    if (
      current &&
      normalise(current.text) === text &&
      sameQuestions(
        current.requiredQuestions.map((question) => question.id),
        requiredQuestionIds,
      )
    )
      return failed(
        'This is the current version already: change the text or the questions to save a new one.',
      );
    const nextVersion = (waiver.versions[0]?.version ?? 0) + 1;
    if (form.get('confirmed') !== 'yes')
      return { kind: 'confirmSave' as const, text, requiredQuestionIds, nextVersion };
    const outcome = await runPayloadMutation(
      locals.graphql,
      SetEventWaiverDocument,
      { input: { eventId: params.id, text, requiredQuestionIds } },
      (data) => data.setEventWaiver,
    );
    if (!outcome.ok)
      return fail(400, { kind: 'text' as const, text, requiredQuestionIds, errors: outcome.fieldErrors });
    const version = outcome.payload.waiver?.current?.version ?? nextVersion;
    return {
      kind: 'notice' as const,
      message: `Version ${version} saved: attendees sign it from now on (earlier signatures stay valid).`,
    };
  },

  disable: async ({ locals, params }) => {
    requireAdmin(await actionRole(locals));
    const outcome = await runPayloadMutation(
      locals.graphql,
      DisableEventWaiverDocument,
      { eventId: params.id },
      (data) => data.disableEventWaiver,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return {
      kind: 'notice' as const,
      message: 'The waiver is no longer required: attendees are checked in without it.',
    };
  },
};
