import { describeRaces } from './race-scenarios.js';

// Git only, no engine or cluster: here for its cost (hundreds of git processes), not its needs.
describeRaces(8);
