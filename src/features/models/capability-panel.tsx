import { useAppStore } from '@/store';
import { activeEngine } from '@/store/models-slice';
import { formatBytes } from '@/lib/format';

export function CapabilityPanel() {
  const capability = useAppStore((s) => s.capability);
  const engine = useAppStore(activeEngine);
  const engineOverride = useAppStore((s) => s.engineOverride);
  const setEngineOverride = useAppStore((s) => s.setEngineOverride);

  if (!capability) {
    return (
      <section
        aria-label="Device"
        className="text-sm text-slate-600 dark:text-slate-400"
        aria-busy="true"
      >
        Checking your GPU…
      </section>
    );
  }

  return (
    <section aria-label="Device" className="space-y-2 text-sm">
      {capability.status === 'available' ? (
        <div>
          <p className="font-medium">
            WebGPU ready: {capability.adapter.vendor || 'unknown vendor'}{' '}
            {capability.adapter.architecture && `· ${capability.adapter.architecture}`}
            {capability.adapter.isFallbackAdapter && ' (software fallback adapter)'}
          </p>
          <ul className="mt-1 space-y-0.5 text-slate-600 dark:text-slate-400">
            <li>
              shader-f16: {capability.adapter.shaderF16 ? 'supported' : 'not supported'} (models in{' '}
              {capability.adapter.shaderF16 ? 'q4f16_1' : 'q4f32_1'})
            </li>
            <li>
              Largest buffer: {formatBytes(capability.adapter.maxBufferSize)} · largest storage
              binding: {formatBytes(capability.adapter.maxStorageBufferBindingSize)}
            </li>
            {capability.adapter.isFallbackAdapter && (
              <li>This is a software adapter on the CPU: only the smallest model is practical.</li>
            )}
          </ul>
        </div>
      ) : (
        <div>
          <p className="font-medium">WebGPU is not available: MindSwitch will run on the CPU.</p>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            The CPU is slower and runs small models only. To use your GPU, open this page in a
            recent Chrome or Edge, or enable WebGPU in your browser&apos;s settings
            (chrome://flags/#enable-unsafe-webgpu on Linux).
          </p>
        </div>
      )}
      <label className="flex items-center gap-2">
        <span>Engine</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          value={engineOverride ?? 'auto'}
          onChange={(e) => {
            const value = e.target.value;
            setEngineOverride(value === 'webgpu' || value === 'cpu' ? value : null);
          }}
        >
          <option value="auto">
            Automatic ({capability.status === 'available' ? 'WebGPU' : 'CPU'})
          </option>
          <option value="webgpu" disabled={capability.status !== 'available'}>
            WebGPU (web-llm)
          </option>
          <option value="cpu">CPU (wllama)</option>
        </select>
        <span className="sr-only">Active engine: {engine === 'webgpu' ? 'WebGPU' : 'CPU'}</span>
      </label>
    </section>
  );
}
