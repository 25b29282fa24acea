// Which colour pairs of the diagram palette must meet WCAG AA in every diagram kind, read from mermaid theme variables. Pure.

import type { ContrastPair } from '../theme/contrast-pairs.js';

const range = (count: number, from = 0): number[] => Array.from({ length: count }, (_unused, i) => i + from);
const text = (foreground: string, background: string, use: string): ContrastPair => ({ foreground, background, min: 4.5, use });
const shape = (foreground: string, background: string, use: string): ContrastPair => ({ foreground, background, min: 3, use });

/**
 * Text against the fill it sits on (4.5:1) and marks against what surrounds them (3:1), per diagram kind.
 * Names are mermaid `themeVariables`; nested ones are written `xyChart.titleColor`, list items `xyChart.plotColorPalette[2]`.
 */
export const DIAGRAM_CONTRAST_PAIRS: readonly ContrastPair[] = [
  // flowchart, class, state, block
  text('primaryTextColor', 'primaryColor', 'flowchart and block node labels'),
  text('textColor', 'clusterBkg', 'subgraph titles'),
  text('textColor', 'edgeLabelBackground', 'edge labels'),
  text('textColor', 'background', 'labels on the slide'),
  shape('primaryBorderColor', 'background', 'node borders'),
  shape('lineColor', 'background', 'edges and arrows'),
  text('classText', 'mainBkg', 'class members'),
  text('stateLabelColor', 'stateBkg', 'state names'),
  text('transitionLabelColor', 'labelBackgroundColor', 'transition labels'),
  shape('transitionColor', 'background', 'state transitions'),
  // sequence
  text('actorTextColor', 'actorBkg', 'sequence participants'),
  shape('actorBorder', 'background', 'sequence participant boxes'),
  shape('actorLineColor', 'background', 'sequence lifelines'),
  text('signalTextColor', 'background', 'sequence messages'),
  shape('signalColor', 'background', 'sequence arrows'),
  text('noteTextColor', 'noteBkgColor', 'sequence notes'),
  shape('noteBorderColor', 'background', 'sequence note borders'),
  text('labelTextColor', 'labelBoxBkgColor', 'sequence loop labels'),
  // timeline, mindmap, kanban: the categorical scale, labelled in its label colour
  ...range(12).flatMap((i) => [
    text(`cScaleLabel${i}`, `cScale${i}`, `timeline, mindmap and kanban section ${i}`),
    shape(`cScale${i}`, 'background', `timeline, mindmap and kanban section ${i}`),
  ]),
  text('gitBranchLabel0', 'git0', 'mindmap root'),
  shape('git0', 'background', 'mindmap root'),
  // journey
  ...range(8).map((i) => text('textColor', `fillType${i}`, `journey task type ${i}`)),
  // pie
  ...range(12, 1).flatMap((i) => [text('pieSectionTextColor', `pie${i}`, `pie slice ${i} labels`), shape(`pie${i}`, 'background', `pie slice ${i}`)]),
  text('pieTitleTextColor', 'background', 'pie title'),
  text('pieLegendTextColor', 'background', 'pie legend'),
  // gantt
  text('taskTextColor', 'taskBkgColor', 'gantt task labels'),
  shape('taskBkgColor', 'background', 'gantt tasks'),
  text('taskTextDarkColor', 'activeTaskBkgColor', 'gantt active task labels'),
  shape('activeTaskBorderColor', 'background', 'gantt active task borders'),
  text('taskTextDarkColor', 'doneTaskBkgColor', 'gantt done task labels'),
  shape('doneTaskBorderColor', 'background', 'gantt done task borders'),
  text('taskTextColor', 'critBkgColor', 'gantt critical task labels'),
  shape('critBkgColor', 'background', 'gantt critical tasks'),
  text('taskTextOutsideColor', 'background', 'gantt labels beside their bars'),
  text('titleColor', 'sectionBkgColor', 'gantt section titles'),
  text('textColor', 'altSectionBkgColor', 'gantt axis and alternate rows'),
  // quadrant chart
  ...range(4, 1).flatMap((i) => [
    text(`quadrant${i}TextFill`, `quadrant${i}Fill`, `quadrant ${i} title`),
    text('quadrantPointTextFill', `quadrant${i}Fill`, `point labels in quadrant ${i}`),
    shape('quadrantPointFill', `quadrant${i}Fill`, `points in quadrant ${i}`),
  ]),
  text('quadrantTitleFill', 'background', 'quadrant chart title'),
  text('quadrantXAxisTextFill', 'background', 'quadrant axis labels'),
  // xy chart
  text('xyChart.titleColor', 'xyChart.backgroundColor', 'xy chart title'),
  text('xyChart.xAxisLabelColor', 'xyChart.backgroundColor', 'xy chart axis labels'),
  text('xyChart.yAxisLabelColor', 'xyChart.backgroundColor', 'xy chart axis labels'),
  shape('xyChart.xAxisLineColor', 'xyChart.backgroundColor', 'xy chart axes'),
  ...range(10).map((i) => shape(`xyChart.plotColorPalette[${i}]`, 'xyChart.backgroundColor', `xy chart series ${i + 1}`)),
];

/**
 * Mermaid theme variables as one flat name → value table: nested objects as `parent.child`, comma lists
 * (`plotColorPalette`) as `name[i]`, so the pairs above can be looked up like CSS variables.
 */
export function flattenThemeVariables(variables: Record<string, unknown>, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(variables)) {
    const name = `${prefix}${key}`;
    if (typeof value === 'string') {
      flat.set(name, value);
      if (value.includes(',') && /^\s*#/.test(value)) value.split(',').forEach((item, i) => flat.set(`${name}[${i}]`, item.trim()));
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [nested, item] of flattenThemeVariables(value as Record<string, unknown>, `${name}.`)) flat.set(nested, item);
    }
  }
  return flat;
}
