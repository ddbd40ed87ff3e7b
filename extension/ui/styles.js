/**
 * Styles of the in-page UI, applied inside our closed shadow root so the
 * page's CSS cannot reach in and ours cannot leak out.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pw-root {
  --bg: #ffffff; --fg: #1d1f24; --muted: #5b6270; --border: #d5d9e0; --accent: #1f5fd6;
  --critical: #b3261e; --high: #c2410c; --medium: #a16207; --low: #4b5563; --shadow: 0 10px 30px rgba(0,0,0,.18);
  --button-bg: #eef1f6; --button-fg: #1d1f24; --danger-bg: #b3261e; --danger-fg: #fff;
}
@media (prefers-color-scheme: dark) {
  .pw-root {
    --bg: #1f2228; --fg: #eceff4; --muted: #a8b0bd; --border: #3a404b; --accent: #7aa7ff;
    --critical: #ff8a80; --high: #ffab70; --medium: #f3d36b; --low: #c5cad3; --shadow: 0 10px 30px rgba(0,0,0,.6);
    --button-bg: #2d323b; --button-fg: #eceff4; --danger-bg: #e2574c; --danger-fg: #111;
  }
}
.indicator {
  position: fixed; z-index: 2147483646; display: none; align-items: center; gap: 4px;
  padding: 2px 8px; border-radius: 999px; font-size: 12px; line-height: 18px; cursor: default;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); box-shadow: 0 1px 4px rgba(0,0,0,.15);
}
.indicator[data-count]:not([data-count="0"]) { border-color: var(--critical); color: var(--critical); }
.indicator .shield { width: 12px; height: 12px; }
.panel {
  position: fixed; z-index: 2147483647; width: min(440px, calc(100vw - 24px)); max-height: min(70vh, 560px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 12px; box-shadow: var(--shadow);
  padding: 16px; font-size: 14px; line-height: 1.4;
}
.panel h2 { margin: 0 0 6px; font-size: 15px; }
.panel p { margin: 0 0 10px; color: var(--muted); }
.panel .org { color: var(--fg); border-left: 3px solid var(--accent); padding-left: 8px; }
.panel a { color: var(--accent); }
.findings { list-style: none; margin: 0 0 12px; padding: 0; }
.findings li { display: flex; gap: 8px; align-items: baseline; padding: 6px 0; border-top: 1px solid var(--border); }
.findings .sev { font-size: 11px; font-weight: 600; text-transform: uppercase; min-width: 58px; }
.findings .sev.critical { color: var(--critical); } .findings .sev.high { color: var(--high); }
.findings .sev.medium { color: var(--medium); } .findings .sev.low { color: var(--low); }
.findings .what { flex: 1; }
.findings code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); word-break: break-all; }
.files { list-style: none; margin: 0 0 8px; padding: 0; }
.files > li.file { padding: 4px 0; }
.files .name { word-break: break-all; }
.files .meta, .findings small { color: var(--muted); font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--border);
  background: var(--button-bg); color: var(--button-fg); cursor: pointer;
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); }
button.danger { background: var(--danger-bg); border-color: var(--danger-bg); color: var(--danger-fg); }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
label.justify { display: block; margin: 0 0 10px; font-size: 13px; }
label.justify textarea {
  display: block; width: 100%; min-height: 56px; margin-top: 4px; padding: 6px; border-radius: 8px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg); font: inherit; font-size: 13px;
}
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
