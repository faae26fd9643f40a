import { parseStatute, presets, safeParseStatute } from 'helsefellesskap';

// A statute is plain JSON: parse it, and every rule in it cites its section.
const statute = parseStatute(JSON.parse(JSON.stringify(presets.vestfold)));
const ssu = statute.bodies.find((body) => body.id === 'ssu');
console.log(`${ssu?.name}: ${ssu?.seats.reduce((n, seat) => n + seat.count, 0)} seats (${ssu?.ref})`);

// Bad input gets every problem at once, each with its path.
const result = safeParseStatute({ ...statute, effectiveFrom: '2023-02-29', parties: [] });
if (!result.success) for (const issue of result.issues) console.log(issue.code, issue.path.join('.'));
