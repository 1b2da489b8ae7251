import { Fragment, useRef, type RefObject } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/store';
import { selectMessageIds } from '@/store/selectors';
import { MessageUndo } from './message-undo';
import { MessageItem } from './message-item';
import { StreamAnnouncer } from './stream-announcer';
import { useStickToBottom } from './use-stick-to-bottom';

/** Follows the end of the conversation. */
function FollowEnd({ logRef, count }: { logRef: RefObject<HTMLElement | null>; count: number }) {
  const conversationId = useAppStore((s) => s.activeConversationId);
  useStickToBottom(logRef, `${conversationId}:${count}`);
  return null;
}

/** Marks where the model's view of the conversation begins once older turns no longer fit. */
function ContextDivider() {
  const { t } = useTranslation();
  return (
    <div role="separator" className="flex items-center gap-2 text-xs text-slate-500">
      <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
      <span>{t('context.divider')}</span>
      <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
    </div>
  );
}

/**
 * Off screen, earlier messages skip layout and paint as a whole: one element per message for the
 * browser to watch rather than one per markdown block, which in a long conversation cost more on
 * every rendered frame than it saved. The last message keeps skipping block by block, as while it
 * streamed (`.md-live`), so finishing an answer does not change its layout.
 */
const SKIP_OFF_SCREEN = [
  '[&>article:not(:last-of-type)]:[content-visibility:auto]',
  '[&>article:not(:last-of-type)]:[contain-intrinsic-size:auto_12rem]',
  '[&>article:last-of-type_.md>*]:[content-visibility:auto]',
  '[&>article:last-of-type_.md>*]:[contain-intrinsic-size:auto_3em]',
].join(' ');

export function MessageList() {
  const { t } = useTranslation();
  const ids = useAppStore(useShallow(selectMessageIds));
  const firstSentId = useAppStore((s) => s.contextUsage?.firstSentMessageId ?? null);
  const logRef = useRef<HTMLDivElement>(null);

  return (
    <div
      ref={logRef}
      role="log"
      aria-label={t('chat.conversation')}
      className={`flex flex-col gap-5 ${SKIP_OFF_SCREEN}`}
    >
      {ids.map((id) => (
        <Fragment key={id}>
          {id === firstSentId && <ContextDivider />}
          <MessageItem id={id} />
        </Fragment>
      ))}
      <FollowEnd logRef={logRef} count={ids.length} />
      <StreamAnnouncer />
      <MessageUndo />
    </div>
  );
}
