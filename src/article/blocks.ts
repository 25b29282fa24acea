// The neutral form every reader produces: text blocks with a kind and a line, before chrome is removed.

export type BlockKind =
  | 'text' // a paragraph of prose (or a plain-text block of unknown role)
  | 'list' // a list; `items` holds its entries
  | 'heading' // a heading; `level` 1 is the headline
  | 'doc-title' // the document title (HTML <title>, Markdown frontmatter), weaker than a level-1 heading
  | 'dek' // marked as a standfirst by the source (meta description, class="dek")
  | 'kicker' // marked as a section label by the source
  | 'caption' // marked as a caption (figcaption, image alt text)
  | 'credit' // marked as a photo credit
  | 'byline' // marked as the author line
  | 'date'; // marked as the publication date (ISO or written)

export interface Block {
  kind: BlockKind;
  text: string;
  /** 1-based line where the block starts in the input. */
  line: number;
  level?: number;
  items?: string[];
}
