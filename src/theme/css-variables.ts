// Reads the custom properties (`--name: value;`) a theme's CSS declares, last declaration winning. Pure.

/** Declarations anywhere in the file; comments are ignored. Values are trimmed, `!important` dropped. */
export function readCssVariables(css: string): Map<string, string> {
  const variables = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+?)\s*(?:!important\s*)?(?=[;}])/g)) {
    variables.set(match[1]!, match[2]!);
  }
  return variables;
}
