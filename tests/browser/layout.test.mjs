// The extension never moves the page: on every fixture chat page and on
// pages whose body is a grid, a flex column, block flow, or has `contain`
// and a transform, every element of the app has the same box with the
// extension at work (the count by the composer, the marks, the panel open)
// as without it, and nothing of ours is in the page's flow. Real Chromium
// and Firefox ESR with the shipped build.
//
// "Without it": the same page after our host element is taken out of the
// document, which is everything the extension adds to a page. The first
// version appended that host to <body> as a block; on a grid or flex body
// it became a track of its own and this test failed (the ProseMirror
// fixture's thread lost 177 px).
//
//   flock /tmp/pw-browser.lock node --test --test-concurrency=1 tests/browser/layout.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EDITORS, SECRETS, launchChromium, launchFirefox, until } from './harness.mjs';

const TEXTAREA = EDITORS[0];

/** The fixture pages, and the purpose-made bodies (textarea composer, served on the textarea fixture's host). */
const PAGES = [
  ...EDITORS.map((editor) => ({ name: `${editor.kind} fixture`, editor, path: '/' })),
  ...['grid', 'flex', 'block', 'contain'].map((body) => ({ name: `${body} body`, editor: TEXTAREA, path: `/fixtures/layout/${body}.html` })),
];

/** In the page: the box of every element in <body>, keyed by its path, and the document's scroll size. */
function measure() {
  const boxes = {};
  const walk = (el, key) => {
    if (el.hasAttribute('data-promptwarden')) return;
    const r = el.getBoundingClientRect();
    boxes[key] = [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(',');
    [...el.children].forEach((c, i) => walk(c, `${key}>${c.tagName.toLowerCase()}:${i}`));
  };
  walk(document.body, 'body');
  const root = document.scrollingElement ?? document.documentElement;
  return { boxes, scroll: `${root.scrollWidth}x${root.scrollHeight}` };
}

/** In the page: where our host is, its box, and how many of ours there are. */
function host() {
  const hosts = document.querySelectorAll('[data-promptwarden]');
  const h = hosts[0];
  if (!h) return null;
  const r = h.getBoundingClientRect();
  return { count: hosts.length, parent: h.parentElement?.tagName, inBody: document.body.contains(h), width: r.width, height: r.height, position: getComputedStyle(h).position };
}

/** In the page: takes our host out of the document. */
function removeHost() {
  for (const h of document.querySelectorAll('[data-promptwarden]')) h.remove();
}

/** The differences between two measurements, at most a few, for the message. */
function differences(a, b) {
  const out = [];
  if (a.scroll !== b.scroll) out.push(`document scroll size ${a.scroll} vs ${b.scroll}`);
  for (const key of new Set([...Object.keys(a.boxes), ...Object.keys(b.boxes)])) {
    if (a.boxes[key] !== b.boxes[key]) out.push(`${key}: ${a.boxes[key]} with the extension vs ${b.boxes[key]} without`);
  }
  return out;
}

for (const [name, launch] of /** @type {const} */ ([
  ['Chromium', launchChromium],
  ['Firefox ESR', launchFirefox],
])) {
  describe(`${name}: the page's layout is the page's`, () => {
    let b;
    let launchError;
    before(async () => {
      try {
        b = await launch();
      } catch (e) {
        launchError = e;
      }
    });
    after(async () => {
      await b?.close();
    });

    for (const page of PAGES) {
      for (const size of [{ width: 1280, height: 800 }, { width: 400, height: 500 }]) {
        test(`${page.name} at ${size.width}×${size.height}: every element keeps its box with the count, the marks and the panel shown`, async () => {
          if (launchError) throw launchError;
          await b.setOptions({});
          const t = await b.open(page.editor, { path: page.path });
          await t.setViewport(size.width, size.height);
          await t.type(`deploy with ${SECRETS.aws} please`);
          // The count by the composer is up (the content script reports it).
          await until(async () => (await b.status()).some((s) => s.count > 0), 'the count by the composer');
          await t.press('Enter');
          await t.waitPanel();
          const ours = await t.eval(host);
          assert.ok(ours, 'the extension has its host element in the page');
          const withExtension = await t.eval(measure);
          await t.eval(removeHost);
          const without = await t.eval(measure);
          assert.ok(Object.keys(without.boxes).length > 10, 'the page was measured');
          const diff = differences(withExtension, without);
          assert.deepEqual(diff.slice(0, 8), [], `${diff.length} element(s) moved or resized because of the extension`);
          // And why: the one host sits beside <body>, fixed, taking no room.
          assert.equal(ours.count, 1, 'one host element');
          assert.equal(ours.parent, 'HTML', 'the host sits beside <body>, not in it');
          assert.equal(ours.inBody, false);
          assert.equal(ours.position, 'fixed');
          assert.deepEqual([ours.width, ours.height], [0, 0], 'the host takes no room');
        });
      }
    }
  });
}
