// Where a deck's briefings live and what they may be called: `<deck>/briefings/NAME.yaml`, checked by the loader and by command-line flags.

export const BRIEFING_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The folder of the deck that holds its briefing manifests. */
export const BRIEFINGS_FOLDER = 'briefings';

/** A file of the briefings folder that is read as a briefing manifest. */
export function isManifestFile(name: string): boolean {
  return /\.ya?ml$/.test(name);
}
