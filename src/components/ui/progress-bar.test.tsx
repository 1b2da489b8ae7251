// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar';

afterEach(cleanup);

describe('ProgressBar', () => {
  it('reports the share done and fills that much', () => {
    render(<ProgressBar fraction={0.42} label="Loading" />);
    const bar = screen.getByRole('progressbar', { name: 'Loading' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.queryByTestId('progress-indeterminate')).toBeNull();
  });

  it('shows a moving stripe, not a full bar, when the share is unknown', () => {
    render(<ProgressBar fraction={null} label="Loading" />);
    const bar = screen.getByRole('progressbar', { name: 'Loading' });
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('progress-indeterminate')).toBeTruthy();
  });
});
