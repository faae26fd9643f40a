import { mkdirSync, writeFileSync } from 'node:fs';
import { eventJsonSchema, statuteJsonSchema } from '../src/statute/jsonSchema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/statute.schema.json', `${JSON.stringify(statuteJsonSchema(), null, 2)}\n`);
writeFileSync('dist/event.schema.json', `${JSON.stringify(eventJsonSchema(), null, 2)}\n`);
console.log('wrote dist/statute.schema.json and dist/event.schema.json');
