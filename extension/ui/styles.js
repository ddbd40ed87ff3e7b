/**
 * Styles of the in-page UI, applied inside our closed shadow root so the
 * page's CSS cannot reach in and ours cannot leak out. Colours meet WCAG AA
 * contrast in light and dark (axe-core checks them in the browser tests).
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
[hidden] { display: none !important; }
.pw-root {
  --bg: #ffffff; --fg: #1d1f24; --muted: #4f5663; --border: #d5d9e0; --accent: #1f5fd6; --accent-fg: #ffffff;
  --critical: #b3261e; --high: #b23c06; --medium: #8a5300; --low: #4b5563; --shadow: 0 10px 30px rgba(0,0,0,.22);
  --button-bg: #eef1f6; --button-fg: #1d1f24; --scrim: rgba(15, 18, 24, .18);
  --mark-critical: rgba(179, 38, 30, .16); --mark-high: rgba(178, 60, 6, .15); --mark-medium: rgba(138, 83, 0, .14); --mark-low: rgba(75, 85, 99, .14);
}
@media (prefers-color-scheme: dark) {
  .pw-root {
    --bg: #1f2228; --fg: #eceff4; --muted: #b4bbc7; --border: #4a505c; --accent: #8fb4ff; --accent-fg: #10141c;
    --critical: #ff8a80; --high: #ffab70; --medium: #f3d36b; --low: #c5cad3; --shadow: 0 10px 30px rgba(0,0,0,.6);
    --button-bg: #2d323b; --button-fg: #eceff4; --scrim: rgba(0, 0, 0, .35);
    --mark-critical: rgba(255, 138, 128, .22); --mark-high: rgba(255, 171, 112, .2); --mark-medium: rgba(243, 211, 107, .18); --mark-low: rgba(197, 202, 211, .16);
  }
}
.marks { position: fixed; inset: 0; z-index: 2; pointer-events: none; overflow: hidden; }
.mark {
  position: fixed; pointer-events: none; border-radius: 3px;
  background: var(--mark-medium); box-shadow: inset 0 -2px 0 var(--medium);
}
.mark[data-severity="critical"] { background: var(--mark-critical); box-shadow: inset 0 -2px 0 var(--critical); }
.mark[data-severity="high"] { background: var(--mark-high); box-shadow: inset 0 -2px 0 var(--high); }
.mark[data-severity="low"] { background: var(--mark-low); box-shadow: inset 0 -2px 0 var(--low); }
.mirror {
  position: fixed; visibility: hidden; pointer-events: none; margin: 0; overflow: hidden; height: auto;
  top: 0; left: 0;
}
.backdrop { position: fixed; inset: 0; z-index: 1; background: var(--scrim); }
.indicator {
  position: fixed; z-index: 3; display: none; align-items: center; gap: 4px;
  padding: 2px 8px; border-radius: 999px; font-size: 12px; line-height: 18px; cursor: default;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); box-shadow: 0 1px 4px rgba(0,0,0,.15);
}
.indicator[data-count]:not([data-count="0"]) { border-color: var(--critical); color: var(--critical); }
.indicator .shield { width: 12px; height: 12px; }
.panel {
  position: fixed; z-index: 4; width: min(460px, calc(100vw - 16px)); display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 12px; box-shadow: var(--shadow);
  font-size: 14px; line-height: 1.4; overflow: hidden;
}
.panel .head { display: flex; align-items: center; gap: 6px; padding: 10px 16px 0; font-size: 12px; font-weight: 600; color: var(--muted); flex: none; }
.panel .head .shield { width: 14px; height: 14px; color: var(--accent); }
.panel .body { padding: 6px 16px 4px; overflow: auto; flex: 1 1 auto; min-height: 0; overscroll-behavior: contain; }
.panel h2 { margin: 0 0 6px; font-size: 16px; }
.panel p { margin: 0 0 10px; color: var(--muted); }
.panel .org { color: var(--fg); border-left: 3px solid var(--accent); padding-left: 8px; }
.panel a { color: var(--accent); }
.findings, .values { list-style: none; margin: 0; padding: 0; }
.findings { margin-bottom: 10px; }
.group { padding: 8px 0; border-top: 1px solid var(--border); }
.group-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.group-head .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; min-width: 58px; }
.sev.critical { color: var(--critical); } .sev.high { color: var(--high); } .sev.medium { color: var(--medium); } .sev.low { color: var(--low); }
.group-head .what { flex: 1; font-weight: 600; min-width: 0; }
.group-head .count { font-size: 12px; color: var(--muted); white-space: nowrap; }
.group .rule-message { margin: 4px 0 0 66px; color: var(--fg); font-size: 13px; }
.value { display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; padding: 3px 0 0 66px; }
.value code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: var(--fg); word-break: break-all; }
.not-sensitive { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 2px 0 4px; }
.thanks { font-size: 12px; color: var(--muted); }
.group > .more { margin: 4px 0 0 66px; }
.actions {
  flex: none; display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; align-items: center;
  padding: 10px 16px 14px; border-top: 1px solid var(--border); background: var(--bg);
}
.actions .gate { flex-basis: 100%; margin: 0; font-size: 12px; text-align: right; }
.files { list-style: none; margin: 0 0 8px; padding: 0; }
.files > li.file { padding: 4px 0; }
.files .name { word-break: break-all; }
.files .meta, .findings small { color: var(--muted); font-size: 12px; }
button {
  font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--border);
  background: var(--button-bg); color: var(--button-fg); cursor: pointer; white-space: nowrap;
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.secondary { background: transparent; border-color: transparent; color: var(--fg); text-decoration: underline; text-underline-offset: 2px; }
.actions button.secondary { margin-right: auto; }
/* Choices that do not fit one row: one per row, across the panel (fitChoices). */
.actions[data-stacked] { flex-direction: column; align-items: stretch; }
.actions[data-stacked] .gate { text-align: left; }
.actions[data-stacked] button { white-space: normal; margin-right: 0; }
button.link { background: none; border: 0; padding: 0; font-size: 12px; color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
button[aria-disabled="true"] { opacity: .6; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
label.justify { display: block; margin: 0 0 4px; font-size: 13px; }
label.justify textarea {
  display: block; width: 100%; min-height: 56px; margin-top: 4px; padding: 6px; border-radius: 8px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg); font: inherit; font-size: 13px;
}
.hint { font-size: 12px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
