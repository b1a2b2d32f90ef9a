-- What SQLite's triggers of migrations/0007 do, in PL/pgSQL: the names a statement shows (0006:
-- speaker_name, event_title, mentions) are copies kept by triggers, so that every write path keeps
-- them and a page of statements reads its rows alone. Writes run serializable: a rename racing an
-- insert that reads the old name is a conflict, retried, not a stale copy.
CREATE FUNCTION news_mentions(statement text) RETURNS text LANGUAGE sql VOLATILE
  RETURN coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)::text
    FROM statement_mentions m JOIN participants p ON p.id = m.participant_id WHERE m.statement_id = statement), '[]');
--> statement-breakpoint
CREATE FUNCTION news_statement_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.speaker_name := (SELECT name FROM participants WHERE id = NEW.speaker_id);
  NEW.event_title := (SELECT title FROM events WHERE id = NEW.event_id);
  IF TG_OP = 'INSERT' THEN NEW.mentions := news_mentions(NEW.id); END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_names BEFORE INSERT OR UPDATE OF speaker_id, event_id ON statements
  FOR EACH ROW EXECUTE FUNCTION news_statement_names();
--> statement-breakpoint
-- A rename rewrites the copies, and touches the statements that show the name (as 0002's did):
-- the triggers of 0002 call this function.
CREATE OR REPLACE FUNCTION news_rename_touches_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'participants' THEN
    UPDATE statements SET speaker_name = NEW.name, updated_at = news_now() WHERE speaker_id = NEW.id;
    UPDATE statements SET mentions = news_mentions(id), updated_at = news_now()
      WHERE id IN (SELECT statement_id FROM statement_mentions WHERE participant_id = NEW.id);
  ELSE
    UPDATE statements SET event_title = NEW.title, updated_at = news_now() WHERE event_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A change of a statement's mentions changes their copy; statements_touch (0002) touches it.
DROP TRIGGER statement_mentions_touch ON statement_mentions;
--> statement-breakpoint
CREATE FUNCTION news_mentions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN UPDATE statements SET mentions = news_mentions(id) WHERE id = OLD.statement_id; END IF;
  IF TG_OP <> 'DELETE' THEN UPDATE statements SET mentions = news_mentions(id) WHERE id = NEW.statement_id; END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statement_mentions_shown AFTER INSERT OR UPDATE OR DELETE ON statement_mentions
  FOR EACH ROW EXECUTE FUNCTION news_mentions_changed();
--> statement-breakpoint
-- The copies of the statements already stored, without touching them.
ALTER TABLE statements DISABLE TRIGGER statements_touch;
--> statement-breakpoint
UPDATE statements s SET
  speaker_name = (SELECT name FROM participants WHERE id = s.speaker_id),
  event_title = (SELECT title FROM events WHERE id = s.event_id),
  mentions = news_mentions(s.id);
--> statement-breakpoint
ALTER TABLE statements ENABLE TRIGGER statements_touch;
