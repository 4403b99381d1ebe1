-- Runs once, when the postgres volume is created: one database per app on the same server.
CREATE DATABASE mymonitor_medusa;
CREATE DATABASE mymonitor_strapi;
