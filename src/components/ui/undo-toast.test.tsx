// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast } from './undo-toast';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function toast(deleted: object | null, onUndo = vi.fn(), onDismiss = vi.fn()) {
  return (
    <UndoToast deleted={deleted} message="Message deleted" onUndo={onUndo} onDismiss={onDismiss} />
  );
}

describe('UndoToast', () => {
  it('says what was deleted and undoes it', () => {
    const onUndo = vi.fn();
    render(toast({}, onUndo));
    expect(screen.getByRole('status').textContent).toContain('Message deleted');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('goes away after ten seconds, counted again from a newer deletion', () => {
    const onDismiss = vi.fn();
    const { rerender } = render(toast({}, vi.fn(), onDismiss));
    act(() => vi.advanceTimersByTime(6_000));
    rerender(toast({}, vi.fn(), onDismiss));
    act(() => vi.advanceTimersByTime(6_000));
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(4_000));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows nothing when nothing was deleted', () => {
    render(toast(null));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
