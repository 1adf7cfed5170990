/**
 * The dates a rule makes ("weekly on Tuesday and Saturday from 1 March until 30 April, 19:30-22:00,
 * not on 1 April"), computed on the series' wall clock so a daylight-saving change keeps 19:30 at
 * 19:30. Pure: the service checks the input with it and stores what it returns.
 */
import type { FieldProblem } from '../../common/domain-error';
import { zonedToInstant } from '../../common/zoned-time';

/** At most this many dates per call (addEventDatesByRule). */
export const MAX_DATES_PER_RULE = 200;

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

export interface DateRule {
  weekdays: WeekdayName[];
  fromDate: string;
  untilDate: string;
  startTime: string;
  endTime: string;
  exceptDates: string[];
}

/** One date a rule makes: its local day and time, and its instants. */
export interface RuleDate {
  localDate: string;
  localTime: string;
  startsAt: Date;
  endsAt: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MS = 24 * 3600_000;

export function isLocalDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const isLocalTime = (value: string): boolean => TIME.test(value);

/** Every problem with a rule, by field; empty when it is fine. */
export function ruleProblems(rule: DateRule): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rule.weekdays.length === 0) problems.push({ field: 'weekdays', message: 'pick at least one weekday' });
  const from = isLocalDate(rule.fromDate);
  const until = isLocalDate(rule.untilDate);
  if (!from) problems.push({ field: 'fromDate', message: 'must be a date like 2030-03-01' });
  if (!until) problems.push({ field: 'untilDate', message: 'must be a date like 2030-04-30' });
  if (from && until && rule.untilDate < rule.fromDate) {
    problems.push({ field: 'untilDate', message: 'must not be before fromDate' });
  }
  if (!isLocalTime(rule.startTime))
    problems.push({ field: 'startTime', message: 'must be a time like 19:30' });
  if (!isLocalTime(rule.endTime)) problems.push({ field: 'endTime', message: 'must be a time like 22:00' });
  if (rule.startTime === rule.endTime) {
    problems.push({ field: 'endTime', message: 'must differ from startTime' });
  }
  rule.exceptDates.forEach((date, index) => {
    if (!isLocalDate(date))
      problems.push({ field: `exceptDates.${index}`, message: 'must be a date like 2030-04-01' });
  });
  if (problems.length === 0) {
    const days = localDays(rule).length;
    if (days > MAX_DATES_PER_RULE) {
      problems.push({
        field: 'untilDate',
        message: `makes ${days} dates; at most ${MAX_DATES_PER_RULE} can be added at once`,
      });
    }
    if (days === 0)
      problems.push({ field: 'weekdays', message: 'no day between fromDate and untilDate matches' });
  }
  return problems;
}

/** The local days the rule picks, in order. */
function localDays(rule: DateRule): string[] {
  const wanted = new Set(rule.weekdays.map((day) => (WEEKDAYS.indexOf(day) + 1) % 7)); // JS: Sunday 0
  const except = new Set(rule.exceptDates);
  const days: string[] = [];
  const until = Date.parse(`${rule.untilDate}T00:00:00Z`);
  for (let day = Date.parse(`${rule.fromDate}T00:00:00Z`); day <= until; day += DAY_MS) {
    const date = new Date(day);
    const local = date.toISOString().slice(0, 10);
    if (wanted.has(date.getUTCDay()) && !except.has(local)) days.push(local);
  }
  return days;
}

/** The dates of a valid rule (see ruleProblems); an end earlier than the start is on the next day. */
export function ruleDates(rule: DateRule, timeZone: string): RuleDate[] {
  return localDays(rule).map((localDate) => {
    const endDay =
      rule.endTime < rule.startTime
        ? new Date(Date.parse(`${localDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
        : localDate;
    return {
      localDate,
      localTime: rule.startTime,
      startsAt: zonedToInstant(localDate, rule.startTime, timeZone),
      endsAt: zonedToInstant(endDay, rule.endTime, timeZone),
    };
  });
}
