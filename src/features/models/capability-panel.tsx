import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { automaticEngine } from '@/domain/models/gpu-capability';
import { activeEngine } from '@/store/model-selectors';
import { GgufBackendSelect } from './gguf-backend-select';

export function CapabilityPanel() {
  const { t } = useTranslation();
  const capability = useAppStore((s) => s.capability);
  const engine = useAppStore(activeEngine);
  const engineOverride = useAppStore((s) => s.engineOverride);
  const setEngineOverride = useAppStore((s) => s.setEngineOverride);
  const automatic = automaticEngine(capability);

  const unavailable = (
    <>
      <p className="font-medium">{t('models.capability.unavailable')}</p>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        {t('models.capability.unavailableHint')}
      </p>
    </>
  );

  if (!capability) {
    // The prerendered page's largest text: the boot script (scripts/prerender/boot-script.ts)
    // marks <html data-webgpu="none"> when the browser has no WebGPU adapter, and this explanation
    // shows before any JavaScript has loaded. Until then it is invisible but holds its place, so
    // showing it moves nothing; the check's answer keeps this node (the first child, a div).
    return (
      <section
        aria-label={t('models.capability.label')}
        className="relative space-y-2 text-sm"
        aria-busy="true"
      >
        <div className="invisible [html[data-webgpu=none]_&]:visible">{unavailable}</div>
        <p className="absolute inset-x-0 top-0 text-slate-600 dark:text-slate-400 [html[data-webgpu=none]_&]:hidden">
          {t('models.capability.checking')}
        </p>
      </section>
    );
  }

  return (
    <section aria-label={t('models.capability.label')} className="space-y-2 text-sm">
      {capability.status === 'available' ? (
        <div>
          <p className="font-medium">
            {[
              t('models.capability.ready', {
                vendor: capability.adapter.vendor || t('models.capability.unknownVendor'),
              }),
              capability.adapter.architecture && `· ${capability.adapter.architecture}`,
              capability.adapter.isFallbackAdapter && t('models.capability.fallbackAdapter'),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <ul className="mt-1 space-y-0.5 text-slate-600 dark:text-slate-400">
            <li>
              {capability.adapter.shaderF16
                ? t('models.capability.shaderF16Supported', { quantization: 'q4f16_1' })
                : t('models.capability.shaderF16Missing', { quantization: 'q4f32_1' })}
            </li>
            <li>
              {t('models.capability.buffers', {
                buffer: capability.adapter.maxBufferSize,
                binding: capability.adapter.maxStorageBufferBindingSize,
              })}
            </li>
            {capability.adapter.isFallbackAdapter && (
              <li>{t('models.capability.softwareAdapter')}</li>
            )}
          </ul>
        </div>
      ) : (
        <div>{unavailable}</div>
      )}
      <label className="flex items-center gap-2">
        <span>{t('models.capability.engine')}</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          value={engineOverride ?? 'auto'}
          onChange={(e) => {
            const value = e.target.value;
            setEngineOverride(value === 'webgpu' || value === 'cpu' ? value : null);
          }}
        >
          <option value="auto">
            {t('models.capability.automatic', {
              engine: automatic.engine === 'webgpu' ? 'WebGPU' : 'CPU',
            })}
          </option>
          <option value="webgpu" disabled={capability.status !== 'available'}>
            WebGPU (web-llm)
          </option>
          <option value="cpu">CPU (wllama)</option>
        </select>
        <span className="sr-only">
          {t('models.capability.activeEngine', { engine: engine === 'webgpu' ? 'WebGPU' : 'CPU' })}
        </span>
      </label>
      {engineOverride === null && automatic.reason === 'software-adapter' && (
        <p className="text-slate-600 dark:text-slate-400">
          {t('models.capability.automaticSoftwareAdapter')}
        </p>
      )}
      {engine === 'cpu' && <GgufBackendSelect />}
    </section>
  );
}
