import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Property tests draw their cases from one fixed seed, so `npm test` gives the same verdict on
// every run and machine. `npm run test:fuzz` draws fresh seeds to look for new counterexamples;
// FC_SEED=<number> replays the seed a failure printed.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20251129 : Number(seed) });
