import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { BOOT_SCRIPT } from './boot-script.ts';

const RENDER_SCRIPT = fileURLToPath(new URL('./render-shell.ts', import.meta.url));

async function renderShell(root: string, alias: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', RENDER_SCRIPT, root, JSON.stringify(alias)],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

/** The CSS files index.html links, inlined: the first paint needs no request but the page's. */
function inlineStylesheets(html: string, ctx: IndexHtmlTransformContext): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
    (tag, fileName: string) => {
      const asset = ctx.bundle?.[fileName];
      if (asset?.type !== 'asset') return tag;
      return `<style>${String(asset.source)}</style>`;
    },
  );
}

/**
 * A modulepreload for the shell language's texts, which main.tsx awaits before hydrating: fetched
 * with the first-paint script instead of after it has run.
 */
function shellLanguagePreload(ctx: IndexHtmlTransformContext): string {
  const chunk = Object.values(ctx.bundle ?? {}).find(
    (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/app/i18n/en.ts'),
  );
  return chunk ? `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">` : '';
}

/**
 * Puts the app's first screen into the built index.html, rendered from the same React components
 * (src/app/prerender.tsx), with its CSS inline and the boot script (theme, text size) in `<head>`:
 * the browser paints the shell before any JavaScript has loaded, and main.tsx hydrates it.
 */
export function prerenderShell(alias: Record<string, string>): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle || !html.includes('<div id="root"></div>')) return html;
        const rendered = await renderShell(root, alias);
        // React puts resource hints (`<link rel="preload">` for images) before the markup; they
        // belong in the head, and the root must hold exactly what the client will hydrate.
        const hints = /^(?:<link [^>]*\/>)*/.exec(rendered)?.[0] ?? '';
        const markup = rendered.slice(hints.length);
        if (!markup.startsWith('<div') || markup.includes('<template data-msg=')) {
          throw new Error(`The prerendered shell is incomplete: ${markup.slice(0, 300)}`);
        }
        return inlineStylesheets(html, ctx)
          .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`)
          .replace('</head>', `${shellLanguagePreload(ctx)}${hints}</head>`)
          .replace('<div id="root"></div>', `<div id="root">${markup}</div>`);
      },
    },
  };
}
