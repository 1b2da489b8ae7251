import { createHash } from 'node:crypto';

/**
 * Runs in `<head>` before the first paint, so a prerendered page never flashes the wrong theme or
 * text size (and knows early when WebGPU is missing, see below): it reads the settings' synchronous copy in localStorage (src/storage/unload-journal.ts,
 * key of zustand's `persist`, src/store/index.ts) and does what `useAppearance` does after it.
 * Plain ES5 in a string: it is inlined as is, and its hash goes into the Content-Security-Policy.
 */
export const BOOT_SCRIPT = [
  'try{',
  "var s=(JSON.parse(localStorage.getItem('mindswitch:settings:mindswitch-settings')||'{}')||{}).state||{};",
  "var d=s.theme==='dark'||(s.theme!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);",
  'var r=document.documentElement;',
  "r.classList.toggle('dark',d);",
  "r.style.colorScheme=d?'dark':'light';",
  "var f={small:'14px',large:'18px'}[s.textSize];",
  'if(f)r.style.fontSize=f',
  '}catch(e){}',
  // Without WebGPU the capability panel's explanation is the page's largest text: mark <html> so
  // the prerendered explanation shows before the app's script has loaded (capability-panel.tsx).
  // The same question as src/engine/webgpu-probe.ts; its answer replaces this one.
  'try{',
  "var n=function(){document.documentElement.setAttribute('data-webgpu','none')};",
  'var g=navigator.gpu;',
  "if(!g)n();else g.requestAdapter({powerPreference:'high-performance'}).then(function(a){if(!a)n()},n)",
  '}catch(e){}',
].join('');

/** The script's CSP source expression: `'sha256-…'`. */
export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
