/** How the outbox names and colours each status. */
export const EMAIL_STATUS_LABELS: Record<string, { label: string; badge: string }> = {
  SENT: { label: 'Sent', badge: 'success' },
  QUEUED: { label: 'Queued', badge: 'info' },
  FAILED: { label: 'Failed', badge: 'danger' },
  PREVIEW: { label: 'Preview (not sent)', badge: 'secondary' },
  HELD: { label: 'Held (recipient over the hourly cap)', badge: 'warning' },
};
