-- FieldKit schema step 9: a local change number on incidents, so that an incremental bundle never misses a change
-- whatever the times say: an incident received from another device keeps that device's times (it is relayed by
-- number), and an edit made while the laptop's clock was set back is still sent. Every write of an incident takes
-- the next number (a whole write at once shares one); each bundle records the highest number it covered.
ALTER TABLE incidents ADD COLUMN local_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX idx_incidents_local_seq ON incidents (local_seq);
ALTER TABLE bundle_exports ADD COLUMN local_seq INTEGER NOT NULL DEFAULT 0;
-- What a bundle left out ({"sensitive": bool, "demo": bool}: whether it carried them): when the next incremental
-- bundle carries more, the records the previous ones left out go with it.
ALTER TABLE bundle_exports ADD COLUMN filters TEXT NOT NULL DEFAULT '{}';
