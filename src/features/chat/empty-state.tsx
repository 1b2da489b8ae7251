import { detectMode } from '@/features/thinking/detector/detector';
import { useAppStore } from '@/store';

/** Two prompts Auto answers quickly and two it thinks about: the point of the app in one look. */
const EXAMPLES = [
  'Who wrote Faust?',
  'Suggest three names for a cosy bakery.',
  'A train leaves at 3 pm at 60 km/h and a second at 4 pm at 90 km/h. When does the second catch up?',
  'Write a function that checks whether a string is a palindrome.',
];

export function EmptyState() {
  const send = useAppStore((s) => s.send);
  const modeChoice = useAppStore((s) => s.modeChoice);
  return (
    <div className="mt-8 text-center">
      <p className="text-2xl font-semibold text-slate-700 dark:text-slate-200">
        Private AI that knows when to think
      </p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Everything runs in this browser tab. Try one of these
        {modeChoice === 'auto' ? ' and watch Auto decide' : ''}:
      </p>
      <ul className="mt-6 grid gap-3 text-left sm:grid-cols-2">
        {EXAMPLES.map((example) => {
          const mode = detectMode(example).mode;
          return (
            <li key={example}>
              <button
                type="button"
                onClick={() => void send(example)}
                className="h-full w-full rounded-xl border border-slate-200 bg-white p-3 text-sm hover:border-indigo-400 dark:border-slate-700 dark:bg-slate-900"
              >
                <span
                  className={`mb-1 block text-xs font-semibold uppercase tracking-wide ${mode === 'think' ? 'text-violet-600 dark:text-violet-300' : 'text-emerald-700 dark:text-emerald-300'}`}
                >
                  Auto: {mode === 'think' ? 'Think' : 'Quick'}
                </span>
                {example}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
