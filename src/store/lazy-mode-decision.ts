// The detector (its weights and lexicon) is not needed for the first paint: a chunk of its own,
// fetched as soon as the store starts and ready long before anyone can send.
type DecideMode = (typeof import('@/domain/chat/mode-decision'))['decideMode'];

let loadedDecideMode: DecideMode | null = null;
const modeDecisionLoading = import('@/domain/chat/mode-decision').then((module) => {
  loadedDecideMode = module.decideMode;
  return module.decideMode;
});

/** Synchronous once the chunk is there, so sending keeps its timing. */
export const decideModeNow = (): DecideMode | Promise<DecideMode> =>
  loadedDecideMode ?? modeDecisionLoading;
