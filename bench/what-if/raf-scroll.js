/* global Element, requestAnimationFrame */
// What-if: the conversation's auto-scroll runs at most once per frame instead of once per token, so
// that a streamed token no longer forces a synchronous layout. Load with BENCH_INIT_SCRIPT.
const original = Element.prototype.scrollIntoView;
let pending = null;
Element.prototype.scrollIntoView = function (arg) {
  if (!pending) {
    requestAnimationFrame(() => {
      const next = pending;
      pending = null;
      if (next) original.call(next.element, next.arg);
    });
  }
  pending = { element: this, arg };
};
