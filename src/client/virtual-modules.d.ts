// Types of the virtual modules the Vite plugin serves to the browser.

declare module 'virtual:briefdeck/deck' {
  export interface SectionUpdate {
    id: string;
    h: number;
    v: number;
    /** The slide's whole `<section>` element, as HTML made at build time. */
    html: string;
  }
  /** Filled in dev only: the compiled sections, for hot updates. */
  export const sections: SectionUpdate[];
}

declare module 'virtual:briefdeck/theme.css';

declare module 'virtual:briefdeck/diagrams' {
  export const diagrams: import('./diagram-boot.js').DiagramBoot;
}
