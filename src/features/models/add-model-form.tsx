import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import type { CustomModelError } from '@/domain/models/custom-models';

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
  const addCustomModel = useAppStore((s) => s.addCustomModel);
  const webGpuAvailable = useAppStore((s) => s.capability?.status === 'available');
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addCustomModel(
      engine === 'cpu' ? { engine, ggufUrl, label } : { engine, modelUrl, modelLibUrl, label },
    );
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setOpen(false);
    setGgufUrl('');
    setModelUrl('');
    setModelLibUrl('');
    setLabel('');
  };

  if (!open) {
    return (
      <Button variant="ghost" onClick={() => setOpen(true)} className="w-full justify-start">
        <span aria-hidden="true">+</span> {t('models.add.open')}
      </Button>
    );
  }

  return (
    <form
      onSubmit={submit}
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
            aria-describedby={error ? errorId : undefined}
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
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {t('models.add.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
      </div>
    </form>
  );
}
