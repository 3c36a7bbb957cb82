// Draws the Teams app icons into manifest/: color.png (192x192, white mark on the app colour)
// and outline.png (32x32, a white mark on a transparent background, as Teams requires).
// The mark: a circle with a tick, for a step done. Run with `npx tsx scripts/draw-icons.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from './pngImage.ts';

export const APP_COLOUR = [0x0b, 0x53, 0x94] as const;

type Point = [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** True where the mark is, in a unit square (0..1): a ring and a tick. */
function onMark(x: number, y: number, stroke: number, ringRadius: number): boolean {
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - ringRadius) <= stroke / 2;
  const tick: Point[] = [
    [0.33, 0.52],
    [0.45, 0.64],
    [0.68, 0.38],
  ];
  const onTick = distanceToSegment([x, y], tick[0]!, tick[1]!) <= stroke / 2 || distanceToSegment([x, y], tick[1]!, tick[2]!) <= stroke / 2;
  return ring || onTick;
}

/** How much of each pixel the mark covers, sampled 5x5 for smooth edges. */
function coverage(size: number, stroke: number, ringRadius: number): Float32Array {
  const samples = 5;
  const result = new Float32Array(size * size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          if (onMark((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, stroke, ringRadius)) hits += 1;
        }
      }
      result[py * size + px] = hits / (samples * samples);
    }
  }
  return result;
}

export function drawColourIcon(size = 192): RgbaImage {
  const cover = coverage(size, 0.07, 0.3);
  const pixels = new Uint8Array(size * size * 4);
  cover.forEach((amount, i) => {
    for (let c = 0; c < 3; c += 1) pixels[i * 4 + c] = Math.round(APP_COLOUR[c]! * (1 - amount) + 255 * amount);
    pixels[i * 4 + 3] = 255;
  });
  return { width: size, height: size, pixels };
}

export function drawOutlineIcon(size = 32): RgbaImage {
  const cover = coverage(size, 0.09, 0.4);
  const pixels = new Uint8Array(size * size * 4);
  cover.forEach((amount, i) => {
    pixels.set([255, 255, 255, Math.round(255 * amount)], i * 4);
  });
  return { width: size, height: size, pixels };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = join(import.meta.dirname, '..', 'manifest');
  writeFileSync(join(folder, 'color.png'), encodePng(drawColourIcon()));
  writeFileSync(join(folder, 'outline.png'), encodePng(drawOutlineIcon()));
  console.log(`Wrote ${join(folder, 'color.png')} and ${join(folder, 'outline.png')}`);
}
