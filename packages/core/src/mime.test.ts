import { describe, expect, it } from 'vitest';
import { decodeBody } from './mime.js';

const part = (charset: string, body: string, cte = '7bit') => ({
  headers: new Map([
    ['content-type', `text/plain; charset=${charset}`],
    ['content-transfer-encoding', cte],
  ]),
  body,
});
// "アドレスが見つかりません" as Japanese mail carries it: ISO-2022-JP escapes in 7 bits, and Shift_JIS bytes.
const ISO_2022_JP = Buffer.from('GyRCJSIlSSVsJTkkLDgrJEQkKyRqJF4kOyRzGyhC', 'base64').toString('latin1');
const SHIFT_JIS = Buffer.from('g0GDaIOMg1iCqoypgsKCqYLogtyCuYLx', 'base64').toString('latin1');

describe('decodeBody', () => {
  it('decodes 7-bit ISO-2022-JP and 8-bit text read byte for byte by their charset', () => {
    expect(decodeBody(part('ISO-2022-JP', ISO_2022_JP))).toBe('アドレスが見つかりません');
    expect(decodeBody(part('Shift_JIS', SHIFT_JIS, '8bit'))).toBe('アドレスが見つかりません');
    expect(decodeBody(part('iso-8859-1', 'distribu\xe9', '8bit'))).toBe('distribué');
  });

  it('leaves text that is already decoded, ASCII, or UTF-8 as it is', () => {
    expect(decodeBody(part('Shift_JIS', 'アドレス'))).toBe('アドレス');
    expect(decodeBody(part('ISO-2022-JP', 'plain ascii'))).toBe('plain ascii');
    expect(decodeBody(part('utf-8', 'distribu\xe9', '8bit'))).toBe('distribu\xe9');
  });
});
