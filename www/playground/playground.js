/**
 * The playground: the engine from pkg/ (copied to www/pkg by the build) run
 * on whatever you type, with highlights, a findings list, the redacted text
 * and a policy editor. A policy with errors shows them next to the editor
 * and the last good policy keeps working.
 */
import init, { Scanner, checkPolicy, loadVendors, rules } from '../pkg/promptwarden.js';
import { SAMPLES } from './samples.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

// The vendor table is data beside the module (see extension/shared/vendors.js):
// fetched while the module compiles, loaded before the first scanner.
const vendors = fetch(new URL('../pkg/vendors.json', import.meta.url)).then(
  (r) => (r.ok ? r.text() : null),
  () => null,
);
await init({ module_or_path: new URL('../pkg/promptwarden_bg.wasm', import.meta.url) });
const vendorJson = await vendors;
if (vendorJson !== null) loadVendors(vendorJson);
const titles = Object.fromEntries(rules().map((r) => [r.id, r.title]));

let scanner = new Scanner($('policy').value);
let policyText = $('policy').value;

/** @param {string} tag @param {Record<string, string>} attrs @param {(Node | string)[]} children */
function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function render() {
  const text = $('prompt').value;
  const t0 = performance.now();
  const findings = scanner.scan(text);
  const redacted = scanner.redact(text);
  const ms = performance.now() - t0;
  $('timing').textContent = `scanned ${text.length.toLocaleString()} characters in ${ms.toFixed(2)} ms (scan + redact, in this page)`;

  // Highlights: plain text between findings, <mark> on each finding; the
  // title carries the rule and the masked preview, never the value.
  const parts = [];
  let at = 0;
  for (const f of findings) {
    parts.push(text.slice(at, f.start));
    const label = `${titles[f.ruleId] ?? f.ruleId} (${f.severity}, ${f.action}): ${f.preview}`;
    parts.push(h('mark', { class: f.severity, title: label, 'data-rule': f.ruleId }, [text.slice(f.start, f.end)]));
    at = f.end;
  }
  parts.push(text.slice(at));
  $('highlighted').replaceChildren(...parts);

  $('findings').replaceChildren(
    ...findings.map((f) =>
      h('li', { 'data-rule': f.ruleId }, [
        h('span', { class: `sev ${f.severity}` }, [f.severity]),
        ' ',
        h('strong', {}, [titles[f.ruleId] ?? f.ruleId]),
        ' → ',
        f.action,
        ' ',
        h('code', {}, [f.preview]),
      ]),
    ),
  );
  $('count').textContent = String(findings.length);
  $('redacted').textContent = redacted.text;
}

function applyPolicy() {
  const textValue = $('policy').value;
  if (textValue === policyText) return;
  let doc;
  try {
    doc = JSON.parse(textValue || '{}');
  } catch (e) {
    $('policy-issues').replaceChildren(h('li', {}, [`not valid JSON: ${/** @type {Error} */ (e).message}`]));
    return;
  }
  const { issues } = checkPolicy(doc);
  if (issues.length) {
    $('policy-issues').replaceChildren(...issues.map((i) => h('li', {}, [`${i.path}: ${i.message}`])));
    return; // the last good policy keeps working
  }
  scanner = new Scanner(doc);
  policyText = textValue;
  $('policy-issues').replaceChildren();
  render();
}

let timer = 0;
$('prompt').addEventListener('input', () => {
  cancelAnimationFrame(timer);
  timer = requestAnimationFrame(render);
});
$('policy').addEventListener('input', applyPolicy);
for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', () => {
    $('prompt').value = SAMPLES[button.getAttribute('data-sample')];
    render();
  });
}
document.body.dataset.ready = 'true';
render();
