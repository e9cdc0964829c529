// The whole API of @smtpfix/test-utils: what several packages' tests share.

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
