import { describeRateLimits } from './rate-limit.suite.js';

describeRateLimits('memory', null);
