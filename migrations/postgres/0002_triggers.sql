-- What SQLite's triggers do (migrations/0001, 0003), in PL/pgSQL, so every write path (the API,
-- an import, a person with psql) keeps the derived data right: tombstones of deletions, the
-- participants' names document, updated_at moved by every change, and participant_events.
CREATE FUNCTION news_now() RETURNS text LANGUAGE sql VOLATILE
  RETURN to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
--> statement-breakpoint
-- Tombstones: a deleted record leaves one (TG_ARGV[0] is its type); a re-created id removes it.
CREATE FUNCTION news_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO tombstones (id, type, deleted_at) VALUES (OLD.id, TG_ARGV[0], news_now())
      ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at;
    RETURN OLD;
  END IF;
  DELETE FROM tombstones WHERE id = NEW.id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_tombstone AFTER INSERT OR DELETE ON articles FOR EACH ROW EXECUTE FUNCTION news_tombstone('article');
--> statement-breakpoint
CREATE TRIGGER events_tombstone AFTER INSERT OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION news_tombstone('event');
--> statement-breakpoint
CREATE TRIGGER participants_tombstone AFTER INSERT OR DELETE ON participants FOR EACH ROW EXECUTE FUNCTION news_tombstone('participant');
--> statement-breakpoint
CREATE TRIGGER statements_tombstone AFTER INSERT OR DELETE ON statements FOR EACH ROW EXECUTE FUNCTION news_tombstone('statement');
--> statement-breakpoint
-- updated_at is what `updatedSince` syncs on: an update that left it alone gets it set.
CREATE FUNCTION news_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN NEW.updated_at := news_now(); END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION news_touch();
--> statement-breakpoint
CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION news_touch();
--> statement-breakpoint
CREATE TRIGGER participants_touch BEFORE UPDATE ON participants FOR EACH ROW EXECUTE FUNCTION news_touch();
--> statement-breakpoint
CREATE TRIGGER statements_touch BEFORE UPDATE ON statements FOR EACH ROW EXECUTE FUNCTION news_touch();
--> statement-breakpoint
-- A change to a record's links touches the record: TG_ARGV[0] is the table to touch, TG_ARGV[1]
-- the link's column that holds its id.
CREATE FUNCTION news_touch_owner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  EXECUTE format('UPDATE %I SET updated_at = news_now() WHERE id = $1', TG_ARGV[0]) USING link ->> TG_ARGV[1];
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER participant_aliases_touch AFTER INSERT OR DELETE ON participant_aliases FOR EACH ROW EXECUTE FUNCTION news_touch_owner('participants', 'participant_id');
--> statement-breakpoint
CREATE TRIGGER event_participants_touch AFTER INSERT OR DELETE ON event_participants FOR EACH ROW EXECUTE FUNCTION news_touch_owner('events', 'event_id');
--> statement-breakpoint
CREATE TRIGGER event_articles_touch AFTER INSERT OR DELETE ON event_articles FOR EACH ROW EXECUTE FUNCTION news_touch_owner('events', 'event_id');
--> statement-breakpoint
CREATE TRIGGER statement_mentions_touch AFTER INSERT OR DELETE ON statement_mentions FOR EACH ROW EXECUTE FUNCTION news_touch_owner('statements', 'statement_id');
--> statement-breakpoint
-- A rename touches the statements that show the name.
CREATE FUNCTION news_rename_touches_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'participants' THEN
    UPDATE statements SET updated_at = news_now()
      WHERE speaker_id = NEW.id OR id IN (SELECT statement_id FROM statement_mentions WHERE participant_id = NEW.id);
  ELSE
    UPDATE statements SET updated_at = news_now() WHERE event_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER participants_rename_touches_statements AFTER UPDATE OF name ON participants
  FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION news_rename_touches_statements();
--> statement-breakpoint
CREATE TRIGGER events_rename_touches_statements AFTER UPDATE OF title ON events
  FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title) EXECUTE FUNCTION news_rename_touches_statements();
--> statement-breakpoint
-- A participant is found by any of its names: its own and every alias, as one document.
CREATE FUNCTION news_names_document(name text, participant text) RETURNS tsvector LANGUAGE sql STABLE
  RETURN to_tsvector('news_search'::regconfig, name || ' ' ||
    coalesce((SELECT string_agg(a.name, ' ') FROM participant_aliases a WHERE a.participant_id = participant), ''));
--> statement-breakpoint
CREATE FUNCTION news_participants_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.names := news_names_document(NEW.name, NEW.id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER participants_names BEFORE INSERT OR UPDATE OF name ON participants FOR EACH ROW EXECUTE FUNCTION news_participants_names();
--> statement-breakpoint
CREATE FUNCTION news_aliases_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE participants p SET names = news_names_document(p.name, p.id) WHERE p.id = OLD.participant_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE participants p SET names = news_names_document(p.name, p.id) WHERE p.id = NEW.participant_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER participant_aliases_names AFTER INSERT OR UPDATE OR DELETE ON participant_aliases FOR EACH ROW EXECUTE FUNCTION news_aliases_names();
--> statement-breakpoint
-- participant_events: one row per participant and event whatever the roles, with the event's dates.
CREATE FUNCTION news_participant_events_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM participant_events pe WHERE pe.participant_id = OLD.participant_id AND pe.event_id = OLD.event_id
      AND NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.participant_id = OLD.participant_id AND ep.event_id = OLD.event_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO participant_events (participant_id, event_id, start_date, end_bound)
      SELECT NEW.participant_id, e.id, e.start_date, e.end_bound FROM events e WHERE e.id = NEW.event_id
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER participant_events_links AFTER INSERT OR DELETE OR UPDATE OF participant_id, event_id ON event_participants
  FOR EACH ROW EXECUTE FUNCTION news_participant_events_links();
--> statement-breakpoint
CREATE FUNCTION news_participant_events_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE participant_events SET start_date = NEW.start_date, end_bound = NEW.end_bound WHERE event_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER participant_events_dates AFTER UPDATE OF start_date, end_date ON events
  FOR EACH ROW EXECUTE FUNCTION news_participant_events_dates();
