-- The names a statement shows (0006: speaker_name, event_title, mentions) are copies kept by these
-- triggers, so that every write path (the API, an import, a person with the sqlite3 shell) keeps
-- them and a page of statements reads its rows alone. A migration that rebuilds statements,
-- statement_mentions, participants or events must recreate these triggers and end with the UPDATE
-- at the end of this file.
--
-- A statement's mentions as it shows them: a JSON array of {id, name}, by name then id, read on the
-- statement_mentions key of the statement (each trigger below says it again: a view would hide the
-- correlation from the planner, which then aggregates the whole table for each statement).
--
-- The touch trigger (0001) no longer fires on a change of the copies alone: filling them is not a
-- change of the statement. Its columns are the statement's own; a new column must be added here.
DROP TRIGGER `statements_touch_after_update`;
--> statement-breakpoint
CREATE TRIGGER `statements_touch_after_update`
  AFTER UPDATE OF id, event_id, speaker_id, text, language, kind, cue, audience, relayed_by, article_id, "start", "end", origin, confidence, created_at, updated_at, updated_by
  ON `statements` WHEN new.updated_at = old.updated_at BEGIN
  UPDATE `statements` SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_names_after_insert` AFTER INSERT ON `statements` BEGIN
  UPDATE `statements` SET
    speaker_name = (SELECT name FROM `participants` WHERE id = new.speaker_id),
    event_title = (SELECT title FROM `events` WHERE id = new.event_id),
    mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = new.id)
  WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_names_after_update` AFTER UPDATE OF speaker_id, event_id ON `statements` BEGIN
  UPDATE `statements` SET
    speaker_name = (SELECT name FROM `participants` WHERE id = new.speaker_id),
    event_title = (SELECT title FROM `events` WHERE id = new.event_id)
  WHERE rowid = new.rowid;
END;
--> statement-breakpoint
-- A rename rewrites the copies, and touches the statements that show the name (as 0001's did).
DROP TRIGGER `participants_rename_touches_statements`;
--> statement-breakpoint
CREATE TRIGGER `participants_rename_touches_statements` AFTER UPDATE OF name ON `participants` WHEN new.name IS NOT old.name BEGIN
  UPDATE `statements` SET speaker_name = new.name, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE speaker_id = new.id;
  UPDATE `statements` SET mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = statements.id),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  WHERE id IN (SELECT statement_id FROM `statement_mentions` WHERE participant_id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER `events_rename_touches_statements`;
--> statement-breakpoint
CREATE TRIGGER `events_rename_touches_statements` AFTER UPDATE OF title ON `events` WHEN new.title IS NOT old.title BEGIN
  UPDATE `statements` SET event_title = new.title, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE event_id = new.id;
END;
--> statement-breakpoint
-- A change of a statement's mentions rewrites their copy and touches it (as 0001's did).
DROP TRIGGER `statement_mentions_touch_after_insert`;
--> statement-breakpoint
DROP TRIGGER `statement_mentions_touch_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `statement_mentions_touch_after_insert` AFTER INSERT ON `statement_mentions` BEGIN
  UPDATE `statements` SET mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = statements.id),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statement_mentions_touch_after_delete` AFTER DELETE ON `statement_mentions` BEGIN
  UPDATE `statements` SET mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = statements.id),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.statement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statement_mentions_touch_after_update` AFTER UPDATE ON `statement_mentions` BEGIN
  UPDATE `statements` SET mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = statements.id),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id IN (old.statement_id, new.statement_id);
END;
--> statement-breakpoint
-- The copies of the statements already stored (their updated_at stays: the touch trigger above ignores them).
UPDATE `statements` SET
  speaker_name = (SELECT name FROM `participants` WHERE id = statements.speaker_id),
  event_title = (SELECT title FROM `events` WHERE id = statements.event_id),
  mentions = (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
      FROM `statement_mentions` m JOIN `participants` p ON p.id = m.participant_id WHERE m.statement_id = statements.id);
