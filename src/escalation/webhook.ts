// The signed webhook: JSON, with an HMAC-SHA256 of the raw body in X-Coach-Signature, so the
// receiver can check the call came from us. The body carries its own sentAt, so the timestamp
// is signed too; X-Coach-Timestamp repeats it for receivers that reject old calls early.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-coach-signature';
export const TIMESTAMP_HEADER = 'x-coach-timestamp';
export const DELIVERY_HEADER = 'x-coach-delivery';
const TIMEOUT_MS = 10_000;

export function signBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** For receivers (and our tests): constant-time check of a signature header. */
export function verifySignature(secret: string, rawBody: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type WebhookOutcome = { status: 'sent' } | { status: 'retry'; message: string } | { status: 'failed'; message: string };

export async function postWebhook(url: string, secret: string, payload: Record<string, unknown> & { sentAt: string; deliveryId: string }): Promise<WebhookOutcome> {
  const rawBody = JSON.stringify(payload);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'action-plan-coach',
        [SIGNATURE_HEADER]: signBody(secret, rawBody),
        [TIMESTAMP_HEADER]: String(Math.floor(Date.parse(payload.sentAt) / 1000)),
        [DELIVERY_HEADER]: payload.deliveryId,
      },
      body: rawBody,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.ok) return { status: 'sent' };
    const message = `HTTP ${response.status}`;
    // 408 and 429 and 5xx may pass; any other 4xx means the receiver will never accept it.
    if (response.status === 408 || response.status === 429 || response.status >= 500) return { status: 'retry', message };
    return { status: 'failed', message };
  } catch (error) {
    return { status: 'retry', message: (error as Error).message };
  }
}
