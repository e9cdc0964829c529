// Gmail's, Google Workspace's and Google Groups' own delivery notices: pages for what Google
// writes around (or instead of) a remote server's reply, read out of whole bounce messages.
import type { CatalogEntry } from '../types.js';
import { page as addressNotFound } from './notice/address-not-found.js';
import { page as groupsAutoResponseRejected } from './notice/groups-auto-response-rejected.js';
import { page as groupsExternalRecipientQuota } from './notice/groups-external-recipient-quota.js';
import { page as groupsNoPermissionToPost } from './notice/groups-no-permission-to-post.js';
import { page as groupsRejectedAsSpam } from './notice/groups-rejected-as-spam.js';
import { page as headerError } from './notice/header-error.js';
import { page as messageBlocked } from './notice/message-blocked.js';
import { page as recipientServerDidNotAccept } from './notice/recipient-server-did-not-accept.js';
import { page as remoteServerMisconfigured } from './notice/remote-server-misconfigured.js';
import { page as remoteServerNoTls } from './notice/remote-server-no-tls.js';
import { page as sendMailAsLoginFailed } from './notice/send-mail-as-login-failed.js';
import { page as sendMailAsTlsNegotiationFailed } from './notice/send-mail-as-tls-negotiation-failed.js';

/** The notice pages, after the reply pages in match precedence (a quoted Google reply names its own page). */
export const noticePages: readonly CatalogEntry[] = [
  recipientServerDidNotAccept,
  addressNotFound,
  messageBlocked,
  remoteServerMisconfigured,
  remoteServerNoTls,
  sendMailAsLoginFailed,
  sendMailAsTlsNegotiationFailed,
  headerError,
  groupsNoPermissionToPost,
  groupsRejectedAsSpam,
  groupsExternalRecipientQuota,
  groupsAutoResponseRejected,
];
