// A long, deterministic chat answer with what Qwen3 really writes: headings, paragraphs with inline
// markup, Qwen's \( \) and \[ \] math as well as dollars, nested lists, fenced code, tables, quotes.

interface Topic {
  title: string;
  noun: string;
  language: 'ts' | 'python' | 'bash';
}

const TOPICS: Topic[] = [
  { title: 'Binary search on a sorted array', noun: 'the search interval', language: 'ts' },
  { title: 'Streaming a response token by token', noun: 'the stream buffer', language: 'python' },
  { title: 'Caching model weights in the browser', noun: 'the cache entry', language: 'ts' },
  { title: 'Measuring main-thread time', noun: 'the long task', language: 'bash' },
  { title: 'Solving a quadratic equation', noun: 'the discriminant', language: 'python' },
  { title: 'Memoising rendered blocks', noun: 'the block key', language: 'ts' },
];

function code(topic: Topic, n: number): string {
  if (topic.language === 'ts') {
    return [
      '```ts',
      `export function step${n}(values: readonly number[], target: number): number {`,
      '  let low = 0;',
      '  let high = values.length - 1;',
      '',
      '  while (low <= high) {',
      '    const mid = (low + high) >>> 1;',
      `    if (values[mid] === target) return mid; // found after ${n + 2} probes at most`,
      '    if ((values[mid] ?? 0) < target) low = mid + 1;',
      '    else high = mid - 1;',
      '  }',
      '  return -1;',
      '}',
      '```',
    ].join('\n');
  }
  if (topic.language === 'python') {
    return [
      '```python',
      `def solve_${n}(a: float, b: float, c: float) -> tuple[float, float]:`,
      '    """Returns both roots; raises when they are complex."""',
      '    d = b * b - 4 * a * c',
      '    if d < 0:',
      `        raise ValueError(f"no real roots (d = {d:.${(n % 3) + 1}f})")`,
      '',
      '    r = d ** 0.5',
      '    return (-b + r) / (2 * a), (-b - r) / (2 * a)',
      '```',
    ].join('\n');
  }
  return [
    '```bash',
    `# Run ${n}: build once, then measure`,
    'npm ci',
    'npx vite build --mode bench --outDir dist-bench',
    `for i in $(seq 1 ${(n % 4) + 2}); do npm run bench; done`,
    '```',
  ].join('\n');
}

function section(topic: Topic, n: number): string {
  const a = (n % 7) + 2;
  const b = (n % 5) + 3;
  const parts = [
    `### ${n + 1}. ${topic.title}`,
    `Let's look at **${topic.noun}** more closely. In step ${n + 1} the work is *linear* in the ` +
      `input, so for \\(n = ${a * 100}\\) items it takes about \\(O(n \\log n)\\) comparisons in ` +
      `total, while a naive approach needs $${a}n^2$ operations. The helper \`step${n}()\` keeps ` +
      `the invariant, and costs about $${b}.50 per million calls on a small server.`,
    [
      `1. **Set up** ${topic.noun}: choose bounds \\(0 \\le i < ${a * 10}\\).`,
      `2. **Iterate** until the interval is empty:`,
      `   - compare the middle element with the target;`,
      `   - move one bound, halving the interval (see [the notes](https://example.com/notes/${n}));`,
      `3. **Return** the index, or \`-1\` when nothing matched.`,
    ].join('\n'),
    code(topic, n),
    [
      `| Case | Input size | Steps | Notes |`,
      `| --- | ---: | ---: | --- |`,
      `| best | ${a * 10} | 1 | hit on the first probe |`,
      `| average | ${a * 100} | ${a + 6} | \\(\\log_2 n\\) rounded up |`,
      `| worst | ${a * 1000} | ${a + 9} | target ~absent~ not present |`,
    ].join('\n'),
    `The expected cost follows from the recurrence:`,
    `\\[\nT(n) = T\\left(\\frac{n}{2}\\right) + ${b}, \\qquad T(1) = 1 \\implies T(n) = ${b}\\log_2 n + 1\n\\]`,
    `> **Note:** with ${b} items per page and ${a} pages, the total is $${a} \\times ${b} = ${a * b}$; ` +
      `keep ~${a * b} entries in ${topic.noun}.`,
    `- A quick check: ${a} + ${b} = ${a + b}, and ${a} × ${b} = ${a * b}.\n` +
      `- Edge case: an empty input returns \`-1\` at once.\n` +
      `- Remember that __underscored emphasis__ and ~~struck text~~ render too.`,
  ];
  return parts.join('\n\n');
}

/** At least `minChars` characters of markdown, always the same for the same argument. */
export function syntheticAnswer(minChars: number): string {
  const intro =
    'Sure! Here is a detailed, step-by-step walkthrough. Each part explains the idea, shows code ' +
    'and a small table, and ends with a short summary.';
  const sections: string[] = [intro];
  let length = intro.length;
  for (let n = 0; length < minChars; n += 1) {
    const topic = TOPICS[n % TOPICS.length];
    if (!topic) break;
    const text = section(topic, n);
    sections.push(text);
    length += text.length + 2;
  }
  return sections.join('\n\n');
}

export const SYNTHETIC_THINKING =
  'The user wants a thorough answer. I should explain the idea, give code, a table and the maths, ' +
  'then summarise. Let me structure it section by section and check the arithmetic as I go.';

/** Splits text into fixed-size tokens (the last may be shorter). */
export function toTokens(text: string, charsPerToken: number): string[] {
  const tokens: string[] = [];
  for (let at = 0; at < text.length; at += charsPerToken) {
    tokens.push(text.slice(at, at + charsPerToken));
  }
  return tokens;
}
