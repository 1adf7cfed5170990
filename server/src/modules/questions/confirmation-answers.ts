/**
 * The answers a booking confirmation lists: the buyer's ("You"), then each issued ticket's
 * ("Ticket 2: Ada"), in the order of the event's questions. Read in the confirming transaction.
 */
import type { EntityManager } from 'typeorm';
import type { EmailAnswerView } from '../email/email.views';
import { readAnswers } from './question-views';

export async function confirmationAnswers(
  manager: EntityManager,
  bookingId: string,
  tickets: readonly { id: string; attendeeName: string }[],
): Promise<EmailAnswerView[]> {
  const answers = await readAnswers(manager, { bookingIds: [bookingId] });
  const view = (who: string) => (answer: { label: string; display: string }) => ({
    who,
    label: answer.label,
    display: answer.display,
  });
  return [
    ...answers.filter((answer) => answer.ticketId === null).map(view('You')),
    ...tickets.flatMap((ticket, index) =>
      answers
        .filter((answer) => answer.ticketId === ticket.id)
        .map(view(`Ticket ${index + 1}: ${ticket.attendeeName}`)),
    ),
  ];
}
