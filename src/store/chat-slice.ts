import type {
  AssistantMessage,
  ChatMessage,
  GenerationMode,
  ResolvedMode,
  UserMessage,
} from '@/domain/chat/chat-types';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import type { TalliedAnswer } from '@/domain/chat/route-tally';
import type { AnswerOutcome } from '@/domain/chat/stream-progress';
import { FATAL_ENGINE_CODES } from '@/domain/engine-error';
import type { GenerationPlan, PlanOutcome } from '@/domain/generation/plan';
import { continuationStep, firstStep } from '@/domain/generation/mode-steps';
import type { ThreadNode } from '@/domain/chat/versions';
import { newId } from '@/lib/new-id';
import type { MessageSnapshot } from '@/storage';
import type { AnswerTarget } from './answer-run';
import type { StartRun } from './answer-runner';
import { EMPTY_ANSWER } from './empty-answer';
import { planRequest } from './request-plan';
import { thinkLonger } from './think-longer';
import { refineAnyway } from './refine-anyway';
import { decideMode, type StoreContext } from './store-context';

/**
 * Why a message was not sent, or Think longer / Refine anyway did not start (`no-room`: what they
 * would send no longer fits the context); the UI explains it with the numbers.
 */
export interface SendRefusal {
  reason: 'too-long' | 'no-room';
  messageTokens: number;
  limit: number;
}

/** `refusal` null: the app was busy and took nothing; the message stays in the composer. */
export type SendResult = { ok: true } | { ok: false; refusal: SendRefusal | null };

export interface ChatSlice {
  /** The branch of the open conversation shown: what the model sees as the history. */
  messages: ChatMessage[];
  /** Every message of the open conversation, all versions, as a tree (see chat-thread.ts). */
  threadNodes: ThreadNode[];
  /** The last deleted message, until the user undoes or dismisses it. */
  undoableMessageDelete: MessageSnapshot | null;
  /** Every answer finished in this tab since it opened, for the session's route tally. */
  sessionAnswers: TalliedAnswer[];
  /** The last message refused before sending (it stays in the composer). */
  sendRefusal: SendRefusal | null;
  /** Resolves once the answer is finished and stored, or at once when the message is refused. */
  send: (text: string) => Promise<SendResult>;
  /** Answers the user message before `assistantId` again, in the given mode: a new version. */
  rerun: (assistantId: string, mode: ResolvedMode) => Promise<void>;
  /** Sends a new version of a user message and answers it; the old one keeps its turns. */
  editAndResend: (userMessageId: string, text: string) => Promise<void>;
  /** Shows the previous (-1) or next (1) version of a message, with the turns that followed it. */
  switchVersion: (messageId: string, step: -1 | 1) => Promise<void>;
  /** Goes on with an answer that was cut off at the context limit, in the same message. */
  continueAnswer: (assistantId: string) => Promise<void>;
  /** Resumes the thinking of an answer that stopped thinking early, then answers again. */
  thinkLonger: (assistantId: string) => Promise<void>;
  /** Refines a confident draft that Draft + refine kept unrefined, in the same message. */
  refineAnyway: (assistantId: string) => Promise<void>;
  deleteMessage: (messageId: string) => Promise<void>;
  undoMessageDelete: () => Promise<void>;
  dismissMessageUndo: () => void;
  stop: () => void;
}

export function createChatSlice(ctx: StoreContext): ChatSlice {
  return {
    messages: [],
    threadNodes: [],
    undoableMessageDelete: null,
    sessionAnswers: [],
    sendRefusal: null,
    send: (text) => send(ctx, text),
    rerun: (assistantId, mode) => rerun(ctx, assistantId, mode),
    editAndResend: (userMessageId, text) => editAndResend(ctx, userMessageId, text),
    continueAnswer: (assistantId) => continueAnswer(ctx, assistantId),
    switchVersion: (messageId, step) => switchVersion(ctx, messageId, step),
    thinkLonger: (assistantId) => thinkLonger(ctx, assistantId),
    refineAnyway: (assistantId) => refineAnyway(ctx, assistantId),
    deleteMessage: (messageId) => deleteMessage(ctx, messageId),
    undoMessageDelete: () => undoMessageDelete(ctx),
    dismissMessageUndo: () => ctx.set({ undoableMessageDelete: null }),
    stop: () => ctx.runner.stop(),
  };
}

function newAssistantMessage(modelId: string, decision: ModeDecision): AssistantMessage {
  return {
    ...EMPTY_ANSWER,
    id: newId(),
    role: 'assistant',
    status: 'streaming',
    mode: decision.mode,
    modeChoice: decision.modeChoice,
    autoReason: decision.autoReason,
    ...(decision.autoScore !== undefined && { autoScore: decision.autoScore }),
    ...(decision.autoBand !== undefined && { autoBand: decision.autoBand }),
    ...(decision.autoThinkCost !== undefined && { autoThinkCost: decision.autoThinkCost }),
    error: null,
    modelId,
    createdAt: Date.now(),
    finishedAt: null,
    completionTokens: null,
    promptTokens: null,
  };
}

function newUserMessage(content: string, parentId: string | null): UserMessage {
  return { id: newId(), role: 'user', content, createdAt: Date.now(), parentId };
}

/** Keeps the message in the composer and says why it was not sent. */
export function refuse(
  ctx: StoreContext,
  outcome: { messageTokens: number; limit: number },
  reason: SendRefusal['reason'] = 'too-long',
): SendResult {
  const refusal: SendRefusal = {
    reason,
    messageTokens: outcome.messageTokens,
    limit: outcome.limit,
  };
  ctx.set({ sendRefusal: refusal });
  return { ok: false, refusal };
}

/**
 * Plans a request that works on an answer already there (Continue, Think longer, Refine anyway).
 * Refused, it says why and nothing changes; null then, or when no model is loaded.
 */
export async function planOrRefuse(
  ctx: StoreContext,
  conversation: ChatMessage[],
  step: GenerationMode,
  reason: SendRefusal['reason'],
  continuing?: string,
): Promise<GenerationPlan | null> {
  const { tokenCounter } = ctx.deps;
  const planned = await planRequest(ctx.get(), tokenCounter, conversation, step, continuing);
  if (!planned) return null;
  if (!planned.ok) {
    refuse(ctx, planned, reason);
    return null;
  }
  ctx.set({ sendRefusal: null });
  return planned.plan;
}

/** Plans the first request of an answer in `mode` to the last message of `conversation`. */
function planFirstStep(ctx: StoreContext, conversation: ChatMessage[], mode: ResolvedMode) {
  return planRequest(ctx.get(), ctx.deps.tokenCounter, conversation, firstStep(mode));
}

/**
 * An answer the engine died under is kept as far as it got, marked, and offers Retry. Returns
 * whether the answer ended without an engine fault.
 */
export async function keepEngineFailure(
  target: AnswerTarget,
  ending: AnswerOutcome,
): Promise<boolean> {
  const fault = ending.status === 'error' && FATAL_ENGINE_CODES.includes(ending.error.code);
  if (fault) await target.settle({ status: 'stopped', engineFailure: true });
  return !fault;
}

/**
 * Answers the conversation `before` (which ends with the user's turn), planned as `planned`, as
 * the answer `start` begins. The answer follows that turn: beside any answer it already has, as a
 * new version.
 */
async function answerConversation(
  ctx: StoreContext,
  start: StartRun,
  before: ChatMessage[],
  decision: ModeDecision,
  planned: PlanOutcome | null,
): Promise<SendResult> {
  if (!planned) return { ok: true };
  if (!planned.ok) return refuse(ctx, planned);
  ctx.set({ sendRefusal: null });
  let answerId: string | undefined;
  await start(async (run, runAnswer) => {
    const { load } = ctx.get();
    if (load.status !== 'generating') return false;
    const answer = {
      ...newAssistantMessage(load.modelId, decision),
      budgetCause: planned.plan.budgetCause,
      parentId: before.at(-1)?.id ?? null,
    };
    answerId = answer.id;
    const target = await ctx.session.startAnswer(before, answer);
    const plan = {
      mode: decision.mode,
      conversation: before,
      first: planned.plan,
      // A confident draft is kept under the same setting that ends thinking once it is settled.
      keepConfidentDraft: ctx.get().stopWhenSettled,
    };
    return keepEngineFailure(target, await runAnswer(plan, target, run));
  });
  const ended = ctx.get().messages.find((m) => m.id === answerId);
  if (ended?.role === 'assistant') {
    ctx.set((s) => ({ sessionAnswers: [...s.sessionAnswers, ended] }));
  }
  return { ok: true };
}

/** The busy app took no message (another answer runs, or no model is ready): it stays typed. */
const NOT_TAKEN: SendResult = { ok: false, refusal: null };

export async function send(ctx: StoreContext, text: string): Promise<SendResult> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true };
  const sent = await ctx.runner.exclusive('chat', async (start) => {
    const decision = await decideMode(ctx, trimmed);
    const user = newUserMessage(decision.text || trimmed, ctx.get().messages.at(-1)?.id ?? null);
    const conversation = [...ctx.get().messages, user];
    // Refused before anything is stored: the message stays in the composer, nothing changes.
    const planned = await planFirstStep(ctx, conversation, decision.mode);
    if (planned && !planned.ok) return refuse(ctx, planned);
    await ctx.session.ensureConversation(user.content);
    void ctx.session.saveMessage(user);
    return answerConversation(ctx, start, conversation, decision, planned);
  });
  return sent ?? NOT_TAKEN;
}

export async function rerun(ctx: StoreContext, assistantId: string, mode: ResolvedMode) {
  const { messages, activeConversationId, modeChoice } = ctx.get();
  const index = messages.findIndex((m) => m.id === assistantId);
  if (index <= 0 || !activeConversationId) return;
  const before = messages.slice(0, index);
  await ctx.runner.exclusive('chat', async (start) => {
    const planned = await planFirstStep(ctx, before, mode);
    await answerConversation(ctx, start, before, { mode, modeChoice, autoReason: null }, planned);
  });
}

export async function editAndResend(ctx: StoreContext, userMessageId: string, text: string) {
  const { messages, activeConversationId } = ctx.get();
  const index = messages.findIndex((m) => m.id === userMessageId);
  if (index < 0 || !activeConversationId || !text.trim()) return;
  await ctx.runner.exclusive('chat', async (start) => {
    const decision = await decideMode(ctx, text.trim());
    const user = newUserMessage(decision.text || text.trim(), messages[index - 1]?.id ?? null);
    const before = [...messages.slice(0, index), user];
    await ctx.session.saveMessage(user);
    ctx.set({ messages: before });
    const planned = await planFirstStep(ctx, before, decision.mode);
    await answerConversation(ctx, start, before, decision, planned);
  });
}

export async function continueAnswer(ctx: StoreContext, assistantId: string) {
  const { messages, activeConversationId } = ctx.get();
  const index = messages.findIndex((m) => m.id === assistantId);
  const answer = messages[index];
  if (answer?.role !== 'assistant' || !activeConversationId) return;
  // The answer so far counts as part of the new message; older turns give way as needed.
  const question = messages.slice(0, index);
  const step = continuationStep(answer.mode);
  await ctx.runner.exclusive('chat', async (start) => {
    const first = await planOrRefuse(ctx, question, step, 'too-long', answer.content);
    if (!first) return;
    await start(
      async (run, runAnswer) => {
        const target = await ctx.session.resumeAnswer(assistantId);
        if (!target) return true;
        const plan = { mode: step, conversation: question, first };
        return keepEngineFailure(target, await runAnswer(plan, target, run));
      },
      { resumesAnswer: true },
    );
  });
}

export async function deleteMessage(ctx: StoreContext, messageId: string) {
  if (ctx.get().activeRun !== null) return;
  const snapshot = await ctx.session.deleteMessage(messageId);
  ctx.set({ undoableMessageDelete: snapshot });
}

async function undoMessageDelete(ctx: StoreContext) {
  const snapshot = ctx.get().undoableMessageDelete;
  if (!snapshot || ctx.get().activeRun !== null) return;
  ctx.set({ undoableMessageDelete: null });
  await ctx.session.thread.restore(snapshot);
}

async function switchVersion(ctx: StoreContext, messageId: string, step: -1 | 1) {
  if (ctx.get().activeRun !== null) return;
  await ctx.session.thread.switchVersion(messageId, step);
}
