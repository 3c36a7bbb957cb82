// The Teams app package: validated offline against the official v1.22 schema that
// @microsoft/app-manifest bundles, the icons Teams asks for, and the zip that `npm run manifest`
// writes, read back entry by entry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, buildManifest, manifestFolder, readPackageSettings } from '../../scripts/build-manifest.ts';
import { decodeOwnPng, readPngInfo } from '../../scripts/pngImage.ts';
import { recogniseGlobalCommand } from '../../dialogs/commands.ts';
import { menuChoices } from '../../src/messages/en/menu.ts';
import { parseChoice } from '../../src/domain/answers.ts';

const APP_ID = '6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const settings = readPackageSettings({
  MicrosoftAppId: APP_ID,
  TEAMS_APP_VERSION: '1.2.3',
  TEAMS_WEBSITE_URL: 'https://coach.example.org/',
  TEAMS_PRIVACY_URL: 'https://coach.example.org/privacy',
  TEAMS_TERMS_URL: 'https://coach.example.org/terms',
  BOT_DOMAIN: 'coach.example.org',
});

function officialSchema(version: string): any {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = join(dirname(packageJson), 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

const validate = (manifest: unknown) => AppManifestUtils.validateAgainstSchema(manifest as never, officialSchema('v1.22'));

/** Reads a zip's central directory and inflates each entry. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localDataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(localDataStart, localDataStart + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('the Teams app manifest', () => {
  it('is valid against the official v1.22 schema, as built and as the template', async () => {
    const manifest = buildManifest(settings);
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
    expect(await validate(manifest)).toEqual([]);
    expect(await validate(JSON.parse(readFileSync(join(manifestFolder, 'manifest.json'), 'utf8')))).toEqual([]);
  });

  it('is checked for real: a broken manifest is refused', async () => {
    const broken = buildManifest(settings);
    broken.bots[0].botId = 'not-a-guid';
    broken.bots[0].scopes.push('everywhere');
    const problems = await validate(broken);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/botId/);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/scopes/);
  });

  it('carries this bot: app id, version, addresses and the domain from the settings', () => {
    const manifest = buildManifest(settings);
    expect(manifest).toMatchObject({
      id: APP_ID,
      version: '1.2.3',
      developer: { websiteUrl: 'https://coach.example.org/', privacyUrl: 'https://coach.example.org/privacy' },
      validDomains: ['coach.example.org'],
      bots: [{ botId: APP_ID, scopes: ['personal', 'team'] }],
    });
  });

  it('offers clients commands the coach understands, and advisers their own list', () => {
    const [clients, advisers] = buildManifest(settings).bots[0].commandLists;
    expect(clients.scopes).toEqual(['personal']);
    expect(advisers.scopes).toEqual(['team']);
    for (const { title } of clients.commands as Array<{ title: string }>) {
      const understood = recogniseGlobalCommand(title) ?? parseChoice(title, menuChoices, { byPosition: false });
      expect(understood, title).not.toBeNull();
    }
    expect(advisers.commands.map((c: { title: string }) => c.title)).toEqual(expect.arrayContaining(['caseload', 'escalations']));
  });

  it('refuses to build without a proper app id, and says which setting', () => {
    expect(() => readPackageSettings({})).toThrow(/MicrosoftAppId: is missing/);
    expect(() => readPackageSettings({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId: use the GUID/);
    expect(() => readPackageSettings({ MicrosoftAppId: APP_ID, TEAMS_PRIVACY_URL: 'http://insecure.example.org' })).toThrow(/TEAMS_PRIVACY_URL/);
  });
});

describe('the Teams icons', () => {
  const colour = readFileSync(join(manifestFolder, 'color.png'));
  const outline = readFileSync(join(manifestFolder, 'outline.png'));

  it('are PNGs of the sizes Teams asks for: 192x192 colour, 32x32 outline', () => {
    expect(readPngInfo(colour)).toMatchObject({ width: 192, height: 192 });
    expect(readPngInfo(outline)).toMatchObject({ width: 32, height: 32 });
  });

  it('has an outline icon that is only white on a transparent background', () => {
    const { pixels } = decodeOwnPng(outline);
    let transparent = 0;
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3]!;
      if (alpha === 0) transparent += 1;
      else {
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
        if (alpha === 255) white += 1;
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(white).toBeGreaterThan(40);
    expect(pixels[3]).toBe(0); // the top-left corner is see-through
  });

  it('has a colour icon that fills its square', () => {
    const { pixels } = decodeOwnPng(colour);
    const seeThrough = pixels.filter((value, i) => i % 4 === 3 && value !== 255).length;
    expect(seeThrough).toBe(0);
  });
});

describe('the app package', () => {
  it('is a zip with manifest.json and both icons at the top level', () => {
    const files = unzip(buildAppPackage(settings));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual(buildManifest(settings));
    expect(files.get('color.png')!.equals(readFileSync(join(manifestFolder, 'color.png')))).toBe(true);
    expect(files.get('outline.png')!.equals(readFileSync(join(manifestFolder, 'outline.png')))).toBe(true);
  });
});
