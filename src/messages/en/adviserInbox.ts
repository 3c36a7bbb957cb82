// The local adviser inbox page (local mode only), where escalations can be seen without Teams.
export const inboxWords = {
  title: 'Adviser inbox',
  intro: 'Escalations not yet closed. A crisis where danger may be now comes first, then other crises, then concerns, then the rest, oldest first within each. Local mode only.',
  nothingOpen: 'No open escalations.',
  acknowledge: 'Acknowledge',
  resolve: 'Resolve',
};

export const inboxResponse = (kind: 'acknowledged' | 'will-contact-today' | 'resolved', by: string): string =>
  kind === 'will-contact-today' ? `${by} will contact them today` : `Acknowledged by ${by}`;

export const inboxRaised = (date: string, acknowledged: boolean): string => `Raised ${date}, ${acknowledged ? 'acknowledged' : 'not acknowledged yet'}.`;
