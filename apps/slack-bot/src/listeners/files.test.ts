// The pure parts of reading a shared file: which files, which share, which bytes.
import { describe, expect, it } from 'vitest';
import { fileBytesToText, isSavedMessage, mayHoldBounce, shareIn } from './files.js';

describe('shared files', () => {
  it('answers the latest share of a file in the conversation, in its thread', () => {
    const info = {
      id: 'F1',
      shares: {
        public: {
          C1: [{ ts: '1700000001.000100' }, { ts: '1700000009.000100', thread_ts: '1700000005.000001' }],
        },
        private: undefined,
      },
    };
    expect(shareIn(info, 'C1')).toEqual({ ts: '1700000009.000100', threadTs: '1700000005.000001' });
    expect(shareIn(info, 'C2')).toBeNull();
    expect(shareIn({ id: 'F2' }, 'C1')).toBeNull();
  });

  it('reads saved messages and text files, nothing else', () => {
    expect(isSavedMessage({ id: 'F', name: 'Bounce.EML' })).toBe(true);
    expect(isSavedMessage({ id: 'F', mimetype: 'message/rfc822' })).toBe(true);
    expect(mayHoldBounce({ id: 'F', name: 'notice.txt' })).toBe(true);
    expect(mayHoldBounce({ id: 'F', filetype: 'text' })).toBe(true);
    expect(mayHoldBounce({ id: 'F', name: 'shot.png', filetype: 'png', mimetype: 'image/png' })).toBe(false);
    expect(mayHoldBounce({ id: 'F', name: 'report.pdf', filetype: 'pdf' })).toBe(false);
  });

  it('keeps UTF-8 as UTF-8 and any other bytes one character per byte', () => {
    expect(fileBytesToText(Buffer.from('distribué ✓'))).toBe('distribué ✓');
    expect(fileBytesToText(Buffer.from([0x64, 0xe9, 0x74, 0xe9, 0x82]))).toBe('d\u00e9t\u00e9\u0082');
  });
});
