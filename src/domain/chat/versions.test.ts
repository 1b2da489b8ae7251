import { describe, expect, it } from 'vitest';
import { activePath, newestLeaf, versionsOf, type ThreadNode } from './versions';

const user = (id: string, parentId?: string | null): ThreadNode => ({ id, role: 'user', parentId });
const answer = (id: string, parentId?: string | null): ThreadNode => ({
  id,
  role: 'assistant',
  parentId,
});
const ids = (nodes: ThreadNode[]) => nodes.map((n) => n.id);

// q1 a1 q2 a2 q3 a3, then a2 re-run as a2b (the newest message).
const rerun = [
  user('q1', null),
  answer('a1', 'q1'),
  user('q2', 'a1'),
  answer('a2', 'q2'),
  user('q3', 'a2'),
  answer('a3', 'q3'),
  answer('a2b', 'q2'),
];

describe('answer versions', () => {
  it('reads older data without parents as one straight line', () => {
    const legacy = [user('q1'), answer('a1'), user('q2'), answer('a2')];
    expect(ids(activePath(legacy))).toEqual(['q1', 'a1', 'q2', 'a2']);
    expect(versionsOf(legacy, 'a2')).toEqual({ ids: ['a2'], index: 0 });
  });

  it('shows the newest branch by default, without the turns of the older version', () => {
    expect(ids(activePath(rerun))).toEqual(['q1', 'a1', 'q2', 'a2b']);
  });

  it('keeps the turns that followed the older version on its branch', () => {
    expect(versionsOf(rerun, 'a2b')).toEqual({ ids: ['a2', 'a2b'], index: 1 });
    const leaf = newestLeaf(rerun, 'a2');
    expect(leaf).toBe('a3');
    expect(ids(activePath(rerun, leaf))).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3']);
  });

  it('counts an edited first question as a version of it, with both later turns kept', () => {
    const edited = [...rerun, user('q1b', null), answer('a1b', 'q1b')];
    expect(versionsOf(edited, 'q1b')).toEqual({ ids: ['q1', 'q1b'], index: 1 });
    expect(ids(activePath(edited))).toEqual(['q1b', 'a1b']);
    expect(ids(activePath(edited, newestLeaf(edited, 'q1')))).toEqual(['q1', 'a1', 'q2', 'a2b']);
  });

  it('does not count a question as a version of an answer that follows the same message', () => {
    const mixed = [user('q1', null), answer('a1', 'q1'), user('q1-follow', 'q1')];
    expect(versionsOf(mixed, 'a1').ids).toEqual(['a1']);
  });

  it('falls back to the newest message when the leaf is unknown', () => {
    expect(ids(activePath(rerun, 'gone'))).toEqual(['q1', 'a1', 'q2', 'a2b']);
  });
});
