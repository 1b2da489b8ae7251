import { describe, expect, it } from 'vitest';
import { parseWebLlmProgress } from './progress-report';

describe('parseWebLlmProgress', () => {
  it('reads downloading progress with megabytes fetched', () => {
    const progress = parseWebLlmProgress(
      {
        progress: 0.3,
        text: 'Fetching param cache[3/20]: 150MB fetched. 30% completed, 10 secs elapsed.',
      },
      500 * 1024 * 1024,
    );
    expect(progress).toEqual({
      phase: 'downloading',
      fraction: 0.3,
      bytesDone: 150 * 1024 * 1024,
      bytesTotal: 500 * 1024 * 1024,
    });
  });

  it('tells loading from cache and shader compilation apart', () => {
    expect(
      parseWebLlmProgress(
        { progress: 0.5, text: 'Loading model from cache[10/20]: 200MB loaded.' },
        null,
      ).phase,
    ).toBe('loading-from-cache');
    expect(
      parseWebLlmProgress(
        { progress: 0.9, text: 'Loading GPU shader modules[40/50]: 80% completed' },
        null,
      ).phase,
    ).toBe('compiling');
    expect(parseWebLlmProgress({ progress: 0, text: 'Start to fetch params' }, null).phase).toBe(
      'initializing',
    );
  });
});
