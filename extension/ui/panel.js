/**
 * The panel's content, built from what was found and what the policy
 * allows: the words (who decided, where a reason goes), the findings
 * grouped by rule with the most severe first, and the choices. Text goes in
 * through textContent only. The overlay places it, traps focus in it and
 * resolves the user's choice.
 */

import { t } from '../shared/i18n.js';
import { ruleTitle } from '../shared/rule-titles.js';

/**
 * @typedef {import('../content/engine.js').Finding} Finding
 * @typedef {import('../background/files.js').FileVerdict} FileVerdict
 * @typedef {'warn' | 'block' | 'paste' | 'fail-closed' | 'file-warn' | 'file-block'} PanelMode
 * @typedef {'redact' | 'send' | 'edit' | 'paste-redacted' | 'paste' | 'cancel' | 'ok' | 'allow-value' | 'remove' | 'attach' | 'attach-redacted'} Choice
 * @typedef {{ name: string, kind: string, size: number, findings: FileVerdict['findings'], unread: FileVerdict['unread'] }} PanelFile
 * @typedef {{ choice: Choice, justification?: string, select?: boolean, finding?: Finding }} PanelResult
 * @typedef {object} PanelOptions
 * @property {PanelMode} mode
 * @property {Finding[]} findings
 * @property {HTMLElement | null} anchor the composer
 * @property {boolean} allowOverride
 * @property {boolean} requireJustification
 * @property {string | null} [message] the organisation's message
 * @property {string | null} [helpUrl] the organisation's AI policy page
 * @property {PanelFile[]} [files] attached files (the file modes)
 * @property {boolean} [fileCopy] whether "Attach redacted copy" is offered (text files whose every value has a placeholder)
 * @property {(f: Finding) => boolean} [byOrganisation] whether the organisation set the action of f's rule
 * @property {boolean} [auditCollector] whether events (and a reason) go to the organisation's collector
 * @property {(f: Finding) => boolean} [canAllow] whether "Allow this value on this site" is offered for f
 * @property {string} [site] the site "Allow this value" applies to, as shown
 * @property {(f: Finding) => void} [onReport] records a false-positive report for f's rule
 * @property {(ruleId: string) => string | null} [ruleMessage] what the policy's custom rule says about its findings
 */

/** Values listed per rule before "Show N more". */
const SHOWN_VALUES = 3;

/** Shortest reason accepted for an override. */
export const MIN_REASON = 3;

const SEVERITY_RANK = { critical: 3, high: 2, medium: 1, low: 0 };

const SVG = 'http://www.w3.org/2000/svg';

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children] */
export function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

export function shieldIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'shield');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M8 1 2 3.5V8c0 3.3 2.6 6.1 6 7 3.4-.9 6-3.7 6-7V3.5L8 1Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/**
 * What a screen reader says for a masked preview: each run of masking
 * characters is one localized word ("hidden"), not "star star star".
 * @param {string} preview
 */
export function spokenPreview(preview) {
  const hidden = ` ${t('previewHidden')} `;
  const words = preview.replace(/\*+(?:[\s.\-_/:]*\*+)*/g, hidden).replace(/\s+/g, ' ').trim();
  return t('previewSpoken', words);
}

/**
 * Findings grouped by rule: the most severe rule first, then by where its
 * first finding is; each group's findings in text order.
 * @param {Finding[]} findings
 */
export function groupByRule(findings) {
  /** @type {Map<string, Finding[]>} */
  const groups = new Map();
  for (const f of findings) {
    const list = groups.get(f.ruleId);
    if (list) list.push(f);
    else groups.set(f.ruleId, [f]);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[b[0].severity] - SEVERITY_RANK[a[0].severity] || a[0].start - b[0].start,
  );
}

/** The choice that sends nothing, for each mode: what focus starts on and what Escape and a click outside mean. */
export const SAFE_CHOICE = /** @type {Record<PanelMode, Choice>} */ ({ warn: 'edit', block: 'edit', paste: 'cancel', 'fail-closed': 'ok', 'file-warn': 'remove', 'file-block': 'remove' });

/** Whether the mode has an override the policy allows (send, paste or attach anyway). */
function overridable(/** @type {PanelOptions} */ o) {
  return o.allowOverride && (o.mode === 'warn' || o.mode === 'paste' || o.mode === 'file-warn');
}

/** `2.4 MB`, `812 KB`, `93 bytes`, in the UI's language (`2,4 Mo` in French). */
function sizeText(/** @type {number} */ n) {
  if (n >= 1e6) return t('fileSizeMB', (n / 1e6).toLocaleString(t('uiLang'), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  if (n >= 1e3) return t('fileSizeKB', String(Math.round(n / 1e3)));
  return t('fileSizeBytes', String(n));
}

/**
 * Where in a file: `report.zip · .env · line 3`, `sheet Customers · B7`, `page 2 · line 14`.
 * @param {import('../background/files.js').FileWhere} w
 */
function whereText(w) {
  const parts = [];
  if (w.entry) parts.push(w.entry);
  if (w.sheet) parts.push(t('fileWhereSheet', w.sheet));
  if (w.page) parts.push(t('fileWherePage', String(w.page)));
  if (w.slide) parts.push(t('fileWhereSlide', String(w.slide)));
  if (w.part) parts.push(w.part);
  if (w.cell) parts.push(w.cell);
  else if (w.line) parts.push(t('fileWhereLine', String(w.line)));
  return parts.join(' · ');
}

/**
 * One attached file: its name, type and size, what was found (masked) and
 * where, and what could not be read.
 * @param {PanelFile} f
 */
function fileItem(f) {
  const li = h('li', { class: 'file' }, [h('strong', { class: 'name' }, [f.name]), ' ', h('span', { class: 'meta' }, [`${f.kind} · ${sizeText(f.size)}`])]);
  const list = h('ul', { class: 'findings', 'aria-label': t('panelFindingsLabel') });
  for (const x of f.findings) {
    const title = x.ruleId === 'key-file' ? t('fileKeyFile') : ruleTitle(x.ruleId, x.title || x.ruleId, x.category);
    const where = whereText(x.where);
    list.append(
      h('li', { class: 'value' }, [
        h('span', { class: `sev ${x.severity}` }, [t(`severity_${x.severity}`)]),
        h('span', { class: 'what' }, [title, ' ', h('code', {}, [x.preview]), ...(where ? [' ', h('small', {}, [where])] : [])]),
      ]),
    );
  }
  for (const u of f.unread) {
    const reason = t(`fileReason_${u.reason.replace('-', '_')}`);
    const where = whereText(u.where);
    list.append(h('li', { class: 'value' }, [h('span', { class: 'what' }, [t('fileUnread', reason), where ? ` (${where})` : '', u.detail ? `: ${u.detail}` : ''])]));
  }
  li.append(list);
  return li;
}

/** The panel's title and explanation. */
function words(/** @type {PanelOptions} */ o) {
  switch (o.mode) {
    case 'warn':
      return [t('panelWarnTitle'), t(overridable(o) ? 'panelWarnText' : 'panelWarnTextNoOverride')];
    case 'file-warn':
      return [t('panelFileWarnTitle'), t('panelFileWarnText')];
    case 'file-block':
      return [t('panelFileBlockTitle'), t('panelFileBlockText')];
    case 'block': {
      const byOrg = o.findings.some((f) => f.action === 'block' && o.byOrganisation?.(f));
      return [t('panelBlockTitle'), t(byOrg ? 'panelBlockTextOrganisation' : 'panelBlockTextSettings')];
    }
    case 'paste':
      return [t('panelPasteTitle'), t(overridable(o) ? 'panelPasteText' : 'panelPasteTextNoOverride')];
    default:
      return [t('panelFailClosedTitle'), t('panelFailClosedText')];
  }
}

/**
 * One finding's row: its masked preview (named for screen readers) and
 * "Not sensitive?", which opens "Allow this value on <site>" (where
 * allowed) and "Report a false positive".
 * @param {Finding} f
 * @param {PanelOptions} o
 * @param {(r: PanelResult) => void} done
 * @param {string} id unique within the panel
 * @param {Set<string>} reported rule ids already reported from this panel
 */
function valueRow(f, o, done, id, reported) {
  const row = h('li', { class: 'value' }, [
    h('span', { class: 'sr-only' }, [spokenPreview(f.preview)]),
    h('code', { 'aria-hidden': 'true' }, [f.preview]),
  ]);
  const canAllow = !!o.canAllow?.(f);
  if (!canAllow && !o.onReport) return row;
  const more = h('div', { class: 'not-sensitive', id, hidden: '' });
  const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': id, 'data-action': 'not-sensitive' }, [t('panelNotSensitive')]);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    more.hidden = !open;
  });
  if (canAllow) {
    const allow = h('button', { type: 'button', class: 'link', 'data-action': 'allow-value' }, [t('panelAllowHere', o.site ?? location.host)]);
    allow.addEventListener('click', () => done({ choice: 'allow-value', finding: f }));
    more.append(allow);
  }
  if (o.onReport) {
    const onReport = o.onReport;
    const report = h('button', { type: 'button', class: 'link', 'data-action': 'report' }, [t('panelReport')]);
    const thanks = h('span', { class: 'thanks', role: 'status' });
    const markReported = () => {
      report.setAttribute('aria-disabled', 'true');
      thanks.textContent = t('panelReported');
    };
    if (reported.has(f.ruleId)) markReported();
    report.addEventListener('click', () => {
      if (reported.has(f.ruleId)) return;
      reported.add(f.ruleId);
      onReport(f);
      markReported();
    });
    more.append(report, thanks);
  }
  row.append(toggle, more);
  return row;
}

/**
 * The findings list: a group per rule with its severity, title and count,
 * its first values, and the rest behind "Show N more".
 * @param {PanelOptions} o
 * @param {(r: PanelResult) => void} done
 */
function findingsList(o, done) {
  const list = h('ul', { class: 'findings', 'aria-label': t('panelFindingsLabel') });
  const reported = new Set();
  let n = 0;
  for (const group of groupByRule(o.findings)) {
    const first = group[0];
    const values = h('ul', { class: 'values' });
    const rows = group.map((f) => valueRow(f, o, done, `pw-value-${n++}`, reported));
    values.append(...rows.slice(0, SHOWN_VALUES));
    const item = h('li', { class: 'group', 'data-rule': first.ruleId }, [
      h('div', { class: 'group-head' }, [
        h('span', { class: `sev ${first.severity}` }, [t(`severity_${first.severity}`)]),
        h('span', { class: 'what' }, [ruleTitle(first.ruleId, first.title ?? first.ruleId, first.category)]),
        h('span', { class: 'count' }, [t('panelGroupCount', String(group.length))]),
      ]),
    ]);
    // A custom rule's own words (what to do instead, whom to ask) under its title.
    const said = o.ruleMessage?.(first.ruleId);
    if (said) item.append(h('p', { class: 'rule-message' }, [said]));
    item.append(values);
    if (rows.length > SHOWN_VALUES) {
      const rest = rows.slice(SHOWN_VALUES);
      const more = h('button', { type: 'button', class: 'link more', 'data-action': 'show-more' }, [t('panelShowMore', String(rest.length))]);
      more.addEventListener('click', () => {
        values.append(...rest);
        more.remove();
        // Focus stays in the list: on the first value that appeared.
        /** @type {HTMLElement | null} */ (rest[0].querySelector('button'))?.focus();
      });
      item.append(more);
    }
    list.append(item);
  }
  return list;
}

/**
 * Lays the choices out on one row when their labels fit it, and otherwise
 * one per row across the panel ("stacked"), so that a long translation or
 * a narrow window never leaves a ragged second row or a clipped label.
 * Measured rather than guessed: label widths depend on the language and on
 * the reader's fonts. Call it whenever the panel's width may have changed.
 * @param {HTMLElement} panel
 */
export function fitChoices(panel) {
  const actions = panel.querySelector('.actions');
  if (!actions) return;
  actions.removeAttribute('data-stacked');
  const buttons = /** @type {HTMLElement[]} */ ([...actions.querySelectorAll('button')]);
  const row = buttons[0]?.offsetTop;
  const fits = buttons.every((b) => b.offsetTop === row && b.scrollWidth <= b.clientWidth);
  if (!fits) actions.setAttribute('data-stacked', '');
}

/**
 * Builds the panel. `done` is called with the user's choice.
 * @param {PanelOptions} o
 * @param {(r: PanelResult) => void} done
 * @returns {{ panel: HTMLElement, safe: HTMLElement }}
 */
export function buildPanel(o, done) {
  const panel = h('div', { class: 'panel', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'pw-title', 'aria-describedby': 'pw-desc', 'data-mode': o.mode });
  const [title, explain] = words(o);
  const body = h('div', { class: 'body' }, [h('h2', { id: 'pw-title' }, [title]), h('p', { id: 'pw-desc' }, [explain])]);
  if (o.findings.length) body.append(findingsList(o, done));
  if (o.files?.length) body.append(h('ul', { class: 'files', 'aria-label': t('panelFilesLabel') }, o.files.map(fileItem)));
  if (o.fileCopy) body.append(h('p', { class: 'hint' }, [t('panelFileCopyText')]));
  if (o.message) body.append(h('p', { class: 'org' }, [o.message]));
  if (o.helpUrl && /^https?:\/\//.test(o.helpUrl)) {
    body.append(h('p', {}, [h('a', { href: o.helpUrl, target: '_blank', rel: 'noopener noreferrer' }, [t('panelHelpLink')])]));
  }

  /** @type {HTMLTextAreaElement | null} */
  let reason = null;
  if (overridable(o) && o.requireJustification) {
    reason = /** @type {HTMLTextAreaElement} */ (h('textarea', { maxlength: '500', 'aria-describedby': 'pw-reason-where' }));
    body.append(
      h('label', { class: 'justify' }, [t('panelJustifyLabel'), reason]),
      h('p', { class: 'hint', id: 'pw-reason-where' }, [t(o.auditCollector ? 'panelReasonOrganisation' : 'panelReasonLocal')]),
    );
  }

  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': t('panelActionsLabel') });
  const justification = () => reason?.value.trim() || undefined;
  /** @type {Record<string, HTMLButtonElement>} */
  const buttons = {};
  /** @param {string} label @param {Choice} choice @param {string} [cls] */
  const button = (label, choice, cls = '') => {
    const b = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: cls, 'data-choice': choice }, [label]));
    b.addEventListener('click', () => {
      if (b.getAttribute('aria-disabled') === 'true') {
        reason?.focus();
        return;
      }
      done({ choice, justification: justification(), select: choice === 'edit' });
    });
    buttons[choice] = b;
    return b;
  };
  // The override first and quiet, the safe choice next (it has the focus),
  // the recommended one last and filled.
  if (o.mode === 'warn') {
    if (overridable(o)) button(t('buttonSendAnyway'), 'send', 'secondary');
    button(t('buttonEdit'), 'edit');
    button(t('buttonRedactSend'), 'redact', 'primary');
  } else if (o.mode === 'block') {
    button(t('buttonEdit'), 'edit');
    button(t('buttonRedact'), 'redact', 'primary');
  } else if (o.mode === 'file-warn') {
    if (overridable(o)) button(t('buttonAttachAnyway'), 'attach', 'secondary');
    button(t('buttonRemoveFile'), 'remove', o.fileCopy ? '' : 'primary');
    if (o.fileCopy) button(t('buttonAttachRedacted'), 'attach-redacted', 'primary');
  } else if (o.mode === 'file-block') {
    // As "Redact" on a blocked prompt: the values never leave, the text does.
    button(t('buttonRemoveFile'), 'remove', o.fileCopy ? '' : 'primary');
    if (o.fileCopy) button(t('buttonAttachRedacted'), 'attach-redacted', 'primary');
  } else if (o.mode === 'paste') {
    if (overridable(o)) button(t('buttonPasteAnyway'), 'paste', 'secondary');
    button(t('buttonCancel'), 'cancel');
    button(t('buttonPasteRedacted'), 'paste-redacted', 'primary');
  } else {
    button(t('buttonOk'), 'ok', 'primary');
  }
  const override = buttons.send ?? buttons.paste ?? buttons.attach;
  if (reason && override) {
    // Disabled by aria only: it stays in the tab order and says why.
    const gate = h('p', { class: 'hint gate', id: 'pw-gate' }, [t('panelReasonNeeded', String(MIN_REASON))]);
    override.setAttribute('aria-describedby', 'pw-gate');
    const text = reason;
    const update = () => {
      const short = text.value.trim().length < MIN_REASON;
      override.setAttribute('aria-disabled', String(short));
      gate.hidden = !short;
    };
    update();
    text.addEventListener('input', update);
    actions.append(gate);
  }
  actions.append(...Object.values(buttons));
  const head = h('div', { class: 'head' }, [shieldIcon(), h('span', { class: 'brand' }, [t('extName')])]);
  panel.append(head, body, actions);
  return { panel, safe: buttons[SAFE_CHOICE[o.mode]] ?? Object.values(buttons)[0] };
}
