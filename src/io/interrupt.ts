// Ctrl-C during a command that writes: one line saying nothing was written, then exit 130; exit handlers remove what was staged.

/** Until the returned undo is called, Ctrl-C prints one line for `command` and exits 130 (instead of a kill that leaves staging folders). */
export function exitOnInterrupt(command: string, err: (line: string) => void): () => void {
  const onInterrupt = (): void => {
    err(`briefdeck ${command}: interrupted (Ctrl-C); nothing was written`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  return () => process.off('SIGINT', onInterrupt);
}

/** Runs `work` with `exitOnInterrupt` in force. */
export async function exitCleanlyOnInterrupt<T>(command: string, err: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const undo = exitOnInterrupt(command, err);
  try {
    return await work();
  } finally {
    undo();
  }
}

/** Runs `remove` if the process exits before the caller's own cleanup ran; returns the undo for when it did. */
export function removeOnExit(remove: () => void): () => void {
  process.once('exit', remove);
  return () => process.off('exit', remove);
}
