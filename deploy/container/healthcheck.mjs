// The image's HEALTHCHECK (Dockerfile): GET /healthz from the server in this container, exit 0
// on 200 and 1 on anything else. Plain Node, as the slim base has no curl. It follows the
// server's own settings: PORT, HOST (the wildcard addresses are probed on loopback) and
// TLS_CERT_FILE (https; the certificate is not verified, as it names the public host, not
// loopback). Settings given only in a DESIGNDOC_CONFIG file are not read: give PORT, HOST and
// TLS_CERT_FILE in the environment.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const { HOST = '0.0.0.0', PORT = '8080', TLS_CERT_FILE } = process.env;
const LOOPBACK = { '0.0.0.0': '127.0.0.1', '::': '::1', '': '127.0.0.1' };
const host = LOOPBACK[HOST] ?? HOST;

const request = TLS_CERT_FILE ? httpsRequest : httpRequest;
const probe = request(
  { host, port: Number(PORT), path: '/healthz', timeout: 2500, rejectUnauthorized: false },
  (response) => {
    response.resume();
    process.exit(response.statusCode === 200 ? 0 : 1);
  },
);
probe.on('timeout', () => probe.destroy(new Error('no answer in 2.5 s')));
probe.on('error', (error) => {
  console.error(`healthcheck: ${error.message}`);
  process.exit(1);
});
probe.end();
