// Two clients in a caseload who gave the same name ("Sam" and "Sam") are told apart by their
// Teams name wherever a list shows them (round seven: "reviews this week" and "who hasnt been in
// touch" showed two lines of "Sam"). Pure: no I/O.

/** Another client in the caseload gave this client's name, ignoring case and spaces at the ends. */
export function sharesName(entry: { client: { displayName: string | null } }, caseload: readonly { client: { displayName: string | null } }[]): boolean {
  const given = (each: { client: { displayName: string | null } }): string => (each.client.displayName ?? '').trim().toLowerCase();
  return given(entry) !== '' && caseload.filter((other) => given(other) === given(entry)).length > 1;
}
