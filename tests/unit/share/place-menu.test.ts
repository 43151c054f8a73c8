import { describe, expect, it } from 'vitest';
import { placeMenuLeftPx } from '../../../src/share/place-menu';

const MENU_PX = 256;

describe('placeMenuLeftPx', () => {
  it('lines the menu up with the chosen edge of the button when it fits', () => {
    expect(placeMenuLeftPx({ left: 900, right: 1000 }, 1280, MENU_PX, 'end')).toBe(100 - MENU_PX);
    expect(placeMenuLeftPx({ left: 20, right: 100 }, 1280, MENU_PX, 'start')).toBe(0);
  });

  it('keeps a menu on a phone screen when neither edge of the button would', () => {
    // The Export button sits mid-row on a 320 px screen: the menu moves just enough.
    const offset = placeMenuLeftPx({ left: 110, right: 190 }, 320, MENU_PX, 'end');
    const menuLeft = 110 + offset;
    expect(menuLeft).toBeGreaterThanOrEqual(8);
    expect(menuLeft + MENU_PX).toBeLessThanOrEqual(320 - 8);
  });

  it('moves a start-aligned menu left when it would run off the right edge', () => {
    const offset = placeMenuLeftPx({ left: 250, right: 330 }, 360, MENU_PX, 'start');
    expect(250 + offset + MENU_PX).toBe(360 - 8);
  });

  it('holds to the left edge when the screen is narrower than the menu', () => {
    expect(100 + placeMenuLeftPx({ left: 100, right: 180 }, 200, MENU_PX, 'end')).toBe(8);
  });
});
