// Writes bench/results.json: every figure with its runs, the budget checks, details for diagnosis and the machine it ran on.

import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { BudgetCheck } from './budgets.js';
import type { FigureResult } from './figures.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  arch: string;
  totalMemoryMb: number;
  /** 1, 5 and 15 minute load averages when the bench started: other work on the machine skews the figures. */
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    node: process.version,
    platform: os.platform(),
    arch: os.arch(),
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export interface BenchResults {
  date: string;
  durationSeconds: number;
  machine: MachineInfo;
  loadAverageAtEnd: number[];
  methods: Record<string, string>;
  figures: FigureResult[];
  budgets: BudgetCheck[];
  details: Record<string, unknown>;
}

export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await writeFile(file, `${JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value), 2)}\n`);
}
