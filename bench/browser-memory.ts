// Resident memory of a whole Chromium (browser, GPU, renderer and utility processes), read from
// /proc: the tab's WebAssembly heap lives in its renderer, the model's cache in the browser process.
import { readFileSync, readdirSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
  rssBytes: number;
}

function processes(): Proc[] {
  const list: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      list.push({ pid: Number(entry), ppid, cmdline, rssBytes: rssKb * 1024 });
    } catch {
      // The process ended while we read it.
    }
  }
  return list;
}

/** RSS of the process whose command line holds `tag` and of all its descendants. */
export function treeRssBytes(tag: string): number {
  const all = processes();
  const root = all.find((p) => p.cmdline.includes(tag));
  if (!root) return 0;
  const inTree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.rssBytes, 0);
}

/** Samples the tree's RSS every `everyMs` until stopped; reports the peak. */
export function watchPeakRss(tag: string, everyMs = 250) {
  let peak = treeRssBytes(tag);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(tag));
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, treeRssBytes(tag));
    },
  };
}
