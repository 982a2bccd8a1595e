import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { apiKeyRoutes } from './api-keys/index.js';
import { auditRoutes } from './audit/index.js';
import { authRoutes } from './auth/index.js';
import { oidcRoutes } from './auth/oidc.js';
import { checkRoutes } from './checks/index.js';
import { commentRoutes } from './comments/index.js';
import { dashboardRoutes } from './dashboards/index.js';
import { confidentialRoutes } from './documents/confidential.js';
import { documentRoutes } from './documents/index.js';
import { eventRoutes } from './events/index.js';
import { groupRoutes } from './groups/index.js';
import { healthRoutes } from './health/index.js';
import { lintRoutes } from './lint/index.js';
import { metricsRoutes } from './metrics/index.js';
import { notificationRoutes } from './notifications/index.js';
import { reviewPolicyRoutes } from './reviews/review-policy-routes.js';
import { reviewRoutes } from './reviews/reviews.js';
import { transitionRoutes } from './reviews/transitions.js';
import { waitingReviewRoutes } from './reviews/waiting-reviews.js';
import { searchRoutes } from './search/index.js';
import { templateRoutes } from './templates/index.js';
import { userRoutes } from './users/index.js';
import { webhookRoutes } from './webhooks/index.js';
import { workspaceRoutes } from './workspaces/index.js';
import { memberRoutes } from './workspaces/members.js';

/**
 * The operations routes, outside the API prefix: /healthz, /readyz and /metrics. Not a context
 * of its own: the metrics plugin's hook times every request of the app.
 */
export const operationsRoutes = fp(async (app) => {
  await app.register(healthRoutes);
  await app.register(metricsRoutes);
});

/**
 * Every API route, registered under `/api/v1` by app.ts: the one place that knows the route
 * folders. The order is the OpenAPI document's order of operations.
 */
export const apiRoutes: FastifyPluginAsync = async (api) => {
  await api.register(authRoutes);
  await api.register(oidcRoutes);
  await api.register(apiKeyRoutes);
  await api.register(userRoutes);
  await api.register(auditRoutes);
  await api.register(workspaceRoutes);
  await api.register(memberRoutes);
  await api.register(documentRoutes);
  await api.register(confidentialRoutes);
  await api.register(transitionRoutes);
  await api.register(reviewRoutes);
  await api.register(waitingReviewRoutes);
  await api.register(reviewPolicyRoutes);
  await api.register(checkRoutes);
  await api.register(commentRoutes);
  await api.register(notificationRoutes);
  await api.register(eventRoutes);
  await api.register(groupRoutes);
  await api.register(dashboardRoutes);
  await api.register(searchRoutes);
  await api.register(lintRoutes);
  await api.register(templateRoutes);
  await api.register(webhookRoutes);
  api.get(
    '/openapi.json',
    { config: { access: { public: true } }, schema: { hide: true } },
    async () => api.swagger(),
  );
};
