// The browser for the browser tests comes from npm: @sparticuz/chromium ships a headless
// Chromium inside the package and unpacks it to the temp folder on first use. So `npm ci` is all
// a machine needs; nothing is installed with apt and nothing is downloaded at test time.
import chromium from '@sparticuz/chromium';

/** Flags that would weaken what the tests check (same-origin and mixed-content rules stay on). */
const UNWANTED = new Set(['--disable-web-security', '--allow-running-insecure-content', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--in-process-gpu']);

/** Quiet and offline: no updates, sync, first-run pages or background calls home. */
const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-gpu-compositing', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[]; headless: true }> {
  const args = chromium.args.filter((arg) => !UNWANTED.has(arg));
  return { executablePath: await chromium.executablePath(), args: [...new Set([...args, ...QUIET])], headless: true };
}
