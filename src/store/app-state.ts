import type { ChatSlice } from './chat-slice';
import type { ModelsSlice } from './models-slice';

export type AppState = ModelsSlice & ChatSlice;
