import { z } from 'zod';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import {
  idParams,
  pageQuery,
  profileCreateBody,
  profileCreateQuery,
  profileResponse,
  profileTestBody,
  profileUpdateBody,
  testQuery,
} from '../api-schemas.js';
import { remapErrorStatus, HttpError } from '../http-error.js';
import { pageToWire, profileToWire } from '../wire-format.js';
import { jsonBodyOf, jsonResponse, liveTestResponses, versionHeader } from './route-parts.js';

const PROFILES = '/v1/connection_profiles';

/** A profile's version as an entity tag, for `If-Match` on the next update. */
function etagOf(profile: { version: number }): string {
  return `"${profile.version}"`;
}

/** The version an update is based on: `If-Match` (a stale one is 412) or the body's `version` (409); neither is 428. */
function versionOf(ifMatch: string | undefined, bodyVersion: number | undefined): { version: number; fromHeader: boolean } {
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(ifMatch.trim());
    if (!match) throw new HttpError(400, 'INVALID_REQUEST', 'If-Match takes the profile version, for example "3"');
    return { version: Number(match[1]), fromHeader: true };
  }
  if (bodyVersion === undefined)
    throw new HttpError(428, 'VERSION_REQUIRED', 'send the version you read, as If-Match or as "version" in the body');
  return { version: bodyVersion, fromHeader: false };
}

export const listProfiles = apiRoute({
  method: 'get',
  path: PROFILES,
  summary: 'List profiles',
  request: { query: pageQuery },
  responses: {
    200: jsonResponse('a page of profiles, secrets redacted', z.object({ data: z.array(profileResponse), total: z.number().int() })),
    ...errorResponses(400, 401),
  },
});

export const createProfile = apiRoute({
  method: 'post',
  path: PROFILES,
  summary: 'Create a profile',
  request: { query: profileCreateQuery, body: jsonBodyOf(profileCreateBody) },
  responses: {
    201: { ...jsonResponse('the profile, secrets redacted', profileResponse), headers: versionHeader },
    ...errorResponses(400, 401, 409, 413, 415, 422, 429),
  },
});

export const testDraftProfile = apiRoute({
  method: 'post',
  path: `${PROFILES}/test`,
  summary: 'Test a draft profile live (not saved)',
  request: { query: testQuery, body: jsonBodyOf(profileTestBody) },
  responses: liveTestResponses,
});

export const getProfile = apiRoute({
  method: 'get',
  path: `${PROFILES}/{id}`,
  summary: 'Get a profile',
  request: { params: idParams },
  responses: {
    200: { ...jsonResponse('the profile, secrets redacted', profileResponse), headers: versionHeader },
    ...errorResponses(400, 401, 404),
  },
});

export const updateProfile = apiRoute({
  method: 'put',
  path: `${PROFILES}/{id}`,
  summary: 'Update a profile',
  description:
    'Replaces the fields sent (config, overridable, description); a field left out keeps its value. ' +
    'Secrets in `config` follow one rule, so that a client may send back what a GET returned: at each sensitive field ' +
    'the stored profile has, the redaction marker `********`, or the field left out while the object holding it is sent, ' +
    'keeps the stored value; a real value replaces it; an explicit `null` removes it. An object left out of `config` ' +
    'entirely goes, secrets and all. `********` where nothing is stored is 422 (`PROFILE_INVALID`, problem `INVALID_VALUE`).',
  request: {
    params: idParams,
    headers: z.object({
      'if-match': z.string().optional().meta({ description: 'the version read (its ETag); or send "version" in the body' }),
    }),
    body: jsonBodyOf(profileUpdateBody),
  },
  responses: {
    200: { ...jsonResponse('the updated profile', profileResponse), headers: versionHeader },
    ...errorResponses(400, 401, 404, 409, 412, 413, 415, 422, 428),
  },
});

export const deleteProfile = apiRoute({
  method: 'delete',
  path: `${PROFILES}/{id}`,
  summary: 'Delete a profile no table uses',
  request: { params: idParams },
  responses: { 204: { description: 'deleted' }, ...errorResponses(400, 401, 404, 409) },
});

export const testSavedProfile = apiRoute({
  method: 'post',
  path: `${PROFILES}/{id}/test`,
  summary: 'Test a saved profile live',
  request: { params: idParams, query: testQuery },
  responses: liveTestResponses,
});

const autocompleteResponse = z
  .object({
    values: z.record(z.string(), z.array(z.string())).meta({ description: 'values by table key, for example { "topic": ["orders"] }' }),
  })
  .meta({ id: 'AutocompleteResult' });

export const autocompleteProfile = apiRoute({
  method: 'get',
  path: `${PROFILES}/{id}/autocomplete`,
  summary:
    "Values a table on this profile may name, listed live (a Kafka profile's topics), bounded like a live test and counted in its pool",
  request: { params: idParams, query: testQuery },
  responses: { 200: jsonResponse('values by table key', autocompleteResponse), ...errorResponses(400, 401, 404, 422, 429) },
});

/**
 * `/v1/connection_profiles`: create, read, list, update (ETag and If-Match), delete, live
 * tests of drafts and saved profiles, and autocomplete, every live call through the
 * live-test pool.
 *
 * @example
 * ```ts
 * const app = newApiApp();
 * profileRoutes(app);
 * ```
 */
export function profileRoutes(app: ApiApp): void {
  app.openapi(listProfiles, async (c) => {
    const page = await c.var.catalog.profiles.list(c.req.valid('query'));
    return c.json(pageToWire(page, profileToWire), 200);
  });

  app.openapi(createProfile, async (c) => {
    const { test, deadline_ms } = c.req.valid('query');
    const input = c.req.valid('json');
    const { catalog, tests } = c.var;
    const created = test
      ? await tests.hold(() =>
          catalog.profiles.create(input, { test: { deadlineMs: tests.deadlineFor(deadline_ms), signal: c.req.raw.signal } }),
        )
      : await catalog.profiles.create(input);
    return c.json(profileToWire(created), 201, { etag: etagOf(created) });
  });

  app.openapi(testDraftProfile, async (c) => {
    const draft = c.req.valid('json');
    return c.var.tests.respond(c.req.raw, c.req.valid('query').deadline_ms, (options) =>
      c.var.catalog.testDraft({ name: draft.name ?? 'draft', connector: draft.connector, config: draft.config }, options),
    );
  });

  app.openapi(getProfile, async (c) => {
    const profile = await c.var.catalog.profiles.get(c.req.valid('param').id);
    return c.json(profileToWire(profile), 200, { etag: etagOf(profile) });
  });

  app.openapi(updateProfile, async (c) => {
    const update = c.req.valid('json');
    const { version, fromHeader } = versionOf(c.req.valid('header')['if-match'], update.version);
    // A stale If-Match is a failed precondition (412); a stale version in the body, a conflict (409).
    const saved = await remapErrorStatus('VERSION_CONFLICT', fromHeader ? 412 : 409, () =>
      c.var.catalog.profiles.update(c.req.valid('param').id, { ...update, version }),
    );
    return c.json(profileToWire(saved), 200, { etag: etagOf(saved) });
  });

  app.openapi(deleteProfile, async (c) => {
    await c.var.catalog.profiles.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(testSavedProfile, async (c) => {
    const { id } = c.req.valid('param');
    await c.var.catalog.profiles.get(id);
    return c.var.tests.respond(c.req.raw, c.req.valid('query').deadline_ms, (options) => c.var.catalog.profiles.test(id, options));
  });

  app.openapi(autocompleteProfile, async (c) => {
    const { id } = c.req.valid('param');
    const { catalog, tests } = c.var;
    await catalog.profiles.get(id);
    const found = await tests.hold(() =>
      catalog.profiles.autocomplete(id, { deadlineMs: tests.deadlineFor(c.req.valid('query').deadline_ms), signal: c.req.raw.signal }),
    );
    if (!found.ok)
      throw new HttpError(422, 'TEST_FAILED', `the values could not be listed: ${found.error.message}`, { error: found.error });
    return c.json({ values: found.values }, 200);
  });
}
