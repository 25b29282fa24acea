// highlight.js loads when a fence first needs it: a deck whose fences are diagrams or plain text never loads it.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CREATE_MARKDOWN = path.resolve(import.meta.dirname, '../../src/markdown/create-markdown.ts');

// Runs in a fresh process (which modules a process has loaded is shared by every test file of a worker), seeing both
// kinds of load: a module resolved as an ES module (told by a resolve hook) and one required (in require's cache).
const HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.includes('highlight.js')) port.postMessage(result.url);
  return result;
}
`;
const PROBE = `
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const imported = [];
port1.on('message', (url) => imported.push(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(process.argv[2]), { data: { port: port2 }, transferList: [port2] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const loaded = async () => {
  await settle();
  return imported.length > 0 || Object.keys(createRequire(process.argv[1]).cache).some((file) => file.includes('highlight.js'));
};
const { createMarkdown } = await import(process.argv[1]);
const md = createMarkdown();
const beforeRender = await loaded();
md.render('\`\`\`mermaid\\ngraph TD; A-->B\\n\`\`\`\\n\\n\`\`\`\\nplain text\\n\`\`\`\\n');
const afterDiagrams = await loaded();
const html = md.render('\`\`\`js\\nconst a = 1;\\n\`\`\`\\n');
console.log(JSON.stringify({ beforeRender, afterDiagrams, afterCode: await loaded(), highlighted: html.includes('hljs-keyword') }));
`;

describe('highlight.js loading', () => {
  it('is loaded by the first fence in a language it highlights, not before', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE, CREATE_MARKDOWN, HOOK], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ beforeRender: false, afterDiagrams: false, afterCode: true, highlighted: true });
  });
});
