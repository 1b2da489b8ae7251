import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { downloadText, fileSafeName } from '@/lib/download';
import { useAppStore } from '@/store';
import { columnAnswered, COMPARE_ORDER } from '@/store/compare-columns';
import { selectIsAnswering } from '@/store/selectors';

async function exportAndDownload(format: 'json' | 'markdown') {
  const { compare, exportComparison } = useAppStore.getState();
  const text = await exportComparison(format);
  if (!compare || text === null) return;
  const base = `comparison-${fileSafeName(compare.prompt)}`;
  if (format === 'json') downloadText(`${base}.mindswitch.json`, text, 'application/json');
  else downloadText(`${base}.md`, text, 'text/markdown');
}

/** Saves the finished comparison: Markdown to read, JSON that imports as a chat. */
export function ExportComparison() {
  const { t } = useTranslation();
  const answered = useAppStore(
    (s) =>
      s.compare !== null &&
      COMPARE_ORDER.some((c) => s.compare && columnAnswered(s.compare.runs[c])),
  );
  const running = useAppStore(selectIsAnswering);
  if (!answered) return null;
  return (
    <div className="mt-3 flex flex-wrap justify-end gap-1">
      <Button
        variant="ghost"
        className="text-xs"
        disabled={running}
        onClick={() => void exportAndDownload('markdown')}
      >
        {t('compare.exportMarkdown')}
      </Button>
      <Button
        variant="ghost"
        className="text-xs"
        disabled={running}
        onClick={() => void exportAndDownload('json')}
      >
        {t('compare.exportJson')}
      </Button>
    </div>
  );
}
