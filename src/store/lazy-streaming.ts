// Streaming an answer (the think-stream parser, the thinking budget, Draft + refine's prompt and
// comparison) is not needed for the first paint: a chunk of its own, fetched as soon as the store
// starts and ready long before anyone can send.
const streamingLoading = Promise.all([import('./generation'), import('./refine')]).then(
  ([generation, refine]) => ({
    generateAnswer: generation.generateAnswer,
    draftAndRefine: refine.draftAndRefine,
  }),
);

export const loadStreaming = () => streamingLoading;
