// The labelled corpus as one text, prompts in file order separated by a
// blank line: the input every benchmark (native, Node, browser) scans, so
// their figures compare.
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('./', import.meta.url);

/** @returns {string} every prompt of `tests/corpus/*.jsonl`, joined by "\n\n" */
export function corpusText() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
    .join('\n\n');
}
