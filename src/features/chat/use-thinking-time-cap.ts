import { thinkingTimeCap } from '@/domain/thinking-policy/time-limit';
import { useAppStore } from '@/store';
import { selectCurrentSpeed } from '@/store/speed-slice';

/**
 * The most the live thinking can take on this device, in seconds: the thinking budget at the
 * measured speed or the time limit, whichever is less. Null before any speed was measured here
 * (the panel then shows only the elapsed time) and for thinking that is not live.
 */
export function useThinkingTimeCap(live: boolean): number | null {
  return useAppStore((s) => {
    const speed = live ? selectCurrentSpeed(s) : null;
    return speed ? thinkingTimeCap(speed, s.thinkingBudget, s.thinkingTimeLimit) : null;
  });
}
