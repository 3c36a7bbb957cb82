// Said at "What is a smaller first step?" when a yes or "not sure" is typed, not a new step.
/** The step kept, said back so the client knows what stays in the plan. */
export const stepKeptAfterANod = (step: string) => `That is OK. We will keep your step as it is: "${step}". You know best what you can do.`;
