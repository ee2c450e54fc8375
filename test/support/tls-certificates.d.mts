/** A certificate and its key, as files and as PEM text. */
export interface CertificatePair {
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
}

/** A throw-away CA with a server certificate (localhost, 127.0.0.1) and a client certificate it signed. */
export interface TestCertificates {
  dir: string;
  caFile: string;
  ca: string;
  server: CertificatePair;
  client: CertificatePair;
  remove(): void;
}

/** Makes a CA and the certificates it signs, with openssl, in a temporary folder. */
export function makeCertificates(): Promise<TestCertificates>;
