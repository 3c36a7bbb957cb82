// What an adviser is told about an action they own in a client's plan: short and factual.
export function adviserItemReminderText(kind: string, clientName: string, item: string, due: string): string {
  return kind === 'adviser-item-overdue'
    ? `Your action for ${clientName} was due ${due}: ${item}. When it is done, open their plan ("plan ${clientName}") and tap Done.`
    : `Your action for ${clientName} is due today: ${item}. When it is done, open their plan ("plan ${clientName}") and tap Done.`;
}
