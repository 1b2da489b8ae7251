import { describe, expect, it } from 'vitest';
import { detectMode } from './detector';
import { THINK_REASONS } from './reasons';

/*
 * Issue 22, item 4: reasoning *with* dates and times and counting the items of a list are think;
 * prompts that merely mention a date, a version or a phone number stay quick. Written for this
 * test, not taken from the templates the detector was trained on.
 */
describe('dates and times to reason with', () => {
  it.each([
    'What was the date 10 days before 14 February 2025?',
    'If my visa expires on 2026-03-31, what is the last day I can apply, 45 days before that?',
    'Today is Thursday. What day of the week will it be 100 days from now?',
    'A train leaves at 22:40 and arrives at 06:15 the next morning. How long is the journey?',
    'My shift starts at 7:45 am and I work 8 hours and 30 minutes. What time do I finish?',
    'How many days are there between December 24, 2025 and March 1, 2026?',
  ])('thinks about %j', (prompt) => {
    const { mode, reason } = detectMode(prompt);
    expect(mode).toBe('think');
    expect(THINK_REASONS).toContain(reason);
  });
});

describe('counting the items of a list', () => {
  it.each([
    'How many of the following are birds: sparrow, salmon, owl, bat, penguin, whale?',
    'I bought two shirts, a pair of shoes, three pairs of socks and a hat. How many items did I buy?',
    'Count the prime numbers in this list: 4, 7, 9, 11, 15, 17.',
  ])('thinks about %j', (prompt) => {
    expect(detectMode(prompt).mode).toBe('think');
  });
});

describe('dates, versions and phone numbers that are only mentioned', () => {
  it.each([
    'Our wedding is on 12 June 2026. Can you write a short invitation?',
    'What changed in Node 22.3.0?',
    'Save this number for me: +44 20 7946 0958.',
    'Remind me to call the dentist on March 5 at 9:30 am.',
    'Which features are new in iOS 18?',
    'My order 4411-2093 was shipped on 2025-01-08. Write a polite message asking where it is.',
  ])('answers %j quickly', (prompt) => {
    expect(detectMode(prompt).mode).toBe('quick');
  });
});
