import { divergence } from './src/testing/index.js';
import { presets, parseStatute } from './src/index.js';
