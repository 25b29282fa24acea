// Vite's terminal logger for a build, without its "✗ Build failed in …" line: the command reports the failure itself, in one line.

import type { Logger, LogLevel } from 'vite';

/** Vite's summary of a failed build (coloured), logged just before it throws the error the command reports. */
const BUILD_FAILED_SUMMARY = /Build failed in \S+\s*$/;

/** Whether `message` is Vite's summary of a failed build. Pure. */
export function isBuildFailedSummary(message: string): boolean {
  return BUILD_FAILED_SUMMARY.test(message);
}

/** Vite's own logger at `level`, its failed-build summary left out (warnings and other errors as Vite prints them). */
export async function buildLogger(level: LogLevel): Promise<Logger> {
  const { createLogger } = await import('vite');
  const logger = createLogger(level);
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (!isBuildFailedSummary(message)) error(message, options);
  };
  return logger;
}
