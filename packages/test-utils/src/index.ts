// Shared test helpers of the smtpfix packages (private).

export type { SimFixtures } from './sim.js';
export { SIM_ACCOUNT_PASSWORD, SIM_APP_PASSWORD, SIM_USER, simTest } from './sim.js';

export type {
  FakeSlackApi,
  FakeSlackApiOptions,
  FakeSlackHandler,
  PostedResponse,
  PostSignedOptions,
  RecordedSlackCall,
  SlackSignatureHeaders,
} from './slack.js';
export { encodeSlackBody, postSigned, signSlackRequest, startFakeSlackApi } from './slack.js';
export { REDIS_SKIP_MESSAGE, redisAvailable, startRedis, type TestRedis } from './redis.js';
