import { useAppStore } from '@/store';
import type { ModeChoice } from '@/store/chat-types';

const options: { value: ModeChoice; label: string; hint: string }[] = [
  { value: 'quick', label: 'Quick', hint: 'Answer at once, no thinking' },
  { value: 'think', label: 'Think', hint: 'Reason step by step first' },
  { value: 'auto', label: 'Auto', hint: 'Decide per message' },
];

/** Native radios: arrow keys move the choice, Tab leaves the group, as users expect. */
export function ModeSwitch() {
  const modeChoice = useAppStore((s) => s.modeChoice);
  const setModeChoice = useAppStore((s) => s.setModeChoice);
  return (
    <div
      role="radiogroup"
      aria-label="Thinking mode"
      className="inline-flex rounded-lg border border-slate-300 bg-slate-100 p-0.5 text-sm dark:border-slate-700 dark:bg-slate-800"
    >
      {options.map((option) => (
        <label
          key={option.value}
          title={option.hint}
          className="relative cursor-pointer rounded-md px-3 py-1 text-slate-600 has-[:checked]:bg-white has-[:checked]:text-indigo-700 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 dark:text-slate-300 dark:has-[:checked]:bg-slate-950 dark:has-[:checked]:text-indigo-300"
        >
          <input
            type="radio"
            name="thinking-mode"
            value={option.value}
            checked={modeChoice === option.value}
            onChange={() => setModeChoice(option.value)}
            className="absolute inset-0 cursor-pointer opacity-0"
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
