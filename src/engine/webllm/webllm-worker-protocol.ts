/**
 * What MindSwitch's web-llm worker posts besides web-llm's own messages. Worker files import no
 * app code, so this file has no imports either.
 */
export interface DeviceLostMessage {
  kind: 'mindswitch-device-lost';
  reason: string;
  message: string;
}

export type WorkerOwnMessage = DeviceLostMessage;

export function isWorkerOwnMessage(data: unknown): data is WorkerOwnMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { kind?: unknown }).kind === 'mindswitch-device-lost'
  );
}
