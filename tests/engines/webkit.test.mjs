// The cross-engine journeys in WebKit; run through run.mjs, which starts the site and the driver.
import { journeys } from './journeys.mjs';

journeys('webkit');
