// Bounds how long one proactive send may take, and stops the connector's own HTTP pipeline from
// sitting out a channel's Retry-After inside the send. The pipeline (Azure core) retries a 429 or
// 503 after the Retry-After it names, however long; a reminder lease is shorter than some of those
// waits, so the send would outlive its claim and be sent again by another instance. Here the first
// throttled answer ends the send at once, with the Retry-After, so the caller can park it.
import type { ConnectorClient } from 'botframework-connector';

interface PipelineRequest {
  abortSignal?: AbortSignal;
}
interface PipelineResponse {
  status: number;
  headers: { get(name: string): string | undefined };
}
interface Pipeline {
  addPolicy(policy: { name: string; sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<PipelineResponse>): Promise<PipelineResponse> }, options?: { afterPhase?: string }): void;
}

/** Thrown when the channel said "not now": its status and how long it asked us to wait. */
export class ThrottledSendError extends Error {
  constructor(
    readonly statusCode: number,
    readonly retryAfterMs: number,
  ) {
    super(`The channel is throttling this conversation (HTTP ${statusCode}); it asked to wait ${Math.round(retryAfterMs / 1000)} s`);
    this.name = 'ThrottledSendError';
  }
}

export class SendTimedOutError extends Error {
  constructor(deadlineMs: number) {
    super(`The send did not finish within ${deadlineMs} ms`);
    this.name = 'SendTimedOutError';
  }
}

/** One send's abort switch: fired by the deadline, or by a throttled answer. */
export class SendWatch {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  throttle?: ThrottledSendError;
  timedOut = false;

  constructor(readonly deadlineMs: number) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, deadlineMs);
    this.timer.unref();
    watches.set(this.controller.signal, this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  throttled(statusCode: number, retryAfterMs: number): void {
    this.throttle = new ThrottledSendError(statusCode, retryAfterMs);
    this.controller.abort();
  }

  /** The error to report for a failed send: the throttle or the deadline, else the error itself. */
  explain(error: unknown): unknown {
    clearTimeout(this.timer);
    if (this.throttle) return this.throttle;
    if (this.timedOut) return new SendTimedOutError(this.deadlineMs);
    return error;
  }

  done(): void {
    clearTimeout(this.timer);
  }
}

const watches = new WeakMap<AbortSignal, SendWatch>();
const watchedPipelines = new WeakSet<object>();

/** Seconds, or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Adds, once per connector, a policy that sees every attempt's answer inside the retry loop. */
export function watchThrottling(connector: ConnectorClient): void {
  const pipeline = (connector as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline || watchedPipelines.has(pipeline)) return;
  watchedPipelines.add(pipeline);
  pipeline.addPolicy(
    {
      name: 'coachThrottleWatch',
      async sendRequest(request, next) {
        const response = await next(request);
        const watch = request.abortSignal ? watches.get(request.abortSignal) : undefined;
        if (watch && (response.status === 429 || response.status === 503)) {
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
          if (retryAfterMs !== undefined) watch.throttled(response.status, retryAfterMs);
        }
        return response;
      },
    },
    { afterPhase: 'Retry' },
  );
}
