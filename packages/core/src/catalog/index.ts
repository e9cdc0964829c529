// The catalog in match precedence: where two pages match a paste equally well, the earlier wins.
// Gmail's live replies come before the rows of Google's published list that share their wording,
// because a paste that carries no code is far more often the live reply.
import type { CatalogEntry } from '../types.js';
import { page as p_535_5_7_8_bad_credentials } from './gmail/535-5.7.8-bad-credentials.js';
import { page as p_534_5_7_9_app_password_required } from './gmail/534-5.7.9-app-password-required.js';
import { page as p_534_5_7_14_web_login_required } from './gmail/534-5.7.14-web-login-required.js';
import { page as p_530_5_7_0_authentication_required } from './gmail/530-5.7.0-authentication-required.js';
import { page as p_454_4_7_0_too_many_login_attempts } from './gmail/454-4.7.0-too-many-login-attempts.js';
import { page as p_550_5_4_5_daily_user_limit } from './gmail/550-5.4.5-daily-user-limit.js';
import { page as p_550_5_7_25_missing_ptr } from './gmail/550-5.7.25-missing-ptr.js';
import { page as p_421_4_7_28_unusual_rate_limited } from './gmail/421-4.7.28-unusual-rate-limited.js';
import { page as p_550_5_7_26_sender_unauthenticated } from './gmail/550-5.7.26-sender-unauthenticated.js';
import { page as p_421_4_7_27_spf_not_pass_rate_limited } from './gmail/421-4.7.27-spf-not-pass-rate-limited.js';
import { page as p_421_4_7_29_tls_required } from './gmail/421-4.7.29-tls-required.js';
import { page as p_451_4_7_23_ptr_rate_limited } from './gmail/451-4.7.23-ptr-rate-limited.js';
import { page as p_451_4_7_24_spf_suspicious_entries } from './gmail/451-4.7.24-spf-suspicious-entries.js';
import { page as p_421_4_7_40_dmarc_missing_rate_limited } from './gmail/421-4.7.40-dmarc-missing-rate-limited.js';
import { page as p_421_4_7_26_unauthenticated_rate_limited } from './gmail/421-4.7.26-unauthenticated-rate-limited.js';
import { page as p_421_4_7_30_dkim_not_pass_rate_limited } from './gmail/421-4.7.30-dkim-not-pass-rate-limited.js';
import { page as p_421_4_7_32_from_not_aligned_rate_limited } from './gmail/421-4.7.32-from-not-aligned-rate-limited.js';
import { page as p_550_5_7_27_spf_not_pass } from './gmail/550-5.7.27-spf-not-pass.js';
import { page as p_550_5_7_29_tls_required } from './gmail/550-5.7.29-tls-required.js';
import { page as p_550_5_7_30_dkim_not_pass } from './gmail/550-5.7.30-dkim-not-pass.js';
import { page as p_550_5_7_40_dmarc_missing } from './gmail/550-5.7.40-dmarc-missing.js';
import { page as p_550_5_7_24_spf_suspicious_entries } from './gmail/550-5.7.24-spf-suspicious-entries.js';
import { page as p_451_4_7_26_dmarc_dns_temporary_failure } from './gmail/451-4.7.26-dmarc-dns-temporary-failure.js';
import { page as p_421_4_7_0_ptr_rate_limited } from './gmail/421-4.7.0-ptr-rate-limited.js';
import { page as p_550_5_7_1_low_reputation_domain } from './gmail/550-5.7.1-low-reputation-domain.js';
import { page as p_550_5_7_1_low_reputation_ip } from './gmail/550-5.7.1-low-reputation-ip.js';
import { page as p_550_5_7_1_rfc5322_noncompliant } from './gmail/550-5.7.1-rfc5322-noncompliant.js';
import { page as p_550_5_7_1_missing_message_id } from './gmail/550-5.7.1-missing-message-id.js';
import { page as p_550_5_7_1_missing_from } from './gmail/550-5.7.1-missing-from.js';
import { page as p_552_5_7_0_security_issue } from './gmail/552-5.7.0-security-issue.js';
import { page as p_452_4_2_2_inbox_out_of_storage } from './gmail/452-4.2.2-inbox-out-of-storage.js';
import { page as p_421_4_7_0_suspicious_rate_limited } from './gmail/421-4.7.0-suspicious-rate-limited.js';
import { page as p_421_4_7_0_spf_and_dkim_fail } from './gmail/421-4.7.0-spf-and-dkim-fail.js';
import { page as p_421_4_7_0_suspicious_content } from './gmail/421-4.7.0-suspicious-content.js';
import { page as p_421_4_7_28_unusual_rate_domain_limited } from './gmail/421-4.7.28-unusual-rate-domain-limited.js';
import { page as p_550_5_7_1_ipv6_sending_guidelines } from './gmail/550-5.7.1-ipv6-sending-guidelines.js';
import { page as p_550_5_7_1_multiple_from_addresses } from './gmail/550-5.7.1-multiple-from-addresses.js';
import { page as p_550_5_7_26_mail_from_spf_hard_fail } from './gmail/550-5.7.26-mail-from-spf-hard-fail.js';
import { page as p_550_5_7_26_spf_and_dkim_fail } from './gmail/550-5.7.26-spf-and-dkim-fail.js';
import { page as p_550_5_7_26_unauthenticated_security_risk } from './gmail/550-5.7.26-unauthenticated-security-risk.js';
import { page as p_conn_network_unreachable } from './generic/conn-network-unreachable.js';
import { page as p_token_cannot_create_access_token } from './gmail/token-cannot-create-access-token.js';
import { page as p_token_invalid_request } from './gmail/token-invalid-request.js';
import { page as p_334_xoauth2_challenge } from './gmail/334-xoauth2-challenge.js';
import { page as p_token_invalid_grant_expired_or_revoked } from './gmail/token-invalid-grant-expired-or-revoked.js';
import { page as p_token_invalid_grant_bad_request } from './gmail/token-invalid-grant-bad-request.js';
import { page as p_token_invalid_grant_invalid_email } from './gmail/token-invalid-grant-invalid-email.js';
import { page as p_token_invalid_grant_invalid_jwt } from './gmail/token-invalid-grant-invalid-jwt.js';
import { page as p_token_unauthorized_client } from './gmail/token-unauthorized-client.js';
import { page as p_token_invalid_client } from './gmail/token-invalid-client.js';
import { page as p_token_invalid_scope } from './gmail/token-invalid-scope.js';
import { page as p_token_delegation_denied } from './gmail/token-delegation-denied.js';
import { page as p_token_admin_policy_enforced } from './gmail/token-admin-policy-enforced.js';
import { page as p_api_user_rate_limit_retry_after } from './gmail/api-user-rate-limit-retry-after.js';
import { page as p_api_user_rate_limit_exceeded } from './gmail/api-user-rate-limit-exceeded.js';
import { page as p_api_rate_limit_exceeded } from './gmail/api-rate-limit-exceeded.js';
import { page as p_api_insufficient_permission } from './gmail/api-insufficient-permission.js';
import { page as p_api_precondition_check_failed } from './gmail/api-precondition-check-failed.js';
import { page as p_api_mail_service_not_enabled } from './gmail/api-mail-service-not-enabled.js';
import { page as p_api_invalid_to_header } from './gmail/api-invalid-to-header.js';
import { page as p_api_recipient_address_required } from './gmail/api-recipient-address-required.js';
import { page as p_api_invalid_credentials } from './gmail/api-invalid-credentials.js';
import { page as p_api_backend_error } from './gmail/api-backend-error.js';
import { page as p_api_request_payload_too_large } from './gmail/api-request-payload-too-large.js';
import { page as p_api_raw_payload_required } from './gmail/api-raw-payload-required.js';
import { page as p_conn_timeout } from './generic/conn-timeout.js';
import { page as p_conn_refused } from './generic/conn-refused.js';
import { page as p_conn_reset } from './generic/conn-reset.js';
import { page as p_conn_greeting_never_received } from './generic/conn-greeting-never-received.js';
import { page as p_conn_failed_no_reason } from './generic/conn-failed-no-reason.js';
import { page as p_send_failed_cause_hidden } from './generic/send-failed-cause-hidden.js';
import { page as p_tls_wrong_version_number } from './generic/tls-wrong-version-number.js';
import { page as p_tls_handshake_failure } from './generic/tls-handshake-failure.js';
import { page as p_tls_certificate_error } from './generic/tls-certificate-error.js';
import { page as p_conn_dns_failure } from './generic/conn-dns-failure.js';
import { page as p_local_mailer_not_configured } from './generic/local-mailer-not-configured.js';
import { page as p_smtp_helo_rejected } from './generic/smtp-helo-rejected.js';
import { page as p_421_4_3_0_temporary_system_problem } from './gmail/421-4.3.0-temporary-system-problem.js';
import { page as p_421_4_4_5_server_busy } from './gmail/421-4.4.5-server-busy.js';
import { page as p_421_4_7_0_ip_not_in_whitelist } from './gmail/421-4.7.0-ip-not-in-whitelist.js';
import { page as p_421_4_7_0_unusual_rate_ip_blocked } from './gmail/421-4.7.0-unusual-rate-ip-blocked.js';
import { page as p_421_4_7_0_temporary_system_problem } from './gmail/421-4.7.0-temporary-system-problem.js';
import { page as p_421_4_7_0_tls_required_for_rcpt_domain } from './gmail/421-4.7.0-tls-required-for-rcpt-domain.js';
import { page as p_421_4_7_0_try_again_later_closing_connection } from './gmail/421-4.7.0-try-again-later-closing-connection.js';
import { page as p_421_4_7_0_session_recycled } from './gmail/421-4.7.0-session-recycled.js';
import { page as p_450_4_2_1_receiving_too_quickly } from './gmail/450-4.2.1-receiving-too-quickly.js';
import { page as p_450_4_2_1_recipient_rate_limited } from './gmail/450-4.2.1-recipient-rate-limited.js';
import { page as p_450_4_2_1_peak_relay_limit } from './gmail/450-4.2.1-peak-relay-limit.js';
import { page as p_451_4_3_0_temporarily_rejected } from './gmail/451-4.3.0-temporarily-rejected.js';
import { page as p_451_4_3_0_multiple_destination_domains } from './gmail/451-4.3.0-multiple-destination-domains.js';
import { page as p_451_4_4_2_timeout } from './gmail/451-4.4.2-timeout.js';
import { page as p_451_4_5_0_protocol_violation } from './gmail/451-4.5.0-protocol-violation.js';
import { page as p_452_4_2_2_over_quota } from './gmail/452-4.2.2-over-quota.js';
import { page as p_452_4_5_3_domain_policy_size } from './gmail/452-4.5.3-domain-policy-size.js';
import { page as p_452_4_5_3_too_many_recipients } from './gmail/452-4.5.3-too-many-recipients.js';
import { page as p_454_4_5_0_pipelining_after_starttls } from './gmail/454-4.5.0-pipelining-after-starttls.js';
import { page as p_454_4_7_0_cannot_authenticate } from './gmail/454-4.7.0-cannot-authenticate.js';
import { page as p_454_5_5_1_starttls_repeated } from './gmail/454-5.5.1-starttls-repeated.js';
import { page as p_501_5_5_2_cannot_decode_response } from './gmail/501-5.5.2-cannot-decode-response.js';
import { page as p_501_5_5_4_invalid_helo_argument } from './gmail/501-5.5.4-invalid-helo-argument.js';
import { page as p_502_5_5_1_too_many_unrecognized_commands } from './gmail/502-5.5.1-too-many-unrecognized-commands.js';
import { page as p_502_5_5_1_unimplemented_command } from './gmail/502-5.5.1-unimplemented-command.js';
import { page as p_502_5_5_1_unrecognized_command } from './gmail/502-5.5.1-unrecognized-command.js';
import { page as p_503_5_5_1_ehlo_first } from './gmail/503-5.5.1-ehlo-first.js';
import { page as p_503_5_5_1_mail_first } from './gmail/503-5.5.1-mail-first.js';
import { page as p_503_5_5_1_rcpt_first } from './gmail/503-5.5.1-rcpt-first.js';
import { page as p_503_5_7_0_no_identity_changes } from './gmail/503-5.7.0-no-identity-changes.js';
import { page as p_504_5_7_4_unrecognized_auth_type } from './gmail/504-5.7.4-unrecognized-auth-type.js';
import { page as p_530_5_5_1_authentication_required } from './gmail/530-5.5.1-authentication-required.js';
import { page as p_530_5_7_0_starttls_first } from './gmail/530-5.7.0-starttls-first.js';
import { page as p_535_5_5_4_optional_argument_not_permitted } from './gmail/535-5.5.4-optional-argument-not-permitted.js';
import { page as p_535_5_7_1_app_password_required } from './gmail/535-5.7.1-app-password-required.js';
import { page as p_535_5_7_1_web_login_required } from './gmail/535-5.7.1-web-login-required.js';
import { page as p_535_5_7_1_bad_credentials } from './gmail/535-5.7.1-bad-credentials.js';
import { page as p_550_5_1_1_no_such_user } from './gmail/550-5.1.1-no-such-user.js';
import { page as p_550_5_2_1_account_disabled } from './gmail/550-5.2.1-account-disabled.js';
import { page as p_550_5_2_1_recipient_rate_limited } from './gmail/550-5.2.1-recipient-rate-limited.js';
import { page as p_550_5_4_5_daily_sending_quota } from './gmail/550-5.4.5-daily-sending-quota.js';
import { page as p_550_5_4_5_daily_relay_limit_user } from './gmail/550-5.4.5-daily-relay-limit-user.js';
import { page as p_550_5_7_0_relay_denied } from './gmail/550-5.7.0-relay-denied.js';
import { page as p_550_5_7_0_sending_denied } from './gmail/550-5.7.0-sending-denied.js';
import { page as p_550_5_7_1_email_quota_exceeded } from './gmail/550-5.7.1-email-quota-exceeded.js';
import { page as p_550_5_7_1_invalid_relay_credentials } from './gmail/550-5.7.1-invalid-relay-credentials.js';
import { page as p_550_5_7_1_unusual_rate_ip_blocked } from './gmail/550-5.7.1-unusual-rate-ip-blocked.js';
import { page as p_550_5_7_1_likely_unsolicited } from './gmail/550-5.7.1-likely-unsolicited.js';
import { page as p_550_5_7_1_ip_not_authorized } from './gmail/550-5.7.1-ip-not-authorized.js';
import { page as p_550_5_7_1_policy_prohibited } from './gmail/550-5.7.1-policy-prohibited.js';
import { page as p_550_5_7_1_unauthenticated_not_accepted } from './gmail/550-5.7.1-unauthenticated-not-accepted.js';
import { page as p_550_5_7_1_daily_relay_limit_customer } from './gmail/550-5.7.1-daily-relay-limit-customer.js';
import { page as p_550_5_7_26_dmarc_policy } from './gmail/550-5.7.26-dmarc-policy.js';
import { page as p_550_5_7_26_unauthenticated } from './gmail/550-5.7.26-unauthenticated.js';
import { page as p_550_5_7_26_spf_hard_fail } from './gmail/550-5.7.26-spf-hard-fail.js';
import { page as p_552_5_2_2_over_quota } from './gmail/552-5.2.2-over-quota.js';
import { page as p_552_5_2_3_message_too_large } from './gmail/552-5.2.3-message-too-large.js';
import { page as p_553_5_1_2_domain_not_found } from './gmail/553-5.1.2-domain-not-found.js';
import { page as p_554_5_6_0_malformed } from './gmail/554-5.6.0-malformed.js';
import { page as p_554_5_6_0_mail_loop } from './gmail/554-5.6.0-mail-loop.js';
import { page as p_554_5_7_0_too_many_unauthenticated_commands } from './gmail/554-5.7.0-too-many-unauthenticated-commands.js';
import { page as p_555_5_5_2_syntax_error } from './gmail/555-5.5.2-syntax-error.js';
import { page as p_553_5_1_3_invalid_rfc5321_address } from './gmail/553-5.1.3-invalid-rfc5321-address.js';
import { page as p_534_5_7_9_web_login_required } from './gmail/534-5.7.9-web-login-required.js';
import { page as p_token_deleted_client } from './gmail/token-deleted-client.js';
import { page as p_token_disabled_client } from './gmail/token-disabled-client.js';
import { page as p_token_org_internal } from './gmail/token-org-internal.js';
import { page as p_token_access_denied } from './gmail/token-access-denied.js';
import { page as p_token_invalid_rapt } from './gmail/token-invalid-rapt.js';
import { page as p_tls_certificate_self_signed } from './generic/tls-certificate-self-signed.js';
import { page as p_tls_certificate_expired } from './generic/tls-certificate-expired.js';
import { page as p_tls_certificate_hostname_mismatch } from './generic/tls-certificate-hostname-mismatch.js';
import { page as p_conn_permission_denied } from './generic/conn-permission-denied.js';
import { page as p_auth_missing_credentials } from './generic/auth-missing-credentials.js';
import { page as p_auth_phpmailer_could_not_authenticate } from './generic/auth-phpmailer-could-not-authenticate.js';
import { page as p_smtp_starttls_required } from './generic/smtp-starttls-required.js';
import { page as p_smtp_auth_mechanism_unsupported } from './generic/smtp-auth-mechanism-unsupported.js';
import { page as p_smtp_auth_required } from './generic/smtp-auth-required.js';
import { page as p_smtp_auth_failed } from './generic/smtp-auth-failed.js';
import { page as p_smtp_auth_temporary_failure } from './generic/smtp-auth-temporary-failure.js';
import { page as p_smtp_bad_sequence } from './generic/smtp-bad-sequence.js';
import { page as p_smtp_timeout } from './generic/smtp-timeout.js';
import { page as p_smtp_quota_exceeded } from './generic/smtp-quota-exceeded.js';
import { page as p_token_redirect_uri_mismatch } from './gmail/token-redirect-uri-mismatch.js';
import { page as p_token_server_error } from './gmail/token-server-error.js';
import { page as p_token_oob_flow_blocked } from './gmail/token-oob-flow-blocked.js';
import { page as p_token_app_blocked_unverified } from './gmail/token-app-blocked-unverified.js';
import { page as p_api_invalid_from_header } from './gmail/api-invalid-from-header.js';
import { genericPages } from './generic/rfc3463.js';
import { noticePages } from './notices.js';
import { page as p_421_4_7_0_connection_expired } from './gmail/421-4.7.0-connection-expired.js';
import { page as p_421_4_7_28_same_message_id_quota } from './gmail/421-4.7.28-same-message-id-quota.js';
import { page as p_421_5_7_32_from_not_aligned_blocked } from './gmail/421-5.7.32-from-not-aligned-blocked.js';
import { page as p_501_5_7_11_no_parameters_allowed } from './gmail/501-5.7.11-no-parameters-allowed.js';
import { page as p_503_5_5_1_no_data_after_bdat } from './gmail/503-5.5.1-no-data-after-bdat.js';
import { page as p_523_5_7_10_pipelining_after_starttls } from './gmail/523-5.7.10-pipelining-after-starttls.js';
import { page as p_550_5_5_3_too_many_recipients_for_sender } from './gmail/550-5.5.3-too-many-recipients-for-sender.js';
import { page as p_550_5_7_0_relay_account_suspended } from './gmail/550-5.7.0-relay-account-suspended.js';
import { page as p_550_5_7_1_unicode_in_disallowed_header } from './gmail/550-5.7.1-unicode-in-disallowed-header.js';
import { page as p_550_5_7_1_encoded_word_not_permitted } from './gmail/550-5.7.1-encoded-word-not-permitted.js';
import { page as p_550_5_7_28_unusual_rate_ip_blocked } from './gmail/550-5.7.28-unusual-rate-ip-blocked.js';
import { page as p_552_5_3_4_message_too_large } from './gmail/552-5.3.4-message-too-large.js';
import { page as p_552_5_3_4_too_many_attachments } from './gmail/552-5.3.4-too-many-attachments.js';
import { page as p_552_5_3_4_header_too_large } from './gmail/552-5.3.4-header-too-large.js';
import { page as p_553_5_1_7_invalid_sender_address } from './gmail/553-5.1.7-invalid-sender-address.js';
import { page as p_554_5_4_6_mail_loop } from './gmail/554-5.4.6-mail-loop.js';
import { page as p_503_5_5_1_out_of_sequence } from './gmail/503-5.5.1-out-of-sequence.js';
import { page as p_550_5_7_1_rate_limited } from './gmail/550-5.7.1-rate-limited.js';

/** Provider pages (Gmail, then the connection layer), in match precedence. */
export const providerPages: readonly CatalogEntry[] = [
  p_535_5_7_8_bad_credentials,
  p_534_5_7_9_app_password_required,
  p_534_5_7_14_web_login_required,
  p_534_5_7_9_web_login_required,
  p_530_5_7_0_authentication_required,
  p_454_4_7_0_too_many_login_attempts,
  p_550_5_4_5_daily_user_limit,
  p_550_5_7_25_missing_ptr,
  p_421_4_7_28_unusual_rate_limited,
  p_550_5_7_26_sender_unauthenticated,
  p_421_4_7_27_spf_not_pass_rate_limited,
  p_421_4_7_29_tls_required,
  p_451_4_7_23_ptr_rate_limited,
  p_451_4_7_24_spf_suspicious_entries,
  p_421_4_7_40_dmarc_missing_rate_limited,
  p_421_4_7_26_unauthenticated_rate_limited,
  p_421_4_7_30_dkim_not_pass_rate_limited,
  p_421_4_7_32_from_not_aligned_rate_limited,
  p_550_5_7_27_spf_not_pass,
  p_550_5_7_29_tls_required,
  p_550_5_7_30_dkim_not_pass,
  p_550_5_7_40_dmarc_missing,
  p_550_5_7_24_spf_suspicious_entries,
  p_451_4_7_26_dmarc_dns_temporary_failure,
  p_421_4_7_0_ptr_rate_limited,
  p_550_5_7_1_low_reputation_domain,
  p_550_5_7_1_low_reputation_ip,
  p_550_5_7_1_rfc5322_noncompliant,
  p_550_5_7_1_missing_message_id,
  p_550_5_7_1_missing_from,
  p_552_5_7_0_security_issue,
  p_452_4_2_2_inbox_out_of_storage,
  p_421_4_7_0_suspicious_rate_limited,
  p_421_4_7_0_spf_and_dkim_fail,
  p_421_4_7_0_suspicious_content,
  p_421_4_7_28_unusual_rate_domain_limited,
  p_550_5_7_1_ipv6_sending_guidelines,
  p_550_5_7_1_multiple_from_addresses,
  p_550_5_7_26_mail_from_spf_hard_fail,
  p_550_5_7_26_spf_and_dkim_fail,
  p_550_5_7_26_unauthenticated_security_risk,
  p_conn_network_unreachable,
  p_token_cannot_create_access_token,
  p_token_invalid_request,
  p_334_xoauth2_challenge,
  p_token_invalid_grant_expired_or_revoked,
  p_token_invalid_grant_bad_request,
  p_token_invalid_grant_invalid_email,
  p_token_invalid_grant_invalid_jwt,
  p_token_unauthorized_client,
  p_token_invalid_client,
  p_token_invalid_scope,
  p_token_delegation_denied,
  p_token_admin_policy_enforced,
  p_token_deleted_client,
  p_token_disabled_client,
  p_token_org_internal,
  p_token_access_denied,
  p_token_invalid_rapt,
  p_token_redirect_uri_mismatch,
  p_token_server_error,
  p_token_oob_flow_blocked,
  p_token_app_blocked_unverified,
  p_auth_missing_credentials,
  p_auth_phpmailer_could_not_authenticate,
  p_api_user_rate_limit_retry_after,
  p_api_user_rate_limit_exceeded,
  p_api_rate_limit_exceeded,
  p_api_insufficient_permission,
  p_api_precondition_check_failed,
  p_api_mail_service_not_enabled,
  p_api_invalid_to_header,
  p_api_invalid_from_header,
  p_api_recipient_address_required,
  p_api_invalid_credentials,
  p_api_backend_error,
  p_api_request_payload_too_large,
  p_api_raw_payload_required,
  p_conn_timeout,
  p_conn_refused,
  p_conn_reset,
  p_conn_greeting_never_received,
  p_conn_failed_no_reason,
  p_send_failed_cause_hidden,
  p_tls_wrong_version_number,
  p_tls_handshake_failure,
  p_tls_certificate_self_signed,
  p_tls_certificate_expired,
  p_tls_certificate_hostname_mismatch,
  p_tls_certificate_error,
  p_conn_permission_denied,
  p_conn_dns_failure,
  p_local_mailer_not_configured,
  p_421_4_3_0_temporary_system_problem,
  p_421_4_4_5_server_busy,
  p_421_4_7_0_ip_not_in_whitelist,
  p_421_4_7_0_unusual_rate_ip_blocked,
  p_421_4_7_0_temporary_system_problem,
  p_421_4_7_0_tls_required_for_rcpt_domain,
  p_421_4_7_0_try_again_later_closing_connection,
  p_421_4_7_0_session_recycled,
  p_450_4_2_1_receiving_too_quickly,
  p_450_4_2_1_recipient_rate_limited,
  p_450_4_2_1_peak_relay_limit,
  p_451_4_3_0_temporarily_rejected,
  p_451_4_3_0_multiple_destination_domains,
  p_451_4_4_2_timeout,
  p_451_4_5_0_protocol_violation,
  p_452_4_2_2_over_quota,
  p_452_4_5_3_domain_policy_size,
  p_452_4_5_3_too_many_recipients,
  p_454_4_5_0_pipelining_after_starttls,
  p_454_4_7_0_cannot_authenticate,
  p_454_5_5_1_starttls_repeated,
  p_501_5_5_2_cannot_decode_response,
  p_501_5_5_4_invalid_helo_argument,
  p_502_5_5_1_too_many_unrecognized_commands,
  p_502_5_5_1_unimplemented_command,
  p_502_5_5_1_unrecognized_command,
  p_503_5_5_1_ehlo_first,
  p_503_5_5_1_mail_first,
  p_503_5_5_1_rcpt_first,
  p_503_5_7_0_no_identity_changes,
  p_504_5_7_4_unrecognized_auth_type,
  p_530_5_5_1_authentication_required,
  p_530_5_7_0_starttls_first,
  p_535_5_5_4_optional_argument_not_permitted,
  p_535_5_7_1_app_password_required,
  p_535_5_7_1_web_login_required,
  p_535_5_7_1_bad_credentials,
  p_550_5_1_1_no_such_user,
  p_550_5_2_1_account_disabled,
  p_550_5_2_1_recipient_rate_limited,
  p_550_5_4_5_daily_sending_quota,
  p_550_5_4_5_daily_relay_limit_user,
  p_550_5_7_0_relay_denied,
  p_550_5_7_0_sending_denied,
  p_550_5_7_1_email_quota_exceeded,
  p_550_5_7_1_invalid_relay_credentials,
  p_550_5_7_1_unusual_rate_ip_blocked,
  p_550_5_7_1_likely_unsolicited,
  p_550_5_7_1_ip_not_authorized,
  p_550_5_7_1_policy_prohibited,
  p_550_5_7_1_unauthenticated_not_accepted,
  p_550_5_7_1_daily_relay_limit_customer,
  p_550_5_7_26_dmarc_policy,
  p_550_5_7_26_unauthenticated,
  p_550_5_7_26_spf_hard_fail,
  p_552_5_2_2_over_quota,
  p_552_5_2_3_message_too_large,
  p_553_5_1_2_domain_not_found,
  p_553_5_1_3_invalid_rfc5321_address,
  p_554_5_6_0_malformed,
  p_554_5_6_0_mail_loop,
  p_554_5_7_0_too_many_unauthenticated_commands,
  p_555_5_5_2_syntax_error,
  // Rows of Google's current list (2026) that the reference copy lacks, after the older rows they reword.
  p_421_4_7_0_connection_expired,
  p_421_4_7_28_same_message_id_quota,
  p_421_5_7_32_from_not_aligned_blocked,
  p_501_5_7_11_no_parameters_allowed,
  p_503_5_5_1_no_data_after_bdat,
  p_523_5_7_10_pipelining_after_starttls,
  p_550_5_5_3_too_many_recipients_for_sender,
  p_550_5_7_0_relay_account_suspended,
  p_550_5_7_1_unicode_in_disallowed_header,
  p_550_5_7_1_encoded_word_not_permitted,
  p_550_5_7_28_unusual_rate_ip_blocked,
  p_552_5_3_4_message_too_large,
  p_552_5_3_4_too_many_attachments,
  p_552_5_3_4_header_too_large,
  p_553_5_1_7_invalid_sender_address,
  p_554_5_4_6_mail_loop,
  p_503_5_5_1_out_of_sequence,
  p_550_5_7_1_rate_limited,
  // Provider-neutral meanings: what the words say on any server, for replies that are not Gmail's.
  p_smtp_starttls_required,
  p_smtp_auth_mechanism_unsupported,
  p_smtp_auth_required,
  p_smtp_auth_failed,
  p_smtp_auth_temporary_failure,
  p_smtp_helo_rejected,
  p_smtp_bad_sequence,
  p_smtp_timeout,
  p_smtp_quota_exceeded,
  ...noticePages,
];

export { genericPages };
