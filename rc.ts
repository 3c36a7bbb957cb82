import { loadTrainedModels } from './src/trainedModels.ts';
loadTrainedModels();
const { assessRisk } = await import('./src/domain/risk.ts');
const { externalPersona, internalPersona } = await import('./test/journey/journey.ts');
for (const p of [externalPersona, internalPersona]) for (const v of Object.values(p).flatMap((x: any) => typeof x === 'string' ? [x] : Array.isArray(x) ? x : Object.values(x))) { const r = assessRisk(String(v)); if (r.level !== 'none') console.log(r.level, JSON.stringify(v), r.reasons); }
for (const t of ['by Friday', 'next friday', 'Friday', 'on friday', 'by the end of the month', 'tomorrow', 'tonight', 'this weekend', 'Monday morning', 'after the kids go to school', 'when I get paid', 'by next week', 'what do you mean', 'what does that mean', 'what do you mean by specific', 'I dont get it', 'cadence 1 10', 'I looked after my mum for years']) { const r = assessRisk(t); console.log(r.level.padEnd(8), JSON.stringify(t), r.reasons.join('; ')); }
