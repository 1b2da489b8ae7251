// Worker entry: web-llm's own handler runs the model here, off the main thread.
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';
import type { DeviceLostMessage } from './webllm-worker-protocol';

// web-llm handles a lost device inside the worker and tells the page nothing; the page must
// know to restart the engine. Every device web-llm asks for is watched. A device destroyed on
// purpose (unload) reports reason 'destroyed' and is no fault.
const gpu = (self.navigator as Navigator & { gpu?: GPU }).gpu;
if (gpu) {
  const requestAdapter = gpu.requestAdapter.bind(gpu);
  gpu.requestAdapter = async (options) => {
    const adapter = await requestAdapter(options);
    if (!adapter) return adapter;
    const requestDevice = adapter.requestDevice.bind(adapter);
    adapter.requestDevice = async (descriptor) => {
      const device = await requestDevice(descriptor);
      void device.lost.then((info) => {
        if (info.reason === 'destroyed') return;
        const message: DeviceLostMessage = {
          kind: 'mindswitch-device-lost',
          reason: info.reason,
          message: info.message,
        };
        self.postMessage(message);
      });
      return device;
    };
    return adapter;
  };
}

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
