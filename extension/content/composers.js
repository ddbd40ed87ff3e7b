/**
 * Composer adapters: read the text of a chat input and change it through the
 * editor's own input path, so the editor's state (ProseMirror, Lexical,
 * Quill, React-controlled textareas) stays the truth. We never set
 * innerHTML or textContent on an editor: editors revert such writes or fall
 * out of sync with what they send.
 */

/** @typedef {'textarea' | 'prosemirror' | 'lexical' | 'quill' | 'contenteditable'} ComposerKind */

/**
 * @typedef {object} TextMap
 * @property {string} text What the user sees, blocks joined by `\n`.
 * @property {{ node: Text, start: number, end: number }[]} segments Text nodes and where they sit in `text`.
 */

/**
 * What kind of editor `el` is.
 * @param {Element} el
 * @returns {ComposerKind}
 */
export function kindOf(el) {
  // By tag name, not instanceof: a composer in a same-origin frame belongs
  // to that frame's realm.
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

const BLOCK = /^(P|DIV|LI|H[1-6]|PRE|BLOCKQUOTE|UL|OL|TABLE|TR|SECTION|ARTICLE|HEADER|FOOTER|FIGURE)$/;

/**
 * Walks a contenteditable and records where each text node lands in the
 * plain text. Blocks start on a new line; a `<br>` is a line break unless it
 * is the placeholder editors put at the end of a block.
 * @param {Element} root
 * @returns {TextMap}
 */
export function textMap(root) {
  /** @type {TextMap['segments']} */
  const segments = [];
  let text = '';
  let started = false;
  // A block that ended owes a line break before whatever comes next.
  let owesBreak = false;
  const flush = () => {
    if (started && owesBreak) text += '\n';
    owesBreak = false;
    started = true;
  };
  /** @param {Node} node */
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = /** @type {Text} */ (child).data;
        if (!value.length) continue;
        flush();
        segments.push({ node: /** @type {Text} */ (child), start: text.length, end: text.length + value.length });
        text += value;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = /** @type {Element} */ (child);
        if (el.tagName === 'BR') {
          flush();
          if (!isTrailingBreak(el)) text += '\n';
        } else if (BLOCK.test(el.tagName)) {
          flush();
          walk(el);
          owesBreak = true;
        } else if (el.getAttribute('contenteditable') !== 'false') {
          walk(el);
        }
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** @param {Element} br */
function isTrailingBreak(br) {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE ? /** @type {Text} */ (n).data.length > 0 : true) return false;
  }
  const parent = br.parentElement;
  return !!parent && (BLOCK.test(parent.tagName) || parent.isContentEditable);
}

/**
 * The plain text of a composer.
 * @param {HTMLElement} el
 */
export function readText(el) {
  if (kindOf(el) === 'textarea') return /** @type {HTMLTextAreaElement} */ (el).value;
  return textMap(el).text;
}

/**
 * DOM position of plain-text offset `offset`; `edge` says which side of a
 * block break to prefer.
 * @param {TextMap} map
 * @param {number} offset
 * @param {'start' | 'end'} edge
 * @returns {[Node, number] | null}
 */
function position(map, offset, edge) {
  const segs = map.segments;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (edge === 'start' ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end) {
      return [s.node, offset - s.start];
    }
    // The offset sits on a synthetic line break between two text nodes.
    if (edge === 'start' && offset < s.start) return [s.node, 0];
  }
  if (edge === 'end') {
    for (let i = segs.length - 1; i >= 0; i--) if (segs[i].end <= offset) return [segs[i].node, segs[i].node.data.length];
  }
  return null;
}

/**
 * A DOM range over `[start, end)` (UTF-16 offsets of `readText`) of a rich
 * editor, or null when the offsets fall outside its text.
 * @param {HTMLElement} el a contenteditable
 * @param {number} start
 * @param {number} end
 * @param {TextMap} [map] the editor's text map, when the caller has one
 * @returns {Range | null}
 */
export function rangeOf(el, start, end, map = textMap(el)) {
  const from = position(map, start, 'start');
  const to = position(map, end, 'end');
  if (!from || !to) return null;
  // The composer's own document: it may be a same-origin frame's.
  const range = el.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

/**
 * Selects `[start, end)` of a composer the way the user would, through the
 * editor's own selection path: a textarea's selection range, or the
 * document selection that rich editors map to their model on
 * `selectionchange`. Focuses the composer first. Returns whether the span
 * could be selected.
 * @param {HTMLElement} el
 * @param {number} start
 * @param {number} end
 */
export function selectSpan(el, start, end) {
  el.focus();
  if (kindOf(el) === 'textarea') {
    /** @type {HTMLTextAreaElement} */ (el).setSelectionRange(start, end);
    return true;
  }
  const range = rangeOf(el, start, end);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Inserts through the editing command only text it handles fast: Chromium
 * spends 20 to 85 µs per line break on it (more the more the textarea
 * holds: 4,000 characters of 85-character lines took 84 ms into an empty
 * textarea, 387 ms into one holding 85 KB), while a single line of 16,000
 * characters cost no more than a placeholder.
 */
const COMMAND_MAX = 64 * 1024;
const COMMAND_MAX_WITH_BREAKS = 256;

/** Sets a textarea's value the way React and other frameworks notice. */
function setNativeValue(/** @type {HTMLTextAreaElement} */ el, /** @type {string} */ value) {
  const proto = el.tagName === 'INPUT' ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/**
 * Inserts `text` at the current selection of a textarea through the
 * browser's editing command (undo works, frameworks see a real input), or
 * the native value setter plus an `input` event where that command fails.
 * @param {HTMLTextAreaElement} el
 * @param {string} text
 */
function insertInTextarea(el, text) {
  el.focus();
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? el.value.length;
  const expected = el.value.slice(0, start) + text + el.value.slice(end);
  // Past those sizes undo is given up for the value setter, which costs
  // one layout (5 ms for 85 KB).
  const viaCommand = text.length <= (text.includes('\n') ? COMMAND_MAX_WITH_BREAKS : COMMAND_MAX);
  if (viaCommand && el.ownerDocument.execCommand('insertText', false, text) && el.value === expected) return;
  setNativeValue(el, expected);
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * Inserts text in rich editor `el` at the current selection, line by line,
 * so each editor splits paragraphs its own way: for editors that do not
 * take a scripted paste.
 * @param {HTMLElement} el
 * @param {string} text
 */
function insertInRich(el, text) {
  const document = el.ownerDocument;
  const lexical = kindOf(el) === 'lexical' ? el : null;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (i > 0) {
      // Lexical's plain-text editor loses execCommand('insertParagraph')
      // after a scripted insertText (the lines ran together, in Chromium and
      // Firefox); the same request as a beforeinput event it handles itself,
      // at its own selection, and cancels.
      const handled =
        lexical && !lexical.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true, composed: true }));
      if (!handled) document.execCommand('insertParagraph');
    }
    if (line) document.execCommand('insertText', false, line);
  });
}

/** One task later: editors that sync their selection on `selectionchange` (Lexical) have seen ours by then. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * Replaces `[start, end)` (UTF-16 offsets of `readText`) with `replacement`.
 * @param {HTMLElement} el
 * @param {number} start
 * @param {number} end
 * @param {string} replacement
 * @returns {Promise<boolean>} whether the editor accepted the change
 */
export async function replaceRange(el, start, end, replacement) {
  if (kindOf(el) === 'textarea') {
    const ta = /** @type {HTMLTextAreaElement} */ (el);
    ta.focus();
    ta.setSelectionRange(start, end);
    insertInTextarea(ta, replacement);
    return ta.value.slice(start, start + replacement.length) === replacement;
  }
  const range = rangeOf(el, start, end);
  if (!range) return false;
  el.focus();
  // The composer's own document: it may be a same-origin frame's.
  const document = el.ownerDocument;
  const selection = document.getSelection();
  if (!selection) return false;
  const lines = replacement.includes('\n');
  const seen = lines ? selectionSeen(document) : null;
  selection.removeAllRanges();
  selection.addRange(range);
  if (seen) {
    // A paste goes by the editor's own idea of the selection, which it
    // takes from `selectionchange`: in Firefox that comes after a 1 ms
    // timer, and the paste landed at the old caret.
    await seen;
    if (pasteIntoRich(el, replacement)) return true;
  }
  // Lexical reverts an edit that arrives in the same task as a selection
  // set by script: it has not yet mapped the selection to its model.
  if (kindOf(el) === 'lexical') await nextTask();
  return document.execCommand('insertText', false, replacement);
}

/**
 * Resolves one task after the next `selectionchange` in `document` (or
 * after 100 ms if none comes), by when editors have mapped the selection
 * to their model.
 * @param {Document} document
 */
function selectionSeen(document) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', done);
      setTimeout(resolve, 1);
    };
    const timer = setTimeout(done, 100);
    document.addEventListener('selectionchange', done);
  });
}

/**
 * Inserts `text` at the caret (a paste we held back).
 * @param {HTMLElement} el
 * @param {string} text
 */
export function insertText(el, text) {
  if (kindOf(el) === 'textarea') insertInTextarea(/** @type {HTMLTextAreaElement} */ (el), text);
  else {
    el.focus();
    if (!pasteIntoRich(el, text)) insertInRich(el, text);
  }
}

/**
 * Hands `text` to a rich editor as a paste of plain text: a `paste` event
 * carrying it, which ProseMirror, Lexical and Quill (and a chat app's own
 * paste handling) take as they take the user's, in one transaction.
 * Editing commands line by line cost Chromium minutes on a long text
 * (256 KB "Paste anyway": 153 s in ProseMirror, 25 s in Lexical, 176 s in
 * Quill, in one task). Our own paste listener ignores the event: it is not
 * trusted. Returns whether the editor took it (cancelled the event).
 * @param {HTMLElement} el
 * @param {string} text
 */
function pasteIntoRich(el, text) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  // Firefox ignores `clipboardData` here and fills the event's own from
  // `dataType` and `data` (Gecko-only fields, which Chromium ignores).
  const init = { clipboardData, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true };
  return !el.dispatchEvent(new ClipboardEvent('paste', init));
}

/**
 * Applies replacements (sorted by position, non-overlapping) from the last
 * to the first, so earlier offsets stay valid.
 * @param {HTMLElement} el
 * @param {{ start: number, end: number, placeholder: string }[]} replacements
 * @returns {Promise<boolean>}
 */
export async function applyReplacements(el, replacements) {
  const sorted = [...replacements].sort((a, b) => b.start - a.start);
  // A textarea has no formatting to keep: one edit is always as good.
  if (sorted.length > SEPARATE_REPLACEMENTS || (sorted.length > 1 && kindOf(el) === 'textarea')) return replaceSpan(el, sorted);
  let ok = true;
  for (const r of sorted) {
    ok = (await replaceRange(el, r.start, r.end, r.placeholder)) && ok;
  }
  return ok;
}

/**
 * Up to this many replacements in a rich editor are made one by one, which
 * keeps whatever formatting lies between them. Above it, each edit's cost
 * in the editor added up: 1,000 e-mail addresses in 85 KB held the page
 * 5.2 to 5.7 s (ProseMirror, Quill) or took 20 s (Lexical).
 */
const SEPARATE_REPLACEMENTS = 16;

/**
 * Makes all replacements (sorted last first) as one edit of the span from
 * the first to the last; in a rich editor that span comes back as plain
 * text, pasted.
 * @param {HTMLElement} el
 * @param {{ start: number, end: number, placeholder: string }[]} lastFirst
 */
function replaceSpan(el, lastFirst) {
  const text = readText(el);
  const start = lastFirst[lastFirst.length - 1].start;
  const end = lastFirst[0].end;
  let span = '';
  let at = start;
  for (let i = lastFirst.length - 1; i >= 0; i--) {
    span += text.slice(at, lastFirst[i].start) + lastFirst[i].placeholder;
    at = lastFirst[i].end;
  }
  return replaceRange(el, start, end, span + text.slice(at, end));
}
