// Types of the virtual modules the Vite plugin serves to the browser.

declare module 'virtual:briefdeck/theme.css';
declare module 'virtual:briefdeck/highlight.css';

declare module 'virtual:briefdeck/diagrams' {
  export const diagrams: import('./diagram-boot.js').DiagramBoot;
}
