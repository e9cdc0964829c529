import { generate } from 'selfsigned';

/** The key and certificate the sim serves TLS with; trust `cert` as a CA in your client. */
export interface SimTlsMaterial {
  key: string;
  cert: string;
}

let cached: Promise<SimTlsMaterial> | undefined;

/**
 * A self-signed certificate for `localhost` and `127.0.0.1`, made once per process: key
 * generation is not free, and a test suite starts many sims. Node has no
 * X.509 builder, hence `selfsigned`.
 */
export function selfSignedCertificate(): Promise<SimTlsMaterial> {
  cached ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
