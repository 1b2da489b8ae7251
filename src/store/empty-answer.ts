import { EMPTY_PROGRESS } from '@/domain/chat/stream-progress';
import type { AnswerProgress } from './answer-run';

/** An answer before its first token. */
export const EMPTY_ANSWER: AnswerProgress = { ...EMPTY_PROGRESS, budgetReached: false };
