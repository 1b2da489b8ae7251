import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

const OPEN_EVENT = 'app-dialog-open';

/** Lets the shell react when any dialog opens (the chats drawer closes on phones). */
export function onDialogOpen(listener: () => void): () => void {
  window.addEventListener(OPEN_EVENT, listener);
  return () => window.removeEventListener(OPEN_EVENT, listener);
}

const widths = {
  sm: 'w-[min(26rem,calc(100vw-2rem))]',
  md: 'w-[min(32rem,calc(100vw-2rem))]',
  lg: 'w-[min(36rem,calc(100vw-2rem))]',
  xl: 'w-[min(72rem,calc(100vw-1rem))]',
} as const;

export interface DialogProps {
  open: boolean;
  /** Called for the close button, Escape and any other way the browser closes the dialog. */
  onClose: () => void;
  title: string;
  closeLabel: string;
  size?: keyof typeof widths;
  children: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the browser traps focus, makes the page inert and closes it on
 * Escape. Focus starts on the first control inside and returns to where it was when it closes.
 * Children mount only while open.
 */
export function Dialog({ open, onClose, title, closeLabel, size = 'md', children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      window.dispatchEvent(new Event(OPEN_EVENT));
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        returnFocusTo.current?.focus();
        returnFocusTo.current = null;
        onClose();
      }}
      className={`m-auto max-h-[92dvh] ${widths[size]} rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100`}
    >
      {open && (
        <div className="p-4 sm:p-5">
          <div className="mb-3 flex items-center gap-2">
            <h2 id={titleId} className="min-w-0 text-lg font-semibold">
              {title}
            </h2>
            <Button variant="ghost" className="ml-auto shrink-0" onClick={onClose}>
              {closeLabel}
            </Button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
