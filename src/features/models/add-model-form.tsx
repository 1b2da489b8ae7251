import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import type { CustomModelError, ModelFileCheck } from '@/domain/models/custom-models';
import { BlockedHostAlert } from './blocked-host-alert';

type FailedCheck = Extract<ModelFileCheck, { ok: false }>;

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

export function AddModelForm() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [engine, setEngine] = useState<'cpu' | 'webgpu'>('cpu');
  const [ggufUrl, setGgufUrl] = useState('');
  const [modelUrl, setModelUrl] = useState('');
  const [modelLibUrl, setModelLibUrl] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<CustomModelError | null>(null);
  const [failedCheck, setFailedCheck] = useState<FailedCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const addCustomModel = useAppStore((s) => s.addCustomModel);
  const webGpuAvailable = useAppStore((s) => s.capability?.status === 'available');
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const result = await addCustomModel(
      engine === 'cpu' ? { engine, ggufUrl, label } : { engine, modelUrl, modelLibUrl, label },
    ).finally(() => setChecking(false));
    setError(result.ok ? null : result.error);
    const check = result.check;
    if (!result.ok) return;
    if (check && !check.ok && check.code !== 'offline') {
      setFailedCheck(check);
      return;
    }
    setFailedCheck(null);
    setNotice(check?.ok === false ? t('models.add.offlineUnchecked') : null);
    setOpen(false);
    setGgufUrl('');
    setModelUrl('');
    setModelLibUrl('');
    setLabel('');
  };

  if (!open) {
    return (
      <>
        <Button variant="ghost" onClick={() => setOpen(true)} className="w-full justify-start">
          <span aria-hidden="true">+</span> {t('models.add.open')}
        </Button>
        {notice && (
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {notice}
          </p>
        )}
      </>
    );
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-busy={checking}
      aria-label={t('models.add.open')}
      className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <fieldset className="flex gap-3 text-sm">
        <legend className="mb-1 font-medium">{t('models.add.modelType')}</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="custom-engine"
            checked={engine === 'cpu'}
            onChange={() => setEngine('cpu')}
          />
          {t('models.add.gguf')}
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="custom-engine"
            checked={engine === 'webgpu'}
            onChange={() => setEngine('webgpu')}
            disabled={!webGpuAvailable}
          />
          {t('models.add.mlc')}
        </label>
      </fieldset>
      {engine === 'cpu' ? (
        <label className="block text-sm">
          {t('models.add.ggufUrl')}
          <input
            className={inputClass}
            value={ggufUrl}
            onChange={(e) => setGgufUrl(e.target.value)}
            placeholder="https://…/model.gguf"
            required
            aria-describedby={error || failedCheck ? errorId : undefined}
          />
        </label>
      ) : (
        <>
          <label className="block text-sm">
            {t('models.add.mlcModelUrl')}
            <input
              className={inputClass}
              value={modelUrl}
              onChange={(e) => setModelUrl(e.target.value)}
              placeholder="https://…/Qwen3-0.6B-q4f32_1-MLC"
              required
            />
          </label>
          <label className="block text-sm">
            {t('models.add.modelLibUrl')}
            <input
              className={inputClass}
              value={modelLibUrl}
              onChange={(e) => setModelLibUrl(e.target.value)}
              placeholder="https://…/Qwen3-0.6B-q4f32_1-webgpu.wasm"
              required
            />
          </label>
        </>
      )}
      <label className="block text-sm">
        {t('models.add.name')}
        <input className={inputClass} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          {t(`models.add.errors.${error}`)}
        </p>
      )}
      {!error && failedCheck?.blockedHost && (
        <BlockedHostAlert id={errorId} {...failedCheck.blockedHost} />
      )}
      {!error && failedCheck && !failedCheck.blockedHost && (
        <div id={errorId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          <p>{t('models.add.checkFailed', { reason: t(`errors.${failedCheck.code}.title`) })}</p>
          {failedCheck.httpStatus !== null && (
            <p>{t('models.load.httpStatus', { status: failedCheck.httpStatus })}</p>
          )}
          <p>{t(`errors.${failedCheck.code}.hint`)}</p>
        </div>
      )}
      {checking && (
        <p role="status" className="text-sm">
          {t('models.add.checking')}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={checking}>
          {t('models.add.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
      </div>
    </form>
  );
}
