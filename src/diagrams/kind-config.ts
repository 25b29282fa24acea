// Mermaid settings that depend on a diagram's kind and the figure box it will fill, so it is laid out at slide size. Pure.

import type { MermaidConfig } from 'mermaid';
import type { DiagramKind } from './diagram-type.js';
import type { Box } from './figure-box.js';
import { mergeConfig } from './merge-config.js';

/** The longest `section` name of a gantt chart, in characters (its labels sit in the left margin). */
function longestGanttSection(code: string): number {
  return Math.max(0, ...[...code.matchAll(/^\s*section\s+(.+?)\s*$/gm)].map((match) => match[1]!.length));
}

const GANTT_STATEMENTS = /^(?:dateFormat|axisFormat|tickInterval|title|excludes|includes|todayMarker|weekday|weekend|displayMode|accTitle|accDescr|section|topAxis|inclusiveEndDates)\b/;

/** How many task rows a gantt chart has (lines `name : …` that are not one of its statements). */
export function ganttTaskCount(code: string): number {
  return code
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.includes(':') && !line.startsWith('%%') && !GANTT_STATEMENTS.test(line)).length;
}

/** One CSV field list per line (`"a, b",c,3`), quotes removed and `""` unescaped. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g)) {
    if (match.index === line.length && fields.length > 0) break;
    fields.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? '').trim());
  }
  return fields;
}

/** A sankey diagram's node names in order of first appearance (its CSV rows are `source,target,value`). */
export function sankeyNodes(code: string): string[] {
  const nodes = new Set<string>();
  const lines = code.split(/\r?\n/).map((line) => line.trim());
  const start = lines.findIndex((line) => /^sankey(?:-beta)?\b/.test(line));
  for (const line of lines.slice(start + 1)) {
    if (line === '' || line.startsWith('%%') || !line.includes(',')) continue;
    const [source, target] = csvFields(line);
    if (source) nodes.add(source);
    if (target) nodes.add(target);
  }
  return [...nodes];
}

/**
 * Settings for charts that are drawn to a given size (gantt, xy, quadrant, sankey) and font sizes that
 * mermaid does not take from `themeVariables.fontSize`. `labelPx` is the label size on the slide.
 */
export function kindSettings(kind: DiagramKind, code: string, box: Box, labelPx: number, scale: readonly string[]): MermaidConfig {
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const title = Math.round(labelPx * 1.2);
  switch (kind) {
    case 'gantt': {
      const sectionRoom = Math.round(longestGanttSection(code) * labelPx * 0.5 + labelPx);
      // Bars share the box's height (less the title and the axis), between 1.5 and 2.2 label heights each.
      const barGap = Math.round(labelPx * 0.4);
      const topPadding = Math.round(labelPx * 2.2);
      const perRow = (height - topPadding - labelPx * 3.5) / Math.max(1, ganttTaskCount(code)) - barGap;
      const barHeight = Math.round(Math.min(labelPx * 2.2, Math.max(labelPx * 1.5, perRow)));
      return {
        gantt: {
          useWidth: width,
          useMaxWidth: true,
          fontSize: labelPx,
          sectionFontSize: labelPx,
          barHeight,
          barGap,
          topPadding,
          leftPadding: Math.min(Math.round(width * 0.3), Math.max(Math.round(labelPx * 3), sectionRoom)),
          rightPadding: Math.round(labelPx * 3),
          gridLineStartPadding: Math.round(labelPx * 1.5),
          titleTopMargin: Math.round(labelPx),
        },
      };
    }
    case 'xychart':
      return {
        xyChart: {
          width,
          height,
          titleFontSize: title,
          legendFontSize: labelPx,
          xAxis: { labelFontSize: labelPx, titleFontSize: labelPx },
          yAxis: { labelFontSize: labelPx, titleFontSize: labelPx },
        },
      } as MermaidConfig;
    case 'quadrant': {
      const side = Math.min(width, height);
      return {
        quadrantChart: {
          chartWidth: Math.round(Math.min(width, side * 1.4)),
          chartHeight: side,
          titleFontSize: title,
          quadrantLabelFontSize: labelPx,
          xAxisLabelFontSize: labelPx,
          yAxisLabelFontSize: labelPx,
          pointLabelFontSize: labelPx,
          pointRadius: Math.round(labelPx * 0.35),
        },
      };
    }
    case 'sankey':
      return {
        sankey: {
          width,
          height,
          nodeWidth: Math.round(labelPx * 0.6),
          nodePadding: Math.round(labelPx * 0.8),
          nodeColors: Object.fromEntries(sankeyNodes(code).map((node, i) => [node, scale[i % scale.length]!])),
        },
      } as MermaidConfig;
    default:
      return {};
  }
}

/** The theme's config with the kind's settings for this box, then the deck's own settings over both. */
export function configForDiagram(
  themeConfig: MermaidConfig,
  kind: DiagramKind,
  code: string,
  box: Box,
  labelPx: number,
  scale: readonly string[],
  deckSettings: Record<string, unknown> = {},
): MermaidConfig {
  const withKind = mergeConfig(themeConfig as Record<string, unknown>, kindSettings(kind, code, box, labelPx, scale) as Record<string, unknown>);
  return mergeConfig(withKind, deckSettings) as MermaidConfig;
}
