-- participant_events (0002) is derived data: one row per participant and event, with the event's
-- dates, kept by these triggers and never written by the app. A migration that rebuilds
-- event_participants or events must recreate them (and refill the table with the INSERT at the end).
CREATE TRIGGER `participant_events_after_link` AFTER INSERT ON `event_participants` BEGIN
  INSERT OR IGNORE INTO `participant_events` (participant_id, event_id, start_date, end_bound)
    SELECT new.participant_id, e.id, e.start_date, e.end_bound FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_events_after_unlink` AFTER DELETE ON `event_participants` BEGIN
  DELETE FROM `participant_events` WHERE participant_id = old.participant_id AND event_id = old.event_id
    AND NOT EXISTS (SELECT 1 FROM `event_participants` WHERE participant_id = old.participant_id AND event_id = old.event_id);
END;
--> statement-breakpoint
CREATE TRIGGER `participant_events_after_relink` AFTER UPDATE OF participant_id, event_id ON `event_participants` BEGIN
  DELETE FROM `participant_events` WHERE participant_id = old.participant_id AND event_id = old.event_id
    AND NOT EXISTS (SELECT 1 FROM `event_participants` WHERE participant_id = old.participant_id AND event_id = old.event_id);
  INSERT OR IGNORE INTO `participant_events` (participant_id, event_id, start_date, end_bound)
    SELECT new.participant_id, e.id, e.start_date, e.end_bound FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_events_after_redate` AFTER UPDATE OF start_date, end_date ON `events` BEGIN
  UPDATE `participant_events` SET start_date = new.start_date, end_bound = new.end_bound WHERE event_id = new.id;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `participant_events` (participant_id, event_id, start_date, end_bound)
  SELECT ep.participant_id, e.id, e.start_date, e.end_bound FROM `event_participants` ep JOIN `events` e ON e.id = ep.event_id;
