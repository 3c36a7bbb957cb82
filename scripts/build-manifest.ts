// `npm run manifest`: builds the Teams app package (manifest.json with this bot's ids, and both
// icons) as build/action-plan-coach-teams.zip, ready to upload to Teams.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createZip } from './zipArchive.ts';

const root = join(import.meta.dirname, '..');
export const manifestFolder = join(root, 'manifest');
export const packageFileName = 'action-plan-coach-teams.zip';

const guid = z.string({ error: 'is missing: set it to the GUID of the Azure app registration' }).trim().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'use the GUID of the Azure app registration');
const httpsUrl = z.url({ protocol: /^https$/, message: 'use an https:// address' });

const packageSettings = z.object({
  MicrosoftAppId: guid,
  TEAMS_APP_ID: guid.optional(),
  TEAMS_APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version such as 1.0.0').optional(),
  TEAMS_DEVELOPER_NAME: z.string().trim().min(1).max(32).optional(),
  TEAMS_WEBSITE_URL: httpsUrl.optional(),
  TEAMS_PRIVACY_URL: httpsUrl.optional(),
  TEAMS_TERMS_URL: httpsUrl.optional(),
  BOT_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'use a host name such as coach.example.org, without https://')
    .optional(),
});

export type PackageSettings = z.output<typeof packageSettings>;

export class ManifestSettingsError extends Error {}

export function readPackageSettings(env: Record<string, string | undefined>): PackageSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = packageSettings.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ManifestSettingsError(`The Teams app package needs these settings fixed:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** The template in manifest/manifest.json with this deployment's ids, version and addresses. */
export function buildManifest(settings: PackageSettings): Record<string, any> {
  const manifest = JSON.parse(readFileSync(join(manifestFolder, 'manifest.json'), 'utf8'));
  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  manifest.id = settings.TEAMS_APP_ID ?? settings.MicrosoftAppId;
  manifest.version = settings.TEAMS_APP_VERSION ?? packageVersion;
  manifest.bots[0].botId = settings.MicrosoftAppId;
  if (settings.TEAMS_DEVELOPER_NAME) manifest.developer.name = settings.TEAMS_DEVELOPER_NAME;
  if (settings.TEAMS_WEBSITE_URL) manifest.developer.websiteUrl = settings.TEAMS_WEBSITE_URL;
  if (settings.TEAMS_PRIVACY_URL) manifest.developer.privacyUrl = settings.TEAMS_PRIVACY_URL;
  if (settings.TEAMS_TERMS_URL) manifest.developer.termsOfUseUrl = settings.TEAMS_TERMS_URL;
  manifest.validDomains = settings.BOT_DOMAIN ? [settings.BOT_DOMAIN] : [];
  return manifest;
}

/** The zip Teams takes: manifest.json and the two icons at the top level. */
export function buildAppPackage(settings: PackageSettings): Buffer {
  const manifest = buildManifest(settings);
  return createZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: readFileSync(join(manifestFolder, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(manifestFolder, 'outline.png')) },
  ]);
}

function main(): void {
  try {
    const settings = readPackageSettings(process.env);
    const unset = ['TEAMS_WEBSITE_URL', 'TEAMS_PRIVACY_URL', 'TEAMS_TERMS_URL'].filter((name) => !process.env[name]);
    if (unset.length) console.warn(`Note: ${unset.join(', ')} not set; the package uses placeholder example.org addresses.`);
    const folder = join(root, 'build');
    mkdirSync(folder, { recursive: true });
    const target = join(folder, packageFileName);
    writeFileSync(target, buildAppPackage(settings));
    console.log(`Wrote ${target}. Upload it in Teams: Apps, Manage your apps, Upload an app.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
