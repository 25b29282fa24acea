// Files a slide refers to (images, video, audio, backgrounds, linked documents), as found at compile time.

/** What a referenced file is for; it decides the wording of messages and how exports carry it. */
export type AssetKind = 'image' | 'video' | 'audio' | 'background' | 'file';

/** One place in a slide that names a local file, relative to the slide's own file. */
export interface AssetReference {
  kind: AssetKind;
  /** The URL as the author wrote it. */
  written: string;
  /**
   * The file's path, `/`-separated, relative to the folder slide file paths are relative to (the slide's
   * file folder joined with what was written, normalised); may begin with `../`.
   */
  path: string;
  /** The slide file and the 1-based line the reference is on. */
  file: string;
  line: number;
}
