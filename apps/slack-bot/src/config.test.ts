import { describe, expect, it } from 'vitest';
import { ConfigError, isConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('is console mode with no Slack credentials', () => {
    expect(loadConfig({}).mode).toBe('console');
  });

  it('is HTTP mode with a bot token and signing secret, and hides the secrets', () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'shh',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(c).toMatchObject({ mode: 'http', port: 8080, apiUrl: 'http://127.0.0.1:9/api/' });
    expect(c.signingSecret).toBe('shh');
    expect(JSON.stringify(c)).not.toContain('shh');
    expect(JSON.stringify(c)).not.toContain('xoxb');
  });

  it('reads the site URL that answers link to (none when unset)', () => {
    expect(loadConfig({}).siteUrl).toBeNull();
    expect(loadConfig({ SMTPFIX_SITE_URL: 'https://fix.example/smtp' }).siteUrl).toBe(
      'https://fix.example/smtp',
    );
  });

  it('is Socket Mode when SLACK_APP_TOKEN is set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).mode).toBe('socket');
  });

  it('lists every problem in one ConfigError', () => {
    let error: unknown;
    try {
      loadConfig({
        SLACK_SIGNING_SECRET: 'x',
        PORT: 'eighty',
        SLACK_API_URL: 'nope',
        SMTPFIX_MESSAGE_THRESHOLD: '2',
        SMTPFIX_SITE_URL: 'smtpfix.example',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(isConfigError(error)).toBe(true);
    const { problems } = error as ConfigError;
    expect(problems.join('\n')).toMatch(/SLACK_BOT_TOKEN is missing/);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/SLACK_API_URL/);
    expect(problems.join('\n')).toMatch(/SMTPFIX_MESSAGE_THRESHOLD/);
    expect(problems.join('\n')).toMatch(/SMTPFIX_SITE_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'bad' })).toThrow(/xapp-/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('reads SLACK_CONNECT_TIMEOUT in seconds, and turns Socket Mode health on only with PORT', () => {
    const socket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(loadConfig(socket)).toMatchObject({ connectTimeoutMs: 120_000, healthCheck: false });
    expect(loadConfig({ ...socket, SLACK_CONNECT_TIMEOUT: '2.5', PORT: '8080' })).toMatchObject({
      connectTimeoutMs: 2500,
      healthCheck: true,
      port: 8080,
    });
    expect(() => loadConfig({ ...socket, SLACK_CONNECT_TIMEOUT: '0' })).toThrow(/SLACK_CONNECT_TIMEOUT/);
    expect(() => loadConfig({ ...socket, SLACK_CONNECT_TIMEOUT: 'soon' })).toThrow(/SLACK_CONNECT_TIMEOUT/);
  });
});
