/**
 * Finding the composer and its send controls on any page, with or without
 * selectors for the app.
 *
 * - The composer is the editable field an event happened in: a textarea,
 *   or the editing host of rich text (contenteditable, whatever the
 *   editor), inside open shadow roots and same-origin frames too. An
 *   `<input>` counts only when the app's hints name it (search boxes and
 *   login fields are inputs).
 * - A send control is anything clickable near the composer: in its region
 *   (the composer's ancestors up to the point where they stop being the
 *   composer's box: the form, the toolbar beside it, the row below), any
 *   button, `role=button`, link without a destination, element with a
 *   click attribute, tab stop, pointer cursor, or icon, whatever its label.
 *   Holding a harmless click (attach, microphone) while the text holds a
 *   finding is the accepted cost of never letting an unknown send button
 *   through.
 * - Selectors from the catalog or the policy are hints: tried first, and
 *   they also name send controls outside the region.
 *
 * Nothing here reads text or decides: main.js does, through the session.
 * Elements of other frames belong to other realms, so nothing here uses
 * `instanceof`.
 */

/** @typedef {{ composer: string[], send: string[] }} Hints */

/** How far up from the composer its region may reach. */
const REGION_LEVELS = 6;
/** How much taller than the composer its region may be (px): a toolbar row or two. */
const REGION_SLACK = 240;

const BUTTON_INPUTS = new Set(['submit', 'image', 'button']);
const TEXT_INPUTS = new Set(['text', 'search', '']);
/** Form fields a click only sets (never a send). */
const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'OPTION']);
const ROLES = new Set(['button', 'menuitem', 'link', 'tab']);

/** Hints valid in this browser, joined for `matches`. */
let composerHint = '';
let sendHint = '';
/** Hints this browser refused, for the options page and the tests. */
/** @type {string[]} */
export let refused = [];

/**
 * Takes the page's hints, keeping only the selectors this browser parses
 * (one bad selector must not disable the others).
 * @param {Hints | null | undefined} hints
 */
export function setHints(hints) {
  refused = [];
  const valid = (/** @type {string[]} */ list) =>
    (list ?? []).filter((s) => {
      try {
        document.createDocumentFragment().querySelector(s);
        return true;
      } catch {
        refused.push(s);
        return false;
      }
    });
  composerHint = valid(hints?.composer ?? []).join(', ');
  sendHint = valid(hints?.send ?? []).join(', ');
}

/** @param {any} node @returns {node is Element} */
const isElement = (node) => !!node && node.nodeType === 1;

/** @param {Element} el @param {string} selector */
const matches = (el, selector) => !!selector && el.matches(selector);

/** Whether `el` is a textarea the user can type in. */
function isTextarea(/** @type {any} */ el) {
  return el.tagName === 'TEXTAREA' && !el.readOnly && !el.disabled;
}

/** Whether `el` is a single-line input the hints name as the composer. */
function isHintedInput(/** @type {any} */ el) {
  return el.tagName === 'INPUT' && TEXT_INPUTS.has(el.getAttribute('type') ?? '') && !el.readOnly && !el.disabled && matches(el, composerHint);
}

/**
 * The composer an event happened in: the innermost textarea (or hinted
 * input) on its path, or the editing host of the rich text it is in.
 * `ignore` stops the walk (our own panel).
 * @param {EventTarget[]} path the event's composedPath()
 * @param {(node: Element) => boolean} ignore
 * @returns {HTMLElement | null}
 */
export function composerFrom(path, ignore) {
  /** @type {HTMLElement | null} */
  let host = null;
  for (const node of path) {
    if (!isElement(node)) {
      // A shadow root or the document: an editing host does not reach past it.
      if (host) return host;
      continue;
    }
    if (ignore(node)) return null;
    const el = /** @type {HTMLElement} */ (node);
    if (!host && (isTextarea(el) || isHintedInput(el))) return el;
    if (el.isContentEditable) host = el;
    else if (host) return host;
  }
  return host;
}

/** The composer's parent in the flat tree: across shadow roots and out of same-origin frames. */
function parentOf(/** @type {Element} */ el) {
  if (el.parentElement) return el.parentElement;
  const root = /** @type {any} */ (el.getRootNode());
  if (root?.host) return root.host;
  try {
    return el.ownerDocument?.defaultView?.frameElement ?? null;
  } catch {
    return null; // a cross-origin parent
  }
}

/**
 * The composer's region: its highest ancestor (up to REGION_LEVELS, not
 * `body`) still about the composer's own height plus a toolbar, where apps
 * put their send buttons whatever the markup. Crosses shadow roots and
 * frames; coordinates of different frames are not compared.
 * @param {Element} composer
 * @returns {Element}
 */
export function regionOf(composer) {
  let region = composer;
  let doc = composer.ownerDocument;
  let limit = composer.getBoundingClientRect().height + REGION_SLACK;
  for (let el = parentOf(composer), level = 0; el && level < REGION_LEVELS; el = parentOf(el), level++) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') {
      // Out of a frame: go on around the frame element in its document.
      const frame = el.ownerDocument?.defaultView?.frameElement;
      if (!frame) break;
      el = frame;
    }
    if (el.ownerDocument !== doc) {
      doc = el.ownerDocument;
      limit = el.getBoundingClientRect().height + REGION_SLACK;
    }
    if (el.getBoundingClientRect().height > limit) break;
    region = el;
  }
  return region;
}

/** Whether `el` looks clickable: a control by tag, role or attribute, an icon, or a pointer cursor. */
function isControl(/** @type {Element} */ el) {
  const tag = el.tagName;
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'LABEL') return true;
  if (tag === 'INPUT') return BUTTON_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase());
  if (tag === 'A') return !/^(https?:|\/|\.)/i.test(el.getAttribute('href') ?? '');
  if (ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (el.hasAttribute('onclick') || el.hasAttribute('tabindex')) return true;
  // Icons: an svg, or an image, is what an unlabelled send button shows.
  if (el.namespaceURI === 'http://www.w3.org/2000/svg' || tag === 'IMG') return true;
  const view = el.ownerDocument?.defaultView;
  return view?.getComputedStyle(el).cursor === 'pointer';
}

/**
 * The send control a click landed on, for `composer`: a hinted send
 * control anywhere, or a control in the composer's region. Null for clicks
 * in the composer itself, on form fields, and away from it.
 * @param {EventTarget[]} path the click's composedPath()
 * @param {HTMLElement} composer
 * @returns {{ control: Element, target: Element } | null}
 */
export function sendControlFor(path, composer) {
  const target = path.find(isElement);
  if (!target || path.includes(composer)) return null;
  for (const node of path) {
    if (isElement(node) && matches(node, sendHint)) return { control: node, target };
  }
  const region = regionOf(composer);
  const inRegion = path.indexOf(region);
  if (inRegion < 0) return null;
  for (const node of path.slice(0, inRegion)) {
    if (!isElement(node)) continue;
    if (FIELDS.has(node.tagName) && !(node.tagName === 'INPUT' && isControl(node))) return null;
    if (isControl(node)) return { control: node, target };
  }
  return null;
}

/**
 * The composer a click relates to when none was used yet: one with text
 * among the click target's near ancestors' descendants.
 * @param {EventTarget[]} path
 * @param {(el: HTMLElement) => string} textOf
 * @returns {HTMLElement | null}
 */
export function composerNear(path, textOf) {
  const target = path.find(isElement);
  let el = target ? parentOf(target) : null;
  for (let level = 0; el && level < REGION_LEVELS; el = parentOf(el), level++) {
    const found = [...el.querySelectorAll(composerHint ? `${composerHint}, textarea, [contenteditable]` : 'textarea, [contenteditable]')];
    for (const c of found) {
      const candidate = composerFrom([c, ...ancestors(c)], () => false);
      if (candidate && textOf(candidate).trim()) return candidate;
    }
  }
  return null;
}

/** `el`'s ancestors, innermost first (for composerFrom on an element found by query). */
function ancestors(/** @type {Element} */ el) {
  const out = [];
  for (let p = parentOf(el); p; p = parentOf(p)) out.push(p);
  return out;
}

/**
 * The composer in `form` (a submit), preferring `last`.
 * @param {Element} form
 * @param {HTMLElement | null} last
 * @param {(el: HTMLElement) => string} textOf
 */
export function composerInForm(form, last, textOf) {
  if (last?.isConnected && form.contains(last)) return last;
  for (const c of form.querySelectorAll('textarea, [contenteditable], input')) {
    const candidate = composerFrom([c, ...ancestors(c)], () => false);
    if (candidate && form.contains(candidate) && textOf(candidate).trim()) return candidate;
  }
  return null;
}

/**
 * The page's own send control for re-sending: a hinted one in the
 * composer's region, else anywhere, if enabled.
 * @param {HTMLElement} composer
 * @returns {HTMLElement | null}
 */
export function findSendControl(composer) {
  if (!sendHint) return null;
  const region = regionOf(composer);
  const enabled = (/** @type {any} */ b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true';
  const near = [...region.querySelectorAll(sendHint)].find(enabled);
  return /** @type {HTMLElement | null} */ (near ?? [...composer.ownerDocument.querySelectorAll(sendHint)].find(enabled) ?? null);
}
