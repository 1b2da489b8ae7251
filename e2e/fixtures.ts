import { test as base } from '@playwright/test';
import {
  chatFixture,
  endlessFixture,
  loopFixture,
  settleFixture,
  splitCharsFixture,
  splitLoopFixture,
  strayByteFixture,
  sureDraftFixture,
  thinkerFixture,
  unsureDraftFixture,
  waverFixture,
} from '../scripts/fixture-model/fixture-scripts';
import { loadFixtureModel } from './helpers';

/** A fixture model as the user adds it: its file on the fixture server and the name it gets. */
export interface FixtureModel {
  fileName: string;
  name: string;
}

export const FIXTURE_MODELS = {
  chat: { fileName: chatFixture.fileName, name: 'Fixture chat' },
  loop: { fileName: loopFixture.fileName, name: 'Fixture loop' },
  thinker: { fileName: thinkerFixture.fileName, name: 'Fixture thinker' },
  endless: { fileName: endlessFixture.fileName, name: 'Fixture endless' },
  settle: { fileName: settleFixture.fileName, name: 'Fixture settle' },
  waver: { fileName: waverFixture.fileName, name: 'Fixture waver' },
  split: { fileName: splitCharsFixture.fileName, name: 'Fixture split' },
  splitLoop: { fileName: splitLoopFixture.fileName, name: 'Fixture split loop' },
  strayByte: { fileName: strayByteFixture.fileName, name: 'Fixture stray byte' },
  sureDraft: { fileName: sureDraftFixture.fileName, name: 'Fixture sure draft' },
  unsureDraft: { fileName: unsureDraftFixture.fileName, name: 'Fixture unsure draft' },
} satisfies Record<string, FixtureModel>;

/**
 * "The app open with model X loaded": with `test.use({ loadedModel: FIXTURE_MODELS.chat })`, every
 * test's `page` starts at the app with that model added from its URL and loaded, the chat ready.
 * Without it, `page` is a blank page as usual.
 */
export const test = base.extend<{ loadedModel: FixtureModel | null }>({
  loadedModel: [null, { option: true }],
  page: async ({ page, loadedModel }, provide) => {
    if (loadedModel) {
      await page.goto('/');
      await loadFixtureModel(page, loadedModel.fileName, loadedModel.name);
    }
    await provide(page);
  },
});

export { expect } from '@playwright/test';
