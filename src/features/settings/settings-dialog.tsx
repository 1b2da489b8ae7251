import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icons';
import { BUDGET_OPTIONS } from '@/domain/thinking/thinking-budget';
import { useAppStore } from '@/store';
import { AppearanceSettings } from './appearance-settings';
import { SamplingSettings } from './sampling-settings';
import { ThinkingPolicySettings } from './thinking-policy-settings';

const fieldClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

function ThinkingSettings() {
  const { t } = useTranslation();
  const budget = useAppStore((s) => s.thinkingBudget);
  const setBudget = useAppStore((s) => s.setThinkingBudget);
  const keepExpanded = useAppStore((s) => s.keepThinkingExpanded);
  const setKeepExpanded = useAppStore((s) => s.setKeepThinkingExpanded);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">{t('settings.thinking')}</legend>
      <label className="block text-sm">
        {t('settings.budget')}
        <select
          className={fieldClass}
          value={budget ?? 'unlimited'}
          onChange={(e) =>
            setBudget(e.target.value === 'unlimited' ? null : Number(e.target.value))
          }
        >
          {BUDGET_OPTIONS.map((option) => (
            <option key={option ?? 'unlimited'} value={option ?? 'unlimited'}>
              {option === null ? t('settings.unlimited') : t('units.tokens', { count: option })}
            </option>
          ))}
        </select>
      </label>
      <ThinkingPolicySettings />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={keepExpanded}
          onChange={(e) => setKeepExpanded(e.target.checked)}
        />
        {t('settings.keepExpanded')}
      </label>
    </fieldset>
  );
}

function StartupSetting() {
  const { t } = useTranslation();
  const enabled = useAppStore((s) => s.loadLastModelOnStart);
  const setEnabled = useAppStore((s) => s.setLoadLastModelOnStart);
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
      {t('settings.loadLastModel')}
    </label>
  );
}

function SystemPromptSetting() {
  const { t } = useTranslation();
  const systemPrompt = useAppStore((s) => s.systemPrompt);
  const setSystemPrompt = useAppStore((s) => s.setSystemPrompt);
  return (
    <label className="block text-sm font-semibold">
      {t('settings.systemPrompt')}
      <textarea
        className={`${fieldClass} font-normal`}
        rows={3}
        value={systemPrompt}
        placeholder={t('settings.systemPromptPlaceholder')}
        onChange={(e) => setSystemPrompt(e.target.value)}
      />
    </label>
  );
}

function DeveloperInfo() {
  const { t } = useTranslation();
  const request = useAppStore((s) => s.lastEngineRequest);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">{t('settings.developer')}</summary>
      <pre
        aria-label={t('settings.lastRequest')}
        className="mt-2 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800"
      >
        {request ? JSON.stringify(request, null, 2) : t('settings.nothingSent')}
      </pre>
    </details>
  );
}

export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        <Icon name="settings" className="h-5 w-5 sm:hidden" />
        <span className="max-sm:sr-only">{t('settings.button')}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('settings.title')}
        closeLabel={t('common.close')}
        size="lg"
      >
        <div className="space-y-5">
          <AppearanceSettings />
          <StartupSetting />
          <ThinkingSettings />
          <SystemPromptSetting />
          <SamplingSettings />
          <DeveloperInfo />
        </div>
      </Dialog>
    </>
  );
}
