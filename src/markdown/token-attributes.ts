// Adds attributes to a markdown-it token, joining classes instead of replacing them.

import type { Token } from 'markdown-it';

export function addAttributes(token: Token, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') addClass(token, value);
    else token.attrSet(name, value);
  }
}

export function addClass(token: Token, className: string): void {
  const existing = token.attrGet('class');
  const classes = new Set([...(existing !== null ? String(existing).split(/\s+/) : []), ...className.split(/\s+/)].filter(Boolean));
  token.attrSet('class', [...classes].join(' '));
}
