export { jsonBody, readBodyText, readJsonBody, DEFAULT_MAX_BODY_BYTES, MAX_JSON_DEPTH } from './json-body.js';
export { requestLog, type RequestLogEntry } from './request-log.js';
export { requireTenant, tenantContext, type TenantSource } from './tenant-context.js';
export { TestPool } from './test-pool.js';
export { eventStream } from './server-sent-events.js';
export { ConcurrencyLimit } from './concurrency-limit.js';
