// The start-up test and the benchmarks run the bot the way `npm start` does, read from package.json.
import { describe, expect, it } from 'vitest';
import { flagsWithoutLoaders, memorySettings, parseStartScript, startCommand } from '../../scripts/startCommand.ts';

describe('the npm start command', () => {
  it('splits settings, node flags with their values, and the entry point', () => {
    expect(parseStartScript('MALLOC_ARENA_MAX=2 A=b=c node --max-old-space-size=192 --import tsx src/index.ts --verbose')).toEqual({
      env: { MALLOC_ARENA_MAX: '2', A: 'b=c' },
      nodeArgs: ['--max-old-space-size=192', '--import', 'tsx'],
      entry: ['src/index.ts', '--verbose'],
    });
    expect(() => parseStartScript('tsx src/index.ts')).toThrow(/should run node/);
  });

  it('gives other entry points every engine flag but a loader', () => {
    expect(flagsWithoutLoaders(['--max-old-space-size=192', '--import', 'tsx', '--liftoff-only', '-r', 'x.cjs', '--require=y.cjs', '--import=z.mjs'])).toEqual([
      '--max-old-space-size=192',
      '--liftoff-only',
    ]);
  });

  it('starts the compiled bot with bounded memory settings', () => {
    const command = startCommand();
    expect(command.entry).toEqual(['dist/index.mjs']);
    expect(command.nodeArgs).not.toContain('tsx');
    const { env, nodeFlags } = memorySettings();
    expect(env.MALLOC_ARENA_MAX).toBe('2');
    expect(nodeFlags.some((flag) => flag.startsWith('--max-old-space-size='))).toBe(true);
    expect(nodeFlags.some((flag) => flag.startsWith('--max-semi-space-size='))).toBe(true);
    // WebAssembly (Prisma's query compiler) stays on its baseline compiler: the optimising tier
    // held about 10 to 20 MB more after 10,000 conversations for about 3% more CPU a query.
    expect(nodeFlags).toContain('--liftoff-only');
  });
});
