-- Full-text search and tombstones, kept in sync by triggers so every write path (seed, API,
-- a person with the sqlite3 shell) maintains them.
--
-- FTS5 tables use external content (the entity table itself) keyed by its rowid, with
-- `remove_diacritics 2` so matching ignores case and accents. A later migration that rebuilds
-- one of these tables (drizzle-kit's copy-and-rename) drops its triggers and may renumber
-- rowids: it must recreate the triggers and end with INSERT INTO <x>_fts(<x>_fts) VALUES ('rebuild').

CREATE VIRTUAL TABLE `statements_fts` USING fts5(text, content='statements', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_insert` AFTER INSERT ON `statements` BEGIN
  INSERT INTO `statements_fts`(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_delete` AFTER DELETE ON `statements` BEGIN
  INSERT INTO `statements_fts`(`statements_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_update` AFTER UPDATE OF text ON `statements` BEGIN
  INSERT INTO `statements_fts`(`statements_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO `statements_fts`(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
INSERT INTO `statements_fts`(`statements_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(title, summary, location_name, content='events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `events_fts_after_insert` AFTER INSERT ON `events` BEGIN
  INSERT INTO `events_fts`(rowid, title, summary, location_name) VALUES (new.rowid, new.title, new.summary, new.location_name);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_after_delete` AFTER DELETE ON `events` BEGIN
  INSERT INTO `events_fts`(`events_fts`, rowid, title, summary, location_name) VALUES ('delete', old.rowid, old.title, old.summary, old.location_name);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_after_update` AFTER UPDATE OF title, summary, location_name ON `events` BEGIN
  INSERT INTO `events_fts`(`events_fts`, rowid, title, summary, location_name) VALUES ('delete', old.rowid, old.title, old.summary, old.location_name);
  INSERT INTO `events_fts`(rowid, title, summary, location_name) VALUES (new.rowid, new.title, new.summary, new.location_name);
END;
--> statement-breakpoint
INSERT INTO `events_fts`(`events_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts`(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF title, body ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO `articles_fts`(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
--> statement-breakpoint
INSERT INTO `articles_fts`(`articles_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `articles_tombstone_after_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `tombstones`(id, type, deleted_at) VALUES (old.id, 'article', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_tombstone_after_insert` AFTER INSERT ON `articles` BEGIN
  DELETE FROM `tombstones` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `events_tombstone_after_delete` AFTER DELETE ON `events` BEGIN
  INSERT INTO `tombstones`(id, type, deleted_at) VALUES (old.id, 'event', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at;
END;
--> statement-breakpoint
CREATE TRIGGER `events_tombstone_after_insert` AFTER INSERT ON `events` BEGIN
  DELETE FROM `tombstones` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_tombstone_after_delete` AFTER DELETE ON `participants` BEGIN
  INSERT INTO `tombstones`(id, type, deleted_at) VALUES (old.id, 'participant', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_tombstone_after_insert` AFTER INSERT ON `participants` BEGIN
  DELETE FROM `tombstones` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_tombstone_after_delete` AFTER DELETE ON `statements` BEGIN
  INSERT INTO `tombstones`(id, type, deleted_at) VALUES (old.id, 'statement', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_tombstone_after_insert` AFTER INSERT ON `statements` BEGIN
  DELETE FROM `tombstones` WHERE id = new.id;
END;
--> statement-breakpoint
-- Speaker and participant filters accept an alias or a name, matched without regard to case.
CREATE INDEX `participant_aliases_name_nocase_idx` ON `participant_aliases` (name COLLATE NOCASE);
--> statement-breakpoint
CREATE INDEX `participants_name_nocase_idx` ON `participants` (name COLLATE NOCASE);
--> statement-breakpoint
-- Participants are found by any of their names: one FTS row per participant holding its name and
-- every alias, rebuilt by the triggers below whenever either changes.
CREATE VIRTUAL TABLE `participants_fts` USING fts5(names, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_insert` AFTER INSERT ON `participants` BEGIN
  INSERT INTO `participants_fts`(rowid, names) VALUES (new.rowid, new.name || ' ' || coalesce((SELECT group_concat(name, ' ') FROM `participant_aliases` WHERE participant_id = new.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_update` AFTER UPDATE OF name ON `participants` BEGIN
  DELETE FROM `participants_fts` WHERE rowid = old.rowid;
  INSERT INTO `participants_fts`(rowid, names) VALUES (new.rowid, new.name || ' ' || coalesce((SELECT group_concat(name, ' ') FROM `participant_aliases` WHERE participant_id = new.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_after_delete` AFTER DELETE ON `participants` BEGIN
  DELETE FROM `participants_fts` WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_fts_after_insert` AFTER INSERT ON `participant_aliases` BEGIN
  DELETE FROM `participants_fts` WHERE rowid = (SELECT rowid FROM `participants` WHERE id = new.participant_id);
  INSERT INTO `participants_fts`(rowid, names)
    SELECT rowid, name || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM `participant_aliases` a WHERE a.participant_id = p.id), '')
    FROM `participants` p WHERE p.id = new.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_fts_after_update` AFTER UPDATE ON `participant_aliases` BEGIN
  DELETE FROM `participants_fts` WHERE rowid = (SELECT rowid FROM `participants` WHERE id = old.participant_id);
  INSERT INTO `participants_fts`(rowid, names)
    SELECT rowid, name || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM `participant_aliases` a WHERE a.participant_id = p.id), '')
    FROM `participants` p WHERE p.id = old.participant_id;
  DELETE FROM `participants_fts` WHERE rowid = (SELECT rowid FROM `participants` WHERE id = new.participant_id);
  INSERT INTO `participants_fts`(rowid, names)
    SELECT rowid, name || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM `participant_aliases` a WHERE a.participant_id = p.id), '')
    FROM `participants` p WHERE p.id = new.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_fts_after_delete` AFTER DELETE ON `participant_aliases` BEGIN
  DELETE FROM `participants_fts` WHERE rowid = (SELECT rowid FROM `participants` WHERE id = old.participant_id);
  INSERT INTO `participants_fts`(rowid, names)
    SELECT rowid, name || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM `participant_aliases` a WHERE a.participant_id = p.id), '')
    FROM `participants` p WHERE p.id = old.participant_id;
END;
--> statement-breakpoint
INSERT INTO `participants_fts`(rowid, names)
  SELECT rowid, name || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM `participant_aliases` a WHERE a.participant_id = p.id), '')
  FROM `participants` p;
--> statement-breakpoint
-- updatedAt is what `updatedSince` syncs on, so every change moves it, whatever wrote it: an update
-- that left it alone gets it set, a change to a record's links (aliases, participants, articles,
-- mentions) touches the record, and a rename touches the statements that show the name.
CREATE TRIGGER `articles_touch_after_update` AFTER UPDATE ON `articles` WHEN new.updated_at = old.updated_at BEGIN
  UPDATE `articles` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `events_touch_after_update` AFTER UPDATE ON `events` WHEN new.updated_at = old.updated_at BEGIN
  UPDATE `events` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_touch_after_update` AFTER UPDATE ON `participants` WHEN new.updated_at = old.updated_at BEGIN
  UPDATE `participants` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_touch_after_update` AFTER UPDATE ON `statements` WHEN new.updated_at = old.updated_at BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_touch_after_insert` AFTER INSERT ON `participant_aliases` BEGIN
  UPDATE `participants` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_aliases_touch_after_delete` AFTER DELETE ON `participant_aliases` BEGIN
  UPDATE `participants` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_participants_touch_after_insert` AFTER INSERT ON `event_participants` BEGIN
  UPDATE `events` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_participants_touch_after_delete` AFTER DELETE ON `event_participants` BEGIN
  UPDATE `events` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_articles_touch_after_insert` AFTER INSERT ON `event_articles` BEGIN
  UPDATE `events` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_articles_touch_after_delete` AFTER DELETE ON `event_articles` BEGIN
  UPDATE `events` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statement_mentions_touch_after_insert` AFTER INSERT ON `statement_mentions` BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statement_mentions_touch_after_delete` AFTER DELETE ON `statement_mentions` BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_rename_touches_statements` AFTER UPDATE OF name ON `participants` BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE speaker_id = new.id OR id IN (SELECT statement_id FROM `statement_mentions` WHERE participant_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `events_rename_touches_statements` AFTER UPDATE OF title ON `events` BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE event_id = new.id;
END;
