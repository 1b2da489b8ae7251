import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import type { CustomModelError } from './custom-models';

const errorText: Record<CustomModelError, string> = {
  'url-invalid': 'This is not a valid URL.',
  'url-not-http': 'Use an http:// or https:// address.',
  'gguf-extension': 'A CPU model must be a .gguf file.',
  'wasm-extension': 'The model library must be a .wasm file.',
  duplicate: 'This model is already in the list.',
};

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

export function AddModelForm() {
  const [open, setOpen] = useState(false);
  const [engine, setEngine] = useState<'cpu' | 'webgpu'>('cpu');
  const [ggufUrl, setGgufUrl] = useState('');
  const [modelUrl, setModelUrl] = useState('');
  const [modelLibUrl, setModelLibUrl] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const addCustomModel = useAppStore((s) => s.addCustomModel);
  const webGpuAvailable = useAppStore((s) => s.capability?.status === 'available');
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addCustomModel(
      engine === 'cpu' ? { engine, ggufUrl, label } : { engine, modelUrl, modelLibUrl, label },
    );
    if (!result.ok) {
      setError(errorText[result.error]);
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
        <span aria-hidden="true">+</span> Add model from URL
      </Button>
    );
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Add model from URL"
      className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <fieldset className="flex gap-3 text-sm">
        <legend className="mb-1 font-medium">Model type</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="custom-engine"
            checked={engine === 'cpu'}
            onChange={() => setEngine('cpu')}
          />
          GGUF (CPU)
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="custom-engine"
            checked={engine === 'webgpu'}
            onChange={() => setEngine('webgpu')}
            disabled={!webGpuAvailable}
          />
          MLC (WebGPU)
        </label>
      </fieldset>
      {engine === 'cpu' ? (
        <label className="block text-sm">
          GGUF URL
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
            MLC model URL
            <input
              className={inputClass}
              value={modelUrl}
              onChange={(e) => setModelUrl(e.target.value)}
              placeholder="https://…/Qwen3-0.6B-q4f32_1-MLC"
              required
            />
          </label>
          <label className="block text-sm">
            Model library URL (.wasm)
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
        Name (optional)
        <input className={inputClass} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Add model
        </Button>
        <Button onClick={() => setOpen(false)}>Close</Button>
      </div>
    </form>
  );
}
