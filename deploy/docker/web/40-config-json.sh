#!/bin/sh
# Writes /config.json from the environment when the container starts (the nginx image runs the
# scripts in /docker-entrypoint.d/ before nginx). A missing required variable stops the start.
set -eu
: "${REGISTRY_URL:?REGISTRY_URL: the registry's URL as the browser reaches it}"
: "${PROJECTION_URL:?PROJECTION_URL: the projection's URL as the browser reaches it}"
: "${APPROVAL_URL:?APPROVAL_URL: the approval service's URL as the browser reaches it}"
: "${OIDC_AUTHORITY:?OIDC_AUTHORITY: the identity provider (its /.well-known/openid-configuration)}"
: "${OIDC_CLIENT_ID:?OIDC_CLIENT_ID: the web app's client id at the identity provider}"
cat > /usr/share/nginx/html/config.json <<JSON
{
  "services": {
    "registry": "${REGISTRY_URL}",
    "projection": "${PROJECTION_URL}",
    "approval": "${APPROVAL_URL}",
    "investment-promotion": "${INVESTMENT_PROMOTION_URL:-}",
    "issue-resolution": "${ISSUE_RESOLUTION_URL:-}",
    "assessment": "${ASSESSMENT_URL:-}"
  },
  "auth": { "mode": "oidc", "authority": "${OIDC_AUTHORITY}", "clientId": "${OIDC_CLIENT_ID}", "scope": "${OIDC_SCOPE:-openid profile}" }
}
JSON
