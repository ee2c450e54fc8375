/** A certificate and its key, as files and as PEM text. */
export interface CertificatePair {
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
}

/** A throw-away CA, a server certificate for localhost and 127.0.0.1, and a client certificate. */
export interface Certificates {
  dir: string;
  caFile: string;
  ca: string;
  server: CertificatePair;
  client: CertificatePair;
  remove(): void;
}

/** Makes the certificates with openssl in a temporary folder. */
export function makeCertificates(): Promise<Certificates>;
