// Each HTTP request's id (src/metricsRoutes.ts gives it), kept with the request and with the
// activity it carried, so the turn that activity starts can write it on its log lines.
const byRequest = new WeakMap<object, string>();
const byActivity = new WeakMap<object, string>();

export function rememberRequestId(request: object, requestId: string): void {
  byRequest.set(request, requestId);
}

export function requestIdOf(request: object): string | undefined {
  return byRequest.get(request);
}

/** The activity is the very object the adapter's turn will hold (CloudAdapter does not copy it). */
export function linkActivityToRequest(activity: unknown, request: object): void {
  const requestId = byRequest.get(request);
  if (requestId !== undefined && typeof activity === 'object' && activity !== null) byActivity.set(activity, requestId);
}

export function requestIdOfActivity(activity: object): string | undefined {
  return byActivity.get(activity);
}
