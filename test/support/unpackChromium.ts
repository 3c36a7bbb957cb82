// Vitest global set-up: unpack the npm Chromium once, before test files run side by side and
// could each start unpacking it into the same place.
import chromium from '@sparticuz/chromium';

export default async function unpackChromium(): Promise<void> {
  await chromium.executablePath();
}
