// What `export pdf --notes` can ask for: no notes, a notes page after each slide, or a handout.

export type NotesMode = 'none' | 'separate' | 'handout';
export const NOTES_MODES: readonly NotesMode[] = ['none', 'separate', 'handout'];
