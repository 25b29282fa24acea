// Diagram code read as units a reader sees: node and subgraph labels, labelled and dashed edges, sequence messages.

import { describe, expect, it } from 'vitest';
import { mermaidUnits } from '../../scripts/eval/mermaid-units.js';

describe('mermaidUnits', () => {
  it('reads a flowchart: labels, edges by label, dashed edges, chains and labels with brackets', () => {
    const code = [
      'flowchart LR',
      '  accTitle: Actors',
      '  accDescr: a long description that is not a unit',
      '  subgraph KS["Kestria"]',
      '    vr["Tomas Vrell<br/>President"]',
      '  end',
      '  hl(["Amira Haddad-Lowe"]) -->|brokered (March 4)| vr',
      '  hl -.->|reportedly met| sa{Ilka Saar}',
      '  vr --- sa --> un[UN]',
      '  and1 -- briefed --> hl',
    ].join('\n');
    expect(mermaidUnits(code)).toEqual([
      'Kestria',
      'Tomas Vrell President (Kestria)',
      'Amira Haddad-Lowe',
      'Ilka Saar',
      'UN',
      'Amira Haddad-Lowe brokered (March 4) Tomas Vrell President',
      'Amira Haddad-Lowe reportedly met Ilka Saar (dashed)',
      'Tomas Vrell President Ilka Saar',
      'Ilka Saar UN',
      'and1 briefed Amira Haddad-Lowe',
    ]);
  });

  it('reads a sequence diagram: participants by alias, messages and notes', () => {
    const code = ['sequenceDiagram', '  participant NK as North Korea', '  participant US as United States', '  NK-->>US: invitation (via Chung)', '  US->>NK: accepted', '  Note over NK,US: by the end of May'].join('\n');
    expect(mermaidUnits(code)).toEqual(['North Korea', 'United States', 'North Korea invitation (via Chung) United States', 'United States accepted North Korea', 'by the end of May']);
  });
});
