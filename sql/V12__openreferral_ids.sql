-- Open Referral ids (V10) made safe to publish and exact to compare.
-- V10 filled hsds_id with MariaDB's UUID(): a version 1 UUID, made of the server's MAC address and the time of the
-- insert. These ids are public (the /api/hsds API, exports), so new ids are version 4 (random): the portal makes
-- them in Java (UUID.randomUUID(), on persisting an organisation, location or service); the default below only
-- serves rows inserted by hand in SQL, and draws 122 random bits as well. Ids already given are kept as they are:
-- they may have been published or imported elsewhere, and changing them would break those links.
-- The columns become ASCII compared byte for byte: an id is matched exactly, never by a case-insensitive collation.

ALTER TABLE organisation MODIFY hsds_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT (CONCAT_WS('-',
    LOWER(HEX(RANDOM_BYTES(4))), LOWER(HEX(RANDOM_BYTES(2))), CONCAT('4', SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    CONCAT(SUBSTR('89ab', 1 + (ASCII(RANDOM_BYTES(1)) & 3), 1), SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    LOWER(HEX(RANDOM_BYTES(6)))));

ALTER TABLE location MODIFY hsds_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT (CONCAT_WS('-',
    LOWER(HEX(RANDOM_BYTES(4))), LOWER(HEX(RANDOM_BYTES(2))), CONCAT('4', SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    CONCAT(SUBSTR('89ab', 1 + (ASCII(RANDOM_BYTES(1)) & 3), 1), SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    LOWER(HEX(RANDOM_BYTES(6)))));

ALTER TABLE service MODIFY hsds_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT (CONCAT_WS('-',
    LOWER(HEX(RANDOM_BYTES(4))), LOWER(HEX(RANDOM_BYTES(2))), CONCAT('4', SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    CONCAT(SUBSTR('89ab', 1 + (ASCII(RANDOM_BYTES(1)) & 3), 1), SUBSTR(LOWER(HEX(RANDOM_BYTES(2))), 2)),
    LOWER(HEX(RANDOM_BYTES(6)))));
