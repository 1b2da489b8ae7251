/* global document */
// What-if: finished markdown blocks skip layout and paint while off screen. Load with
// BENCH_INIT_SCRIPT (combine with raf-scroll.js by listing both, comma-separated).
document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = '.md > * { content-visibility: auto; contain-intrinsic-size: auto 3em; }';
  document.head.append(style);
});
