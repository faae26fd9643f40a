import fc from 'fast-check';

// Replay a failing property with the seed it printed: FC_SEED=<seed> npx vitest run <file>
if (process.env.FC_SEED !== undefined) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
