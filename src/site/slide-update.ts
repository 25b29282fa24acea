// What a hot update sends the open deck: only the slides whose HTML changed, or every slide when the deck's shape changed.

/** One compiled slide as the browser patches it in (see virtual-modules.d.ts). */
export interface SectionHtml {
  id: string;
  h: number;
  v: number;
  html: string;
}

export interface SlideUpdate {
  /** The slides' ids or positions changed: `sections` is the whole deck, to rebuild from. */
  full: boolean;
  /** With `full` false: the changed slides only, each to replace the slide with its id. */
  sections: SectionHtml[];
}

/** The custom hot-update event the client listens for. */
export const SLIDE_UPDATE_EVENT = 'briefdeck:slides';

export function slideUpdate(previous: readonly SectionHtml[], next: readonly SectionHtml[]): SlideUpdate {
  const sameShape = previous.length === next.length && next.every((s, i) => previous[i]!.id === s.id && previous[i]!.h === s.h && previous[i]!.v === s.v);
  if (!sameShape) return { full: true, sections: [...next] };
  return { full: false, sections: next.filter((s, i) => previous[i]!.html !== s.html) };
}
