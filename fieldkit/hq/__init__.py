"""The HQ store on PostgreSQL + PostGIS (docs/hq-postgresql.md): ``pg`` connects and upgrades the schema
(``db/postgresql``), ``store`` publishes an HQ workspace's merged records into it, verifies, searches and lists."""
