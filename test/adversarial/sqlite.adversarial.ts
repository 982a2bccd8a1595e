import { describeEveryRoute } from './every-route.suite.js';

describeEveryRoute('sqlite');
