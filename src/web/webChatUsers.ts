// Who a local web chat browser is. The server picks each browser's user id and hands it a signed
// user token to keep; only that token gets the id back, so no caller can choose someone else's id.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface WebChatUser {
  id: string;
  /** Kept by the browser (localStorage) and shown again on its next visit. */
  userToken: string;
}

export class WebChatUsers {
  constructor(private readonly secret: string) {}

  /** A new browser: a fresh random id and the token that proves it. */
  newUser(): WebChatUser {
    const id = `wc-${randomBytes(12).toString('hex')}`;
    return { id, userToken: `${id}.${this.signature(id)}` };
  }

  /** The id a user token stands for, or undefined when it was not made here. */
  verify(userToken: unknown): WebChatUser | undefined {
    if (typeof userToken !== 'string' || userToken.length > 200) return undefined;
    const dot = userToken.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const id = userToken.slice(0, dot);
    const given = Buffer.from(userToken.slice(dot + 1));
    const expected = Buffer.from(this.signature(id));
    if (!/^wc-[0-9a-f]{24}$/.test(id) || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { id, userToken };
  }

  private signature(id: string): string {
    return createHmac('sha256', this.secret).update(`webchat-user/${id}`).digest('base64url');
  }
}
