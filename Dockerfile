# One image per app, built from the repository root with the commands CI runs:
#   docker build --target medusa-backend .   (or strapi-cms, storefront)
# docker-compose.yml builds each target.

FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1 STRAPI_TELEMETRY_DISABLED=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY plugins/common/package.json plugins/common/
COPY plugins/notifications/package.json plugins/notifications/
COPY plugins/portal-permissions/package.json plugins/portal-permissions/
COPY plugins/audit-log/package.json plugins/audit-log/
COPY plugins/company-tenancy/package.json plugins/company-tenancy/
COPY plugins/monitor-registration/package.json plugins/monitor-registration/
COPY plugins/portal-auth/package.json plugins/portal-auth/
COPY plugins/licensing/package.json plugins/licensing/
COPY plugins/invoicing/package.json plugins/invoicing/
COPY plugins/monitor-store/package.json plugins/monitor-store/
COPY plugins/support-desk/package.json plugins/support-desk/
COPY plugins/quotes/package.json plugins/quotes/
COPY medusa-backend/package.json medusa-backend/
COPY strapi-cms/package.json strapi-cms/
COPY storefront/package.json storefront/
RUN npm ci
COPY . .

FROM dependencies AS medusa-backend-build
RUN npm run build:plugins
RUN npm run build -w medusa-backend

FROM dependencies AS strapi-cms-build
# Strapi reads its database configuration even to build its admin; nothing connects at build time.
ENV STRAPI_DATABASE_URL=postgres://build@localhost:5432/unused
RUN npm run build -w strapi-cms

FROM dependencies AS storefront-build
RUN npm run build -w storefront

FROM node:22-bookworm-slim AS medusa-backend
ENV NODE_ENV=production MYMONITOR_ENV=production MEDUSA_DISABLE_TELEMETRY=true PORT=9000
COPY --from=medusa-backend-build /app /app
WORKDIR /app/medusa-backend/.medusa/server
EXPOSE 9000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://localhost:'+(process.env.PORT||9000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations are idempotent; with several replicas run them once (MEDUSA_MIGRATE=false on the others).
CMD ["sh", "-c", "if [ \"$MEDUSA_MIGRATE\" != false ]; then /app/node_modules/.bin/medusa db:migrate; fi && exec /app/node_modules/.bin/medusa start"]

FROM node:22-bookworm-slim AS strapi-cms
WORKDIR /app
ENV NODE_ENV=production MYMONITOR_ENV=production STRAPI_TELEMETRY_DISABLED=true STRAPI_PORT=1337
COPY --from=strapi-cms-build /app /app
EXPOSE 1337
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://localhost:'+(process.env.STRAPI_PORT||1337)+'/_health').then(r=>process.exit(r.status===204?0:1),()=>process.exit(1))"
CMD ["npm", "run", "start", "-w", "strapi-cms"]

FROM node:22-bookworm-slim AS storefront
WORKDIR /app
ENV NODE_ENV=production MYMONITOR_ENV=production NEXT_TELEMETRY_DISABLED=1 STOREFRONT_PORT=8000
COPY --from=storefront-build /app /app
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s CMD node -e "fetch('http://localhost:'+(process.env.STOREFRONT_PORT||8000)+'/sv/login').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "run", "start", "-w", "storefront"]
