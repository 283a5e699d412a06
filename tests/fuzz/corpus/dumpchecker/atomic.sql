-- proofer-backup: {"database":"auth_db","datastore":"auth-db","taken":"2026-11-28T02:15:00Z"}
--
-- PostgreSQL database dump
--

-- Dumped from database version 15.14
-- Dumped by pg_dump version 15.14

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE FUNCTION public.a(i integer) RETURNS integer
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;
END;

--
-- PostgreSQL database dump complete
--

