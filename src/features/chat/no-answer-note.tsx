import { finishedWithoutAnswer } from '@/domain/chat/answer-ending';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { useTranslation } from '@/lib/i18n/use-translation';

/** A finished answer with no text says so plainly: the user never faces a blank bubble. */
export function NoAnswerNote({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  if (!finishedWithoutAnswer(message)) return null;
  return <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">{t('chat.noAnswer')}</p>;
}
