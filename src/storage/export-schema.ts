import { z } from 'zod';
import type { DetectorReason } from '@/domain/detector/reasons';
import type { SavedMessage } from './types';
import type { EngineErrorCode } from '@/domain/engine-error';

export const EXPORT_FORMAT = 'mindswitch.conversations';
/** 2: messages name the message they follow (`parentId`) and versions are kept; 1 still imports. */
export const EXPORT_VERSION = 2;

/** One conversation in an export: its fields, then its messages in order. */
export interface ExportedConversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  titleEditedByUser: boolean;
  /** The end of the branch of versions shown (absent: the newest message). */
  activeLeafId?: string;
  messages: SavedMessage[];
}

/** The JSON document; see EXPORT_FORMAT.md. */
export interface ConversationsExport {
  format: typeof EXPORT_FORMAT;
  version: 1 | typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  conversations: ExportedConversation[];
}

// A Record (not a list) so the compiler flags a code added to or removed from EngineErrorCode.
const KNOWN_ERROR_CODES: Record<EngineErrorCode, true> = {
  'webgpu-unavailable': true,
  'shader-f16-missing': true,
  'device-lost': true,
  'out-of-memory': true,
  'quota-exceeded': true,
  'download-failed': true,
  'http-not-found': true,
  'http-forbidden': true,
  'http-server-error': true,
  unreachable: true,
  'download-interrupted': true,
  offline: true,
  'context-too-long': true,
  cancelled: true,
  'not-gguf': true,
  'host-not-allowed': true,
  'local-file-missing': true,
  'invalid-model': true,
  'engine-crashed': true,
};

// Same for Auto's reason codes; storage keeps its own copy instead of importing feature code.
const KNOWN_REASONS: Record<DetectorReason, true> = {
  arithmetic: true,
  'word-problem': true,
  math: true,
  code: true,
  'logic-puzzle': true,
  'proof-or-derivation': true,
  'planning-or-analysis': true,
  'step-by-step': true,
  'general-think': true,
  deduction: true,
  'tracking-changes': true,
  constraints: true,
  instructions: true,
  symbolic: true,
  'argument-analysis': true,
  'multi-hop': true,
  'short-factual': true,
  definition: true,
  explanation: true,
  'list-or-brainstorm': true,
  classification: true,
  'creative-writing': true,
  'chit-chat': true,
  'general-quick': true,
  uncertain: true,
};

function isKnownErrorCode(code: string): code is EngineErrorCode {
  return Object.hasOwn(KNOWN_ERROR_CODES, code);
}

function isKnownReason(reason: string): reason is DetectorReason {
  return Object.hasOwn(KNOWN_REASONS, reason);
}

const id = z.string().min(1);
const time = z.number();
const count = z.number().int().nonnegative();

// Absent in version 1 files: each message follows the one before it.
const parentId = id.nullable().optional();

const userMessageSchema = z.object({
  id,
  parentId,
  role: z.literal('user'),
  content: z.string(),
  createdAt: time,
});

const assistantMessageSchema = z.object({
  id,
  parentId,
  role: z.literal('assistant'),
  content: z.string(),
  thinking: z.string(),
  thinkingDone: z.boolean(),
  status: z.enum(['streaming', 'done', 'stopped', 'error']),
  mode: z.enum(['quick', 'think', 'refine']),
  modeChoice: z.enum(['quick', 'think', 'refine', 'auto']),
  // A reason this version does not know is dropped; it only annotates the answer.
  autoReason: z
    .string()
    .nullable()
    .transform((reason) => (reason !== null && isKnownReason(reason) ? reason : null)),
  autoScore: z.number().min(0).max(1).optional(),
  autoBand: z.object({ low: z.number(), high: z.number() }).optional(),
  budgetReached: z.boolean(),
  budgetCause: z.enum(['user', 'context']).optional(),
  stopReason: z.enum(['finished', 'length', 'interrupted']).optional(),
  draft: z
    .object({
      content: z.string(),
      firstTokenAt: time.nullable(),
      finishedAt: time.nullable(),
      completionTokens: count.nullable(),
      confidence: z.number().min(0).max(1).nullable().optional(),
    })
    .optional(),
  autoThinkCost: z.object({ seconds: count, draftInstead: z.boolean() }).optional(),
  refineOutcome: z.enum(['confirmed', 'changed']).optional(),
  draftKept: z.object({ confidence: z.number().min(0).max(1) }).optional(),
  earlyStop: z
    .object({
      reason: z.enum(['confident', 'settled']),
      thinkingTokens: count,
      heldBack: z.string(),
      savedSeconds: z.number().nonnegative().optional(),
    })
    .optional(),
  closedForTime: z.boolean().optional(),
  probes: z
    .object({ probes: count, probeTokens: count, probeMs: z.number().nonnegative() })
    .optional(),
  error: z
    .object({
      // An error code this version does not know still imports, as a generic crash.
      code: z.string().transform((code) => (isKnownErrorCode(code) ? code : 'engine-crashed')),
      detail: z.string(),
    })
    .nullable(),
  modelId: z.string(),
  createdAt: time,
  firstTokenAt: time.nullable(),
  thinkingStartedAt: time.nullable(),
  thinkingEndedAt: time.nullable(),
  finishedAt: time.nullable(),
  thinkingTokens: count,
  completionTokens: count.nullable(),
  promptTokens: count.nullable(),
  interrupted: z.boolean().optional(),
  engineFailure: z.boolean().optional(),
});

export const messageSchema = z.discriminatedUnion('role', [
  userMessageSchema,
  assistantMessageSchema,
]);

const conversationSchema = z.object({
  id,
  title: z.string().trim().min(1),
  createdAt: time,
  updatedAt: time,
  titleEditedByUser: z.boolean().default(false),
  activeLeafId: id.optional(),
  messages: z.array(messageSchema),
});

/** Only the header, checked first so the user hears "foreign" or "newer" rather than details. */
export const exportHeaderSchema = z.object({
  format: z.string(),
  version: z.number(),
});

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: z.string(),
  conversations: z.array(conversationSchema),
});
