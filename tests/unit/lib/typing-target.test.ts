import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/lib/typing-target';

function input(type: string): HTMLInputElement {
  const element = document.createElement('input');
  element.type = type;
  return element;
}

describe('isTypingTarget', () => {
  it('counts text fields and selects as typing (jsdom has no isContentEditable)', () => {
    for (const type of ['text', 'search', 'email', 'number', 'date', 'url']) {
      expect(isTypingTarget(input(type))).toBe(true);
    }
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
  });

  it('leaves keys on checkboxes, buttons and the page free for shortcuts', () => {
    for (const type of ['checkbox', 'radio', 'button', 'range', 'file']) {
      expect(isTypingTarget(input(type))).toBe(false);
    }
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
