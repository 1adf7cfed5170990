/** GraphQL documents and helpers for checkout question tests. */
import type { GraphQLClient } from './test-server';

export const QUESTION_FIELDS = /* GraphQL */ `
  fragment QuestionFields on Question {
    id
    label
    helpText
    type
    scope
    required
    sortOrder
    minNumber
    maxNumber
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
    showAtDoor
    hidden
  }
`;

export const CREATE_QUESTION = /* GraphQL */ `
  mutation ($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      question {
        ...QuestionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
  ${QUESTION_FIELDS}
`;

export const UPDATE_QUESTION = /* GraphQL */ `
  mutation ($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      question {
        ...QuestionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
  ${QUESTION_FIELDS}
`;

export const ANSWER_FIELDS = /* GraphQL */ `
  fragment AnswerFields on QuestionAnswer {
    questionId
    label
    type
    textValue
    numberValue
    dateValue
    booleanValue
    choices {
      id
      label
    }
    display
  }
`;

export interface QuestionData {
  id: string;
  label: string;
  type: string;
  scope: string;
  required: boolean;
  sortOrder: number;
  ticketTypeIds: string[];
  choices: { id: string; label: string; hidden: boolean }[];
  dependsOn: { questionId: string; choiceId: string | null; booleanValue: boolean | null } | null;
  showAtDoor: boolean;
  hidden: boolean;
}

export interface AnswerData {
  questionId: string;
  label: string;
  type: string;
  textValue: string | null;
  numberValue: number | null;
  dateValue: string | null;
  booleanValue: boolean | null;
  choices: { id: string; label: string }[];
  display: string;
}

export interface QuestionPayloadData {
  question: QuestionData | null;
  errors: { code: string; field: string | null; message: string }[];
}

/** Creates a question as `headers`' admin; fails the test on refusal. */
export async function createQuestion(
  server: GraphQLClient,
  headers: Record<string, string>,
  input: Record<string, unknown>,
): Promise<QuestionData> {
  const response = await server.graphql<{ createQuestion: QuestionPayloadData }>(
    CREATE_QUESTION,
    { input },
    headers,
  );
  if (response.errors || !response.data!.createQuestion.question) {
    throw new Error(
      `createQuestion failed: ${JSON.stringify(response.errors ?? response.data!.createQuestion.errors)}`,
    );
  }
  return response.data!.createQuestion.question;
}

/**
 * The example: a required per-attendee "T-shirt size" (M, L) for one ticket type, and a
 * required "Which fit?" asked only when L is picked.
 */
export async function createSizeQuestions(
  server: GraphQLClient,
  headers: Record<string, string>,
  eventId: string,
  ticketTypeId: string,
): Promise<{ size: QuestionData; fit: QuestionData }> {
  const size = await createQuestion(server, headers, {
    eventId,
    type: 'ONE_CHOICE',
    scope: 'ATTENDEE',
    label: 'T-shirt size',
    required: true,
    ticketTypeIds: [ticketTypeId],
    choices: [{ label: 'M' }, { label: 'L' }],
  });
  const fit = await createQuestion(server, headers, {
    eventId,
    type: 'TEXT',
    scope: 'ATTENDEE',
    label: 'Which fit?',
    required: true,
    dependsOn: { questionId: size.id, choiceId: size.choices[1].id },
  });
  return { size, fit };
}
