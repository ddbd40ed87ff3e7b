/**
 * Runs in the page's own world (manifest `world: MAIN`), at document_start,
 * for one job: a file input the app creates and never attaches to the
 * document (`const i = document.createElement('input'); i.type = 'file';
 * i.click()`) fires its `change` on the input alone, where the content
 * script's window listeners never see it. Just before such an input's
 * picker opens, it is placed in a hidden holder of ours under <html>; its
 * events then pass window, and the content script (files.js) holds them
 * and takes the input out again once it has decided.
 *
 * Nothing else happens here: no data is read, nothing is sent.
 */

(() => {
  const HOLDER = 'data-promptwarden-files';
  const proto = HTMLInputElement.prototype;

  /** @param {HTMLInputElement} input */
  const park = (input) => {
    if (input.type !== 'file' || input.isConnected) return;
    let holder = /** @type {HTMLElement | null} */ (document.documentElement.querySelector(`:scope > [${HOLDER}]`));
    if (!holder) {
      holder = document.createElement('div');
      holder.setAttribute(HOLDER, '');
      holder.hidden = true;
      document.documentElement.append(holder);
    }
    holder.append(input);
  };

  for (const name of /** @type {const} */ (['click', 'showPicker'])) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: {
        // A method definition keeps the wrapper's name and `this` as the original's.
        /** @this {HTMLInputElement} */
        [name](/** @type {any[]} */ ...args) {
          park(this);
          return original.apply(this, args);
        },
      }[name],
    });
  }
})();
