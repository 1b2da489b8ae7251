import { useEffect } from 'react';
import { useAppStore } from '@/store';
import type { TextSize } from '@/store/settings-slice';

const ROOT_FONT_SIZE: Record<TextSize, string> = { small: '14px', medium: '16px', large: '18px' };

/** Applies theme (following the system when asked) and text size to the document. */
export function useAppearance() {
  const theme = useAppStore((s) => s.theme);
  const textSize = useAppStore((s) => s.textSize);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && query.matches);
      document.documentElement.classList.toggle('dark', dark);
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);

  useEffect(() => {
    document.documentElement.style.fontSize = ROOT_FONT_SIZE[textSize];
  }, [textSize]);
}
