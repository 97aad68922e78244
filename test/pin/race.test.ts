import { describeRaces } from './race-scenarios.js';

// Eight pinners race in race-eight.test.itg.ts.
describeRaces(2);
