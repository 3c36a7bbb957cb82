// The machine the figures came from, for the report.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** One-minute load average: other work on the machine skews every figure. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]!.trim();
  } catch {
    // Not Linux: os.cpus() will do.
  }
  return { cpu, cores: os.cpus().length, memoryGb: os.totalmem() / 1024 ** 3, node: process.version, os: `${os.type()} ${os.release()}`, loadAverage: os.loadavg()[0]! };
}
