import { useTranslation } from '@/lib/i18n/use-translation';
import { Icon } from '@/components/ui/icons';

/**
 * "Delete" on a message's action row; a bin on phones, where the word would wrap onto a line of
 * its own ("Löschen" after "Gründlich durchdenken"). The button's own label names it in full.
 */
export function DeleteLabel() {
  const { t } = useTranslation();
  return (
    <>
      <Icon name="trash" className="h-4 w-4 sm:hidden" />
      <span className="max-sm:sr-only">{t('common.delete')}</span>
    </>
  );
}
