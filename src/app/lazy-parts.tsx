import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { Icon, type IconName } from '@/components/ui/icons';
import { useHydrated } from '@/lib/use-hydrated';

// What the first screen does not need arrives right after the first paint, in chunks of its own:
// the header's dialogs and the empty state (shown only once a model is loaded, with the detector).
// Until a tool's chunk is there, a disabled button with the same label and icon holds its place
// (the same size at every width, so nothing in the header moves when the tool arrives).

const CompareButton = lazy(async () => ({
  default: (await import('@/features/compare/compare-dialog')).CompareButton,
}));
const StorageButton = lazy(async () => ({
  default: (await import('@/features/models/storage-view')).StorageButton,
}));
const SettingsButton = lazy(async () => ({
  default: (await import('@/features/settings/settings-dialog')).SettingsButton,
}));
export const LazyEmptyState = lazy(async () => ({
  default: (await import('@/features/chat/empty-state')).EmptyState,
}));

interface ToolProps {
  tool: ComponentType;
  label: string;
  icon: IconName;
}

/** Drawn as the tool's button is (an icon on a phone), so nothing moves when the tool arrives. */
function Placeholder({ label, icon }: Omit<ToolProps, 'tool'>) {
  return (
    <Button variant="ghost" disabled>
      <Icon name={icon} className="h-5 w-5 sm:hidden" />
      <span className="max-sm:sr-only">{label}</span>
    </Button>
  );
}

function WithPlaceholder({ tool: Tool, label, icon }: ToolProps): ReactNode {
  const hydrated = useHydrated();
  if (!hydrated) return <Placeholder label={label} icon={icon} />;
  return (
    <Suspense fallback={<Placeholder label={label} icon={icon} />}>
      <Tool />
    </Suspense>
  );
}

/** Compare, Storage and Settings: buttons in the header that open dialogs. */
export function HeaderTools() {
  const { t } = useTranslation();
  return (
    <>
      <WithPlaceholder tool={CompareButton} label={t('compare.button')} icon="compare" />
      <WithPlaceholder tool={StorageButton} label={t('models.storage.button')} icon="storage" />
      <WithPlaceholder tool={SettingsButton} label={t('settings.button')} icon="settings" />
    </>
  );
}
