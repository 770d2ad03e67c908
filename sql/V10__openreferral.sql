-- Open Referral (HSDS 3.0) exchange: every organisation, location and service gets a stable string id.
-- A row made here gets a fresh UUID from the database; a row made by an HSDS import takes the id the package gave
-- it, so that importing the same package (or our own export) again updates the row instead of copying it.
-- Taxonomies, taxonomy terms and sub-records (schedules, languages, addresses…) have ids derived from these
-- (name-based UUIDs), see eu.socialmap.openreferral.control.HsdsIds.

ALTER TABLE organisation ADD COLUMN hsds_id CHAR(36) NULL DEFAULT (UUID());
UPDATE organisation SET hsds_id = UUID() WHERE hsds_id IS NULL;
ALTER TABLE organisation MODIFY hsds_id CHAR(36) NOT NULL DEFAULT (UUID()),
    ADD CONSTRAINT uk_organisation_hsds UNIQUE (hsds_id);

ALTER TABLE location ADD COLUMN hsds_id CHAR(36) NULL DEFAULT (UUID());
UPDATE location SET hsds_id = UUID() WHERE hsds_id IS NULL;
ALTER TABLE location MODIFY hsds_id CHAR(36) NOT NULL DEFAULT (UUID()),
    ADD CONSTRAINT uk_location_hsds UNIQUE (hsds_id);

ALTER TABLE service ADD COLUMN hsds_id CHAR(36) NULL DEFAULT (UUID());
UPDATE service SET hsds_id = UUID() WHERE hsds_id IS NULL;
ALTER TABLE service MODIFY hsds_id CHAR(36) NOT NULL DEFAULT (UUID()),
    ADD CONSTRAINT uk_service_hsds UNIQUE (hsds_id);
