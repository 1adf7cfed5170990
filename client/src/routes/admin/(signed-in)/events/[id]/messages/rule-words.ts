/** How the messages pages describe a reminder rule in words. */

/** "1 day and 2 hours before the start". */
export function offsetWords(rule: {
  daysBefore: number;
  hoursBefore: number;
  minutesBefore: number;
}): string {
  const parts = [
    rule.daysBefore ? `${rule.daysBefore} day${rule.daysBefore === 1 ? '' : 's'}` : '',
    rule.hoursBefore ? `${rule.hoursBefore} hour${rule.hoursBefore === 1 ? '' : 's'}` : '',
    rule.minutesBefore ? `${rule.minutesBefore} minutes` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} before the start`;
}

/** " with VIP tickets" for a rule or message limited to ticket types; nothing for every type. */
export function ticketTypeWords(ids: string[], ticketTypes: { id: string; name: string }[]): string {
  const names = ticketTypes.filter((type) => ids.includes(type.id)).map((type) => type.name);
  return names.length > 0 ? ` with ${names.join(' or ')} tickets` : '';
}
