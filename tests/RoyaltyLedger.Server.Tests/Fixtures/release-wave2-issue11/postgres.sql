--
-- PostgreSQL database dump
--

\restrict dTexrSmiYK9uVuej83NOYyduuaotvKHYyf9gImkDP41Sxq7erGruIt1R6tLdjga

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: i128(numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.i128(a numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT a::numeric(38,0)$$;


--
-- Name: i128_add(numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.i128_add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT (a + b)::numeric(38,0)$$;


--
-- Name: i128_neg(numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.i128_neg(a numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT (-a)::numeric(38,0)$$;


--
-- Name: i128_text(numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.i128_text(a numeric) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT a::text$$;


--
-- Name: i128_sum(numeric); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.i128_sum(numeric) (
    SFUNC = public.i128_add,
    STYPE = numeric
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_balances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_balances (
    account text NOT NULL,
    currency text NOT NULL,
    amount_nanos numeric(38,0) NOT NULL
);


--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_keys (
    key_id text NOT NULL,
    secret_hash bytea NOT NULL,
    role text NOT NULL,
    party_id text,
    label text NOT NULL,
    created_at_ms bigint NOT NULL,
    revoked_at_ms bigint
);


--
-- Name: claim_settlements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_settlements (
    settlement_id text NOT NULL,
    work_id text NOT NULL,
    operator_id text NOT NULL,
    settled_through_ms bigint NOT NULL,
    note text NOT NULL,
    settled_by text NOT NULL,
    settled_at_ms bigint NOT NULL
);


--
-- Name: consent_effective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consent_effective (
    seq bigint NOT NULL,
    effective_from_ms bigint NOT NULL
);


--
-- Name: consents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consents (
    seq bigint NOT NULL,
    creator_id text NOT NULL,
    work_id text NOT NULL,
    use_kind integer NOT NULL,
    operator_id text NOT NULL,
    decision text NOT NULL,
    recorded_at_ms bigint NOT NULL,
    recorded_by text NOT NULL,
    CONSTRAINT consents_decision_check CHECK ((decision = ANY (ARRAY['granted'::text, 'refused'::text, 'not_given'::text])))
);


--
-- Name: consents_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.consents ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.consents_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: journal_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_entries (
    entry_no bigint NOT NULL,
    kind text NOT NULL,
    recorded_at_ms bigint NOT NULL,
    reference text NOT NULL,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT journal_entries_hash_check CHECK ((length(hash) = 32)),
    CONSTRAINT journal_entries_prev_hash_check CHECK ((length(prev_hash) = 32))
);


--
-- Name: journal_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_head (
    id integer NOT NULL,
    entry_no bigint NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT journal_head_hash_check CHECK ((length(hash) = 32)),
    CONSTRAINT journal_head_id_check CHECK ((id = 1))
);


--
-- Name: journal_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_lines (
    entry_no bigint NOT NULL,
    line_no integer NOT NULL,
    account text NOT NULL,
    work_id text NOT NULL,
    currency text NOT NULL,
    amount_nanos numeric(38,0) NOT NULL
);


--
-- Name: licence_request_parties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.licence_request_parties (
    party_id text NOT NULL,
    request_id text NOT NULL
);


--
-- Name: licence_works; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.licence_works (
    work_id text NOT NULL,
    licence_id text NOT NULL
);


--
-- Name: licences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.licences (
    licence_id text NOT NULL,
    operator_id text NOT NULL,
    licensor_kind text NOT NULL,
    licensor_id text NOT NULL,
    catalogue integer NOT NULL,
    granted_at_ms bigint NOT NULL,
    terms_json text NOT NULL,
    CONSTRAINT licences_licensor_kind_check CHECK ((licensor_kind = ANY (ARRAY['creator'::text, 'rightsholder'::text])))
);


--
-- Name: operator_numbers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.operator_numbers (
    operator_id text NOT NULL,
    operator_no bigint NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey character varying(64) NOT NULL,
    querytext character varying(8000) NOT NULL
);


--
-- Name: orleansstorage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansstorage (
    grainidhash integer NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    graintypehash integer NOT NULL,
    graintypestring character varying(512) NOT NULL,
    grainidextensionstring character varying(512),
    serviceid character varying(150) NOT NULL,
    payloadbinary bytea,
    modifiedon timestamp without time zone NOT NULL,
    version integer
);


--
-- Name: payout_cycles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payout_cycles (
    cycle_id text NOT NULL,
    society_id text NOT NULL,
    currency text NOT NULL,
    period_end_ms bigint NOT NULL,
    minimum_payout_minor bigint NOT NULL,
    commission_bps integer NOT NULL,
    cutoff_entry_no bigint NOT NULL,
    merkle_root bytea NOT NULL,
    journal_entry_no bigint NOT NULL,
    committed_at_ms bigint NOT NULL,
    suspense_events bigint NOT NULL
);


--
-- Name: payout_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payout_lines (
    cycle_id text NOT NULL,
    line_no integer NOT NULL,
    party_id text NOT NULL,
    gross_nanos numeric(38,0) NOT NULL,
    commission_nanos numeric(38,0) NOT NULL,
    paid_minor numeric(38,0) NOT NULL,
    paid_nanos numeric(38,0) NOT NULL,
    carried_nanos numeric(38,0) NOT NULL,
    held integer NOT NULL
);


--
-- Name: producer_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.producer_streams (
    operator_id text NOT NULL,
    stream_name text NOT NULL,
    last_batch_seq bigint NOT NULL
);


--
-- Name: quarantined_uses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quarantined_uses (
    log_seq bigint NOT NULL,
    event_index integer NOT NULL,
    operator_id text NOT NULL,
    event_id text NOT NULL,
    work_id text NOT NULL,
    error_type text NOT NULL,
    error_message text NOT NULL,
    first_quarantined_at_ms bigint NOT NULL,
    quarantined_at_ms bigint NOT NULL,
    attempts integer NOT NULL,
    CONSTRAINT quarantined_uses_attempts_check CHECK ((attempts >= 1)),
    CONSTRAINT quarantined_uses_event_index_check CHECK ((event_index >= '-1'::integer))
);


--
-- Name: registry_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registry_entries (
    kind text NOT NULL,
    id text NOT NULL,
    display_name text NOT NULL,
    payload_json text NOT NULL
);


--
-- Name: removal_attestations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.removal_attestations (
    request_id text NOT NULL,
    model_version text NOT NULL,
    method text NOT NULL,
    removed_at_ms bigint NOT NULL,
    content_hash text NOT NULL,
    attested_by text NOT NULL,
    attested_at_ms bigint NOT NULL,
    journal_entry_no bigint NOT NULL,
    CONSTRAINT removal_attestations_content_hash_check CHECK ((length(content_hash) = 64))
);


--
-- Name: removal_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.removal_requests (
    request_id text NOT NULL,
    work_id text NOT NULL,
    operator_id text NOT NULL,
    model_id text NOT NULL,
    requested_by text NOT NULL,
    requested_by_role text NOT NULL,
    reason text NOT NULL,
    origin text NOT NULL,
    status text NOT NULL,
    requested_at_ms bigint NOT NULL,
    journal_entry_no bigint NOT NULL,
    CONSTRAINT removal_requests_origin_check CHECK ((origin = ANY (ARRAY['request'::text, 'refused-use'::text]))),
    CONSTRAINT removal_requests_status_check CHECK ((status = ANY (ARRAY['open'::text, 'attested'::text, 'withdrawn'::text])))
);


--
-- Name: removal_withdrawals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.removal_withdrawals (
    request_id text NOT NULL,
    note text NOT NULL,
    withdrawn_by text NOT NULL,
    withdrawn_by_role text NOT NULL,
    withdrawn_at_ms bigint NOT NULL,
    journal_entry_no bigint NOT NULL
);


--
-- Name: rerate_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rerate_queue (
    work_id text NOT NULL,
    reason text NOT NULL,
    requested_at_ms bigint NOT NULL,
    version bigint NOT NULL
);


--
-- Name: society_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.society_members (
    society_id text NOT NULL,
    member_id text NOT NULL,
    member_kind text NOT NULL,
    joined_at_ms bigint NOT NULL,
    CONSTRAINT society_members_member_kind_check CHECK ((member_kind = ANY (ARRAY['creator'::text, 'rightsholder'::text])))
);


--
-- Name: society_tariff_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.society_tariff_history (
    seq bigint NOT NULL,
    society_id text NOT NULL,
    use_kind integer NOT NULL,
    unit_kind text NOT NULL,
    price_micros bigint NOT NULL,
    per_units bigint NOT NULL,
    currency text NOT NULL,
    set_at_ms bigint NOT NULL,
    CONSTRAINT society_tariff_history_per_units_check CHECK ((per_units >= 1)),
    CONSTRAINT society_tariff_history_price_micros_check CHECK ((price_micros >= 0))
);


--
-- Name: society_tariff_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.society_tariff_history ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.society_tariff_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: society_unlicensed_tariffs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.society_unlicensed_tariffs (
    society_id text NOT NULL,
    use_kind integer NOT NULL,
    unit_kind text NOT NULL,
    price_micros bigint NOT NULL,
    per_units bigint NOT NULL,
    currency text NOT NULL,
    set_at_ms bigint NOT NULL,
    CONSTRAINT society_unlicensed_tariffs_per_units_check CHECK ((per_units >= 1)),
    CONSTRAINT society_unlicensed_tariffs_price_micros_check CHECK ((price_micros >= 0))
);


--
-- Name: unidentified_usage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unidentified_usage (
    log_seq bigint NOT NULL,
    event_index integer NOT NULL,
    operator_id text NOT NULL,
    event_id text NOT NULL,
    model_id text NOT NULL,
    work_id text NOT NULL,
    ref_scheme text NOT NULL,
    ref_value text NOT NULL,
    use_kind integer NOT NULL,
    units bigint NOT NULL,
    unit_kind text NOT NULL,
    occurred_at_ms bigint NOT NULL,
    matched_work_id text,
    matched_at_ms bigint
);


--
-- Name: usage_event_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usage_event_ids (
    operator_no bigint NOT NULL,
    event_key bytea NOT NULL
);


--
-- Name: usage_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usage_log (
    log_seq bigint NOT NULL,
    operator_id text NOT NULL,
    stream_name text NOT NULL,
    batch_seq bigint NOT NULL,
    received_at_ms bigint NOT NULL,
    counted integer NOT NULL,
    payload bytea NOT NULL,
    counted_mask bytea NOT NULL,
    ack bytea NOT NULL
);


--
-- Name: usage_log_digests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usage_log_digests (
    log_seq bigint NOT NULL,
    content_sha256 bytea NOT NULL
);


--
-- Name: usage_log_pending; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usage_log_pending (
    log_seq bigint NOT NULL
);


--
-- Name: usage_log_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.usage_log_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usage_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usage_totals (
    party_id text NOT NULL,
    work_id text NOT NULL,
    operator_id text NOT NULL,
    model_id text NOT NULL,
    use_kind integer NOT NULL,
    status text NOT NULL,
    unit_kind text NOT NULL,
    currency text NOT NULL,
    period text NOT NULL,
    event_count bigint NOT NULL,
    units numeric(38,0) NOT NULL,
    amount_nanos numeric(38,0) NOT NULL,
    first_at_ms bigint NOT NULL,
    last_at_ms bigint NOT NULL
);


--
-- Name: work_identifiers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_identifiers (
    scheme text NOT NULL,
    value text NOT NULL,
    work_id text NOT NULL
);


--
-- Name: work_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_log (
    work_id text NOT NULL,
    log_seq bigint NOT NULL
);


--
-- Name: work_parties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_parties (
    party_id text NOT NULL,
    relation text NOT NULL,
    work_id text NOT NULL,
    CONSTRAINT work_parties_relation_check CHECK ((relation = ANY (ARRAY['contributor'::text, 'rightsholder'::text])))
);


--
-- Data for Name: account_balances; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account_balances VALUES ('operator:lumen-ai', 'EUR', 130209244250);
INSERT INTO public.account_balances VALUES ('operator:quill-labs', 'EUR', 8866253022);
INSERT INTO public.account_balances VALUES ('party:amara-diallo', 'EUR', -492127615);
INSERT INTO public.account_balances VALUES ('commission:demo-society', 'EUR', -13858336965);
INSERT INTO public.account_balances VALUES ('party:ada-okafor', 'EUR', -818577);
INSERT INTO public.account_balances VALUES ('party:lucas-martin', 'EUR', -5792910);
INSERT INTO public.account_balances VALUES ('party:mei-tanaka', 'EUR', -4559265);
INSERT INTO public.account_balances VALUES ('party:sofia-reyes', 'EUR', -3861940);
INSERT INTO public.account_balances VALUES ('payouts:demo-society', 'EUR', -124710000000);


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_keys VALUES ('24ad1e1fdf06', '\x1ed4ed872b5be6fd5c46df7a1661354d37ece5c9591a7a6471729d21521e754c', 'admin', NULL, 'bootstrap admin', 1796290540859, NULL);
INSERT INTO public.api_keys VALUES ('536038f36fcb', '\x72a97755a89f84ddfa800b191088790af92cf4a50d25c85b2e462f209019e9b1', 'creator', 'ada-okafor', 'unlabelled', 1796290547007, NULL);


--
-- Data for Name: claim_settlements; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consent_effective; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents OVERRIDING SYSTEM VALUE VALUES (1, 'lucas-martin', '', 1, 'lumen-ai', 'granted', 1796290543751, 'admin key 24ad1e1fdf06');
INSERT INTO public.consents OVERRIDING SYSTEM VALUE VALUES (2, 'sofia-reyes', 'harbour-lights', 1, 'lumen-ai', 'granted', 1796290543776, 'admin key 24ad1e1fdf06');
INSERT INTO public.consents OVERRIDING SYSTEM VALUE VALUES (3, 'ada-okafor', 'who-owns-the-water', 3, 'quill-labs', 'granted', 1796290543822, 'admin key 24ad1e1fdf06');
INSERT INTO public.consents OVERRIDING SYSTEM VALUE VALUES (4, 'jonas-berg', '', 1, '', 'refused', 1796290543833, 'admin key 24ad1e1fdf06');


--
-- Data for Name: journal_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_entries VALUES (1, 'usage', 1796290544363, '{"log_rows":"1","events":500}', '\x0000000000000000000000000000000000000000000000000000000000000000', '\x0aa00af7044e8ca80eec9b73d3218fcd97301db7b56d1574f78d97e65ad50234');
INSERT INTO public.journal_entries VALUES (2, 'usage', 1796290544778, '{"log_rows":"2-7","events":2500}', '\x0aa00af7044e8ca80eec9b73d3218fcd97301db7b56d1574f78d97e65ad50234', '\x4abfe631da347f2538b35fa273b1243e56bfe9162b21b7715e88c4c52a28bd4f');
INSERT INTO public.journal_entries VALUES (3, 'payout', 1796290545770, '{"cycle":"demo-cycle-eur","society":"demo-society","cutoff_entry_no":2}', '\x4abfe631da347f2538b35fa273b1243e56bfe9162b21b7715e88c4c52a28bd4f', '\xa5c25d730af068a58221234f32fe83d908a7381102ebd25a3063f6dd295e8b24');
INSERT INTO public.journal_entries VALUES (4, 'removal-request', 1796290547851, '{"request":"ada-tides-1","work":"tides-of-lagos","operator":"lumen-ai","model":"lumen-7b","origin":"request","requested_by":"ada-okafor","requested_by_role":"creator","reason_sha256":"ef9a99a6ea6302a52bfcc40f4cf48f87f0b5f88d95956365064139167d44772f","requested_at_ms":1796290547851}', '\xa5c25d730af068a58221234f32fe83d908a7381102ebd25a3063f6dd295e8b24', '\x8aac6ee160bcc0d0aad4968ff26ae68c1e7b187a9367084893b2378e68f5e686');


--
-- Data for Name: journal_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_head VALUES (1, 4, '\x8aac6ee160bcc0d0aad4968ff26ae68c1e7b187a9367084893b2378e68f5e686');


--
-- Data for Name: journal_lines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal_lines VALUES (1, 0, 'operator:lumen-ai', 'foxes-at-dusk', 'EUR', 4778637800);
INSERT INTO public.journal_lines VALUES (1, 1, 'party:mei-tanaka', 'foxes-at-dusk', 'EUR', -4778637800);
INSERT INTO public.journal_lines VALUES (1, 2, 'operator:lumen-ai', 'harbour-lights', 'EUR', 3610846500);
INSERT INTO public.journal_lines VALUES (1, 3, 'party:lucas-martin', 'harbour-lights', 'EUR', -2166507900);
INSERT INTO public.journal_lines VALUES (1, 4, 'party:sofia-reyes', 'harbour-lights', 'EUR', -1444338600);
INSERT INTO public.journal_lines VALUES (1, 5, 'operator:lumen-ai', 'tides-of-lagos', 'EUR', 27341538058);
INSERT INTO public.journal_lines VALUES (1, 6, 'party:ada-okafor', 'tides-of-lagos', 'EUR', -27341538058);
INSERT INTO public.journal_lines VALUES (2, 0, 'operator:lumen-ai', 'foxes-at-dusk', 'EUR', 13326428050);
INSERT INTO public.journal_lines VALUES (2, 1, 'party:mei-tanaka', 'foxes-at-dusk', 'EUR', -13326428050);
INSERT INTO public.journal_lines VALUES (2, 2, 'operator:lumen-ai', 'harbour-lights', 'EUR', 11788770000);
INSERT INTO public.journal_lines VALUES (2, 3, 'party:lucas-martin', 'harbour-lights', 'EUR', -7073262000);
INSERT INTO public.journal_lines VALUES (2, 4, 'party:sofia-reyes', 'harbour-lights', 'EUR', -4715508000);
INSERT INTO public.journal_lines VALUES (2, 5, 'operator:lumen-ai', 'tides-of-lagos', 'EUR', 69363023842);
INSERT INTO public.journal_lines VALUES (2, 6, 'operator:quill-labs', 'tides-of-lagos', 'EUR', 8163213572);
INSERT INTO public.journal_lines VALUES (2, 7, 'party:ada-okafor', 'tides-of-lagos', 'EUR', -77526237414);
INSERT INTO public.journal_lines VALUES (2, 8, 'operator:quill-labs', 'who-owns-the-water', 'EUR', 703039450);
INSERT INTO public.journal_lines VALUES (2, 9, 'party:ada-okafor', 'who-owns-the-water', 'EUR', -210911835);
INSERT INTO public.journal_lines VALUES (2, 10, 'party:amara-diallo', 'who-owns-the-water', 'EUR', -492127615);
INSERT INTO public.journal_lines VALUES (3, 0, 'commission:demo-society', '', 'EUR', -13858336965);
INSERT INTO public.journal_lines VALUES (3, 1, 'party:ada-okafor', '', 'EUR', 105077868730);
INSERT INTO public.journal_lines VALUES (3, 2, 'party:lucas-martin', '', 'EUR', 9233976990);
INSERT INTO public.journal_lines VALUES (3, 3, 'party:mei-tanaka', '', 'EUR', 18100506585);
INSERT INTO public.journal_lines VALUES (3, 4, 'party:sofia-reyes', '', 'EUR', 6155984660);
INSERT INTO public.journal_lines VALUES (3, 5, 'payouts:demo-society', '', 'EUR', -124710000000);


--
-- Data for Name: licence_request_parties; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: licence_works; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.licence_works VALUES ('tides-of-lagos', 'lic-lumen-tides');
INSERT INTO public.licence_works VALUES ('foxes-at-dusk', 'lic-lumen-foxes');
INSERT INTO public.licence_works VALUES ('tides-of-lagos', 'lic-quill-tides');
INSERT INTO public.licence_works VALUES ('who-owns-the-water', 'lic-quill-water');


--
-- Data for Name: licences; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.licences VALUES ('lic-lumen-tides', 'lumen-ai', 'creator', 'ada-okafor', 0, 1796290543549, '{"licenceId":"lic-lumen-tides","licensorKind":"creator","licensorId":"ada-okafor","operatorId":"lumen-ai","modelIds":[],"workIds":["tides-of-lagos"],"uses":["training","retrieval"],"territoryCodes":[],"startsAt":"2026-01-01T00:00:00+00:00","retroactive":false,"tariff":{"currency":"EUR","priceMicros":2000000,"perUnits":1000000,"unitKind":"tokens"},"attributionOnly":false,"grantedAt":"2026-12-03T09:35:43.5495367+00:00","source":"granted by admin key 24ad1e1fdf06","isCatalogue":false}');
INSERT INTO public.licences VALUES ('lic-lumen-harbour-catalogue', 'lumen-ai', 'rightsholder', 'harbour-music', 1, 1796290543672, '{"licenceId":"lic-lumen-harbour-catalogue","licensorKind":"rightsholder","licensorId":"harbour-music","operatorId":"lumen-ai","modelIds":[],"workIds":[],"uses":["training"],"territoryCodes":[],"startsAt":"2026-01-01T00:00:00+00:00","retroactive":false,"tariff":{"currency":"EUR","priceMicros":1500000,"perUnits":1000000,"unitKind":"tokens"},"attributionOnly":false,"grantedAt":"2026-12-03T09:35:43.6721982+00:00","source":"granted by admin key 24ad1e1fdf06","isCatalogue":true}');
INSERT INTO public.licences VALUES ('lic-lumen-foxes', 'lumen-ai', 'creator', 'mei-tanaka', 0, 1796290543683, '{"licenceId":"lic-lumen-foxes","licensorKind":"creator","licensorId":"mei-tanaka","operatorId":"lumen-ai","modelIds":[],"workIds":["foxes-at-dusk"],"uses":["training","output"],"territoryCodes":[],"startsAt":"2026-01-01T00:00:00+00:00","retroactive":false,"tariff":{"currency":"EUR","priceMicros":50000,"perUnits":1,"unitKind":"images"},"attributionOnly":false,"grantedAt":"2026-12-03T09:35:43.6839617+00:00","source":"granted by admin key 24ad1e1fdf06","isCatalogue":false}');
INSERT INTO public.licences VALUES ('lic-quill-tides', 'quill-labs', 'creator', 'ada-okafor', 0, 1796290543690, '{"licenceId":"lic-quill-tides","licensorKind":"creator","licensorId":"ada-okafor","operatorId":"quill-labs","modelIds":[],"workIds":["tides-of-lagos"],"uses":["output"],"territoryCodes":[],"startsAt":"2026-01-01T00:00:00+00:00","retroactive":false,"tariff":{"currency":"EUR","priceMicros":120000,"perUnits":1000,"unitKind":"tokens"},"attributionOnly":false,"grantedAt":"2026-12-03T09:35:43.6909973+00:00","source":"granted by admin key 24ad1e1fdf06","isCatalogue":false}');
INSERT INTO public.licences VALUES ('lic-quill-water', 'quill-labs', 'creator', 'amara-diallo', 0, 1796290543736, '{"licenceId":"lic-quill-water","licensorKind":"creator","licensorId":"amara-diallo","operatorId":"quill-labs","modelIds":[],"workIds":["who-owns-the-water"],"uses":["retrieval"],"territoryCodes":[],"startsAt":"2026-01-01T00:00:00+00:00","retroactive":false,"tariff":{"currency":"EUR","priceMicros":10000,"perUnits":1,"unitKind":"retrievals"},"attributionOnly":false,"grantedAt":"2026-12-03T09:35:43.7366723+00:00","source":"granted by admin key 24ad1e1fdf06","isCatalogue":false}');


--
-- Data for Name: operator_numbers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.operator_numbers VALUES ('lumen-ai', 1);
INSERT INTO public.operator_numbers VALUES ('quill-labs', 2);


--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery VALUES ('WriteToStorageKey', '
    WITH updated AS (
        UPDATE orleansstorage
        SET payloadbinary = @PayloadBinary, modifiedon = (now() at time zone ''utc''), version = version + 1
        WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
            AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
            AND version = CAST(@GrainStateVersion AS integer)
        RETURNING version),
    inserted AS (
        INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, CAST(@GrainIdExtensionString AS varchar), @ServiceId, @PayloadBinary, (now() at time zone ''utc''), 1
        WHERE CAST(@GrainStateVersion AS integer) IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT version AS NewGrainStateVersion FROM updated
    UNION ALL
    SELECT version AS NewGrainStateVersion FROM inserted;
');
INSERT INTO public.orleansquery VALUES ('ReadFromStorageKey', '
    SELECT payloadbinary AS PayloadBinary, version AS Version
    FROM orleansstorage
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
        AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar);
');
INSERT INTO public.orleansquery VALUES ('ClearStorageKey', '
    UPDATE orleansstorage
    SET payloadbinary = NULL, modifiedon = (now() at time zone ''utc''), version = version + 1
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
        AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
        AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version AS NewGrainStateVersion;
');


--
-- Data for Name: orleansstorage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansstorage VALUES (465838975, 0, 0, 1174549517, 'creator', 'ada-okafor', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a226164612d6f6b61666f72222c22446973706c61794e616d65223a22416461204f6b61666f72222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.577259', 1);
INSERT INTO public.orleansstorage VALUES (1801881751, 0, 0, 1174549517, 'creator', 'lucas-martin', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a226c756361732d6d617274696e222c22446973706c61794e616d65223a224c75636173204d617274696e222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.655969', 1);
INSERT INTO public.orleansstorage VALUES (-1219213628, 0, 0, 1174549517, 'creator', 'sofia-reyes', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a22736f6669612d7265796573222c22446973706c61794e616d65223a22536f665c753030454461205265796573222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.678937', 1);
INSERT INTO public.orleansstorage VALUES (748400193, 0, 0, 1174549517, 'creator', 'mei-tanaka', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a226d65692d74616e616b61222c22446973706c61794e616d65223a224d65692054616e616b61222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.68749', 1);
INSERT INTO public.orleansstorage VALUES (253600920, 0, 0, 1174549517, 'creator', 'jonas-berg', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a226a6f6e61732d62657267222c22446973706c61794e616d65223a224a6f6e61732042657267222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.701256', 1);
INSERT INTO public.orleansstorage VALUES (-352316353, 0, 0, 1174549517, 'creator', 'amara-diallo', 'royaltyledger', '\x7b2250726f66696c65223a7b2243726561746f724964223a22616d6172612d6469616c6c6f222c22446973706c61794e616d65223a22416d617261204469616c6c6f222c224964656e74696669657273223a5b5d7d7d', '2026-12-03 09:35:42.712111', 1);
INSERT INTO public.orleansstorage VALUES (1556302969, 0, 0, -950879446, 'operator', 'lumen-ai', 'royaltyledger', '\x7b2250726f66696c65223a7b224f70657261746f724964223a226c756d656e2d6169222c22446973706c61794e616d65223a224c756d656e204149227d7d', '2026-12-03 09:35:42.738498', 1);
INSERT INTO public.orleansstorage VALUES (-961564736, 0, 0, -950879446, 'operator', 'quill-labs', 'royaltyledger', '\x7b2250726f66696c65223a7b224f70657261746f724964223a227175696c6c2d6c616273222c22446973706c61794e616d65223a225175696c6c204c616273227d7d', '2026-12-03 09:35:42.758004', 1);
INSERT INTO public.orleansstorage VALUES (-1579781771, 0, 0, -1113593905, 'model', 'lumen-7b', 'royaltyledger', '\x7b2250726f66696c65223a7b224d6f64656c4964223a226c756d656e2d3762222c224f70657261746f724964223a226c756d656e2d6169222c22446973706c61794e616d65223a224c756d656e203742227d7d', '2026-12-03 09:35:42.794715', 1);
INSERT INTO public.orleansstorage VALUES (-1426034907, 0, 0, -1113593905, 'model', 'lumen-vision', 'royaltyledger', '\x7b2250726f66696c65223a7b224d6f64656c4964223a226c756d656e2d766973696f6e222c224f70657261746f724964223a226c756d656e2d6169222c22446973706c61794e616d65223a224c756d656e20566973696f6e227d7d', '2026-12-03 09:35:42.81775', 1);
INSERT INTO public.orleansstorage VALUES (1673353946, 0, 0, -1113593905, 'model', 'quill-writer', 'royaltyledger', '\x7b2250726f66696c65223a7b224d6f64656c4964223a227175696c6c2d777269746572222c224f70657261746f724964223a227175696c6c2d6c616273222c22446973706c61794e616d65223a225175696c6c20577269746572227d7d', '2026-12-03 09:35:42.829022', 1);
INSERT INTO public.orleansstorage VALUES (-100736677, 0, 0, 1175772538, 'rightsholder', 'harbour-music', 'royaltyledger', '\x7b2250726f66696c65223a7b22526967687473686f6c6465724964223a22686172626f75722d6d75736963222c22446973706c61794e616d65223a22486172626f7572204d75736963205075626c697368696e67222c224b696e64223a227075626c6973686572227d7d', '2026-12-03 09:35:42.848859', 1);
INSERT INTO public.orleansstorage VALUES (-685699638, 0, 0, 2040613780, 'work', 'tides-of-lagos', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a2274696465732d6f662d6c61676f73222c225469746c65223a22546865205469646573206f66204c61676f73222c224d656469756d223a2274657874222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22617574686f72222c2253686172654261736973506f696e7473223a31303030307d5d2c224964656e74696669657273223a5b7b22536368656d65223a332c2256616c7565223a2239373830333036343036313537227d5d2c22526967687473686f6c646572496473223a5b5d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22617574686f72222c2253686172654261736973506f696e7473223a31303030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34322e393036313233352b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:42.926238', 1);
INSERT INTO public.orleansstorage VALUES (-1786358109, 0, 0, 2040613780, 'work', 'harbour-lights', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a22686172626f75722d6c6967687473222c225469746c65223a22486172626f7572204c6967687473222c224d656469756d223a226d75736963222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226c756361732d6d617274696e222c22526f6c65223a22636f6d706f736572222c2253686172654261736973506f696e7473223a363030307d2c7b2243726561746f724964223a22736f6669612d7265796573222c22526f6c65223a226c79726963697374222c2253686172654261736973506f696e7473223a343030307d5d2c224964656e74696669657273223a5b7b22536368656d65223a312c2256616c7565223a225430333435323436383031227d5d2c22526967687473686f6c646572496473223a5b22686172626f75722d6d75736963225d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226c756361732d6d617274696e222c22526f6c65223a22636f6d706f736572222c2253686172654261736973506f696e7473223a363030307d2c7b2243726561746f724964223a22736f6669612d7265796573222c22526f6c65223a226c79726963697374222c2253686172654261736973506f696e7473223a343030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e313837383835312b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.188937', 1);
INSERT INTO public.orleansstorage VALUES (1835331101, 0, 0, 2040613780, 'work', 'north-wind', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a226e6f7274682d77696e64222c225469746c65223a224e6f7274682057696e64222c224d656469756d223a226d75736963222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226c756361732d6d617274696e222c22526f6c65223a22636f6d706f736572222c2253686172654261736973506f696e7473223a353030307d2c7b2243726561746f724964223a22736f6669612d7265796573222c22526f6c65223a226c79726963697374222c2253686172654261736973506f696e7473223a353030307d5d2c224964656e74696669657273223a5b5d2c22526967687473686f6c646572496473223a5b22686172626f75722d6d75736963225d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226c756361732d6d617274696e222c22526f6c65223a22636f6d706f736572222c2253686172654261736973506f696e7473223a353030307d2c7b2243726561746f724964223a22736f6669612d7265796573222c22526f6c65223a226c79726963697374222c2253686172654261736973506f696e7473223a353030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e323132393935342b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.213586', 1);
INSERT INTO public.orleansstorage VALUES (-1900350025, 0, 0, 2040613780, 'work', 'foxes-at-dusk', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a22666f7865732d61742d6475736b222c225469746c65223a22466f786573206174204475736b222c224d656469756d223a22696d616765222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226d65692d74616e616b61222c22526f6c65223a22696c6c7573747261746f72222c2253686172654261736973506f696e7473223a31303030307d5d2c224964656e74696669657273223a5b5d2c22526967687473686f6c646572496473223a5b5d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226d65692d74616e616b61222c22526f6c65223a22696c6c7573747261746f72222c2253686172654261736973506f696e7473223a31303030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e323239343835332b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.229998', 1);
INSERT INTO public.orleansstorage VALUES (1482821719, 0, 0, 2040613780, 'work', 'fjord-5am', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a22666a6f72642d35616d222c225469746c65223a22466a6f72642c203520612e6d2e222c224d656469756d223a22696d616765222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226a6f6e61732d62657267222c22526f6c65223a2270686f746f67726170686572222c2253686172654261736973506f696e7473223a31303030307d5d2c224964656e74696669657273223a5b5d2c22526967687473686f6c646572496473223a5b5d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226a6f6e61732d62657267222c22526f6c65223a2270686f746f67726170686572222c2253686172654261736973506f696e7473223a31303030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e343038383132322b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.409579', 1);
INSERT INTO public.orleansstorage VALUES (1066803168, 0, 0, 2040613780, 'work', 'who-owns-the-water', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a2277686f2d6f776e732d7468652d7761746572222c225469746c65223a2257686f204f776e73207468652057617465723f222c224d656469756d223a2261727469636c65222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a22616d6172612d6469616c6c6f222c22526f6c65223a226a6f75726e616c697374222c2253686172654261736973506f696e7473223a373030307d2c7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22636f2d617574686f72222c2253686172654261736973506f696e7473223a333030307d5d2c224964656e74696669657273223a5b7b22536368656d65223a352c2256616c7565223a2231302e313030302f313832227d5d2c22526967687473686f6c646572496473223a5b5d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a22616d6172612d6469616c6c6f222c22526f6c65223a226a6f75726e616c697374222c2253686172654261736973506f696e7473223a373030307d2c7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22636f2d617574686f72222c2253686172654261736973506f696e7473223a333030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e343735343738322b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.476005', 1);
INSERT INTO public.orleansstorage VALUES (175729658, 0, 0, 2040613780, 'work', 'night-garden', 'royaltyledger', '\x7b22446566696e6974696f6e223a7b22576f726b4964223a226e696768742d67617264656e222c225469746c65223a22546865204e696768742047617264656e222c224d656469756d223a2274657874222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22617574686f72222c2253686172654261736973506f696e7473223a353030307d2c7b2243726561746f724964223a226d65692d74616e616b61222c22526f6c65223a22696c6c7573747261746f72222c2253686172654261736973506f696e7473223a353030307d5d2c224964656e74696669657273223a5b5d2c22526967687473686f6c646572496473223a5b5d7d2c2253706c697473223a5b7b2245666665637469766546726f6d223a22313937302d30312d30315430303a30303a30302b30303a3030222c22436f6e7472696275746f7273223a5b7b2243726561746f724964223a226164612d6f6b61666f72222c22526f6c65223a22617574686f72222c2253686172654261736973506f696e7473223a353030307d2c7b2243726561746f724964223a226d65692d74616e616b61222c22526f6c65223a22696c6c7573747261746f72222c2253686172654261736973506f696e7473223a353030307d5d2c225265636f726465644174223a22323032362d31322d30335430393a33353a34332e35303539322b30303a3030222c224e6f7465223a2272656769737465726564222c22436f7272656374696f6e223a66616c73657d5d7d', '2026-12-03 09:35:43.506457', 1);
INSERT INTO public.orleansstorage VALUES (1126555145, 0, 0, 974199289, 'society', 'demo-society', 'royaltyledger', '\x7b2250726f66696c65223a7b22536f63696574794964223a2264656d6f2d736f6369657479222c22446973706c61794e616d65223a2244656d6f20436f6c6c656374696e6720536f6369657479222c22436f6d6d697373696f6e4261736973506f696e7473223a313030307d7d', '2026-12-03 09:35:45.588033', 1);


--
-- Data for Name: payout_cycles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.payout_cycles VALUES ('demo-cycle-eur', 'demo-society', 'EUR', 1796290545751, 100, 1000, 2, '\x3b5abfcc40a68833770a169d96f9fd606d7be7330b2f343d8032fd30ed90c04b', 3, 1796290545770, 275);


--
-- Data for Name: payout_lines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.payout_lines VALUES ('demo-cycle-eur', 0, 'ada-okafor', 105078687307, 10507868730, 9457, 94570000000, 818577, 0);
INSERT INTO public.payout_lines VALUES ('demo-cycle-eur', 1, 'amara-diallo', 492127615, 0, 0, 0, 492127615, 1);
INSERT INTO public.payout_lines VALUES ('demo-cycle-eur', 2, 'lucas-martin', 9239769900, 923976990, 831, 8310000000, 5792910, 0);
INSERT INTO public.payout_lines VALUES ('demo-cycle-eur', 3, 'mei-tanaka', 18105065850, 1810506585, 1629, 16290000000, 4559265, 0);
INSERT INTO public.payout_lines VALUES ('demo-cycle-eur', 4, 'sofia-reyes', 6159846600, 615984660, 554, 5540000000, 3861940, 0);


--
-- Data for Name: producer_streams; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.producer_streams VALUES ('lumen-ai', 'demo', 4);
INSERT INTO public.producer_streams VALUES ('quill-labs', 'demo', 3);


--
-- Data for Name: quarantined_uses; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: registry_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registry_entries VALUES ('creator', 'ada-okafor', 'Ada Okafor', '{"CreatorId":"ada-okafor","DisplayName":"Ada Okafor","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('creator', 'lucas-martin', 'Lucas Martin', '{"CreatorId":"lucas-martin","DisplayName":"Lucas Martin","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('creator', 'sofia-reyes', 'Sofía Reyes', '{"CreatorId":"sofia-reyes","DisplayName":"Sof\u00EDa Reyes","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('creator', 'mei-tanaka', 'Mei Tanaka', '{"CreatorId":"mei-tanaka","DisplayName":"Mei Tanaka","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('creator', 'jonas-berg', 'Jonas Berg', '{"CreatorId":"jonas-berg","DisplayName":"Jonas Berg","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('creator', 'amara-diallo', 'Amara Diallo', '{"CreatorId":"amara-diallo","DisplayName":"Amara Diallo","Identifiers":[]}');
INSERT INTO public.registry_entries VALUES ('operator', 'lumen-ai', 'Lumen AI', '{"OperatorId":"lumen-ai","DisplayName":"Lumen AI"}');
INSERT INTO public.registry_entries VALUES ('operator', 'quill-labs', 'Quill Labs', '{"OperatorId":"quill-labs","DisplayName":"Quill Labs"}');
INSERT INTO public.registry_entries VALUES ('model', 'lumen-7b', 'Lumen 7B', '{"ModelId":"lumen-7b","OperatorId":"lumen-ai","DisplayName":"Lumen 7B"}');
INSERT INTO public.registry_entries VALUES ('model', 'lumen-vision', 'Lumen Vision', '{"ModelId":"lumen-vision","OperatorId":"lumen-ai","DisplayName":"Lumen Vision"}');
INSERT INTO public.registry_entries VALUES ('model', 'quill-writer', 'Quill Writer', '{"ModelId":"quill-writer","OperatorId":"quill-labs","DisplayName":"Quill Writer"}');
INSERT INTO public.registry_entries VALUES ('rightsholder', 'harbour-music', 'Harbour Music Publishing', '{"RightsholderId":"harbour-music","DisplayName":"Harbour Music Publishing","Kind":"publisher"}');
INSERT INTO public.registry_entries VALUES ('work', 'tides-of-lagos', 'The Tides of Lagos', '{"Definition":{"WorkId":"tides-of-lagos","Title":"The Tides of Lagos","Medium":"text","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":10000}],"Identifiers":[{"Scheme":3,"Value":"9780306406157"}],"RightsholderIds":[]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:42.9061235+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:42.9061235+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'harbour-lights', 'Harbour Lights', '{"Definition":{"WorkId":"harbour-lights","Title":"Harbour Lights","Medium":"music","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":6000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":4000}],"Identifiers":[{"Scheme":1,"Value":"T0345246801"}],"RightsholderIds":["harbour-music"]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":6000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":4000}],"RecordedAt":"2026-12-03T09:35:43.1878851+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":6000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":4000}],"RecordedAt":"2026-12-03T09:35:43.1878851+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'north-wind', 'North Wind', '{"Definition":{"WorkId":"north-wind","Title":"North Wind","Medium":"music","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":5000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":5000}],"Identifiers":[],"RightsholderIds":["harbour-music"]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":5000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":5000}],"RecordedAt":"2026-12-03T09:35:43.2129954+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"lucas-martin","Role":"composer","ShareBasisPoints":5000},{"CreatorId":"sofia-reyes","Role":"lyricist","ShareBasisPoints":5000}],"RecordedAt":"2026-12-03T09:35:43.2129954+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'foxes-at-dusk', 'Foxes at Dusk', '{"Definition":{"WorkId":"foxes-at-dusk","Title":"Foxes at Dusk","Medium":"image","Contributors":[{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":10000}],"Identifiers":[],"RightsholderIds":[]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:43.2294853+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:43.2294853+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'fjord-5am', 'Fjord, 5 a.m.', '{"Definition":{"WorkId":"fjord-5am","Title":"Fjord, 5 a.m.","Medium":"image","Contributors":[{"CreatorId":"jonas-berg","Role":"photographer","ShareBasisPoints":10000}],"Identifiers":[],"RightsholderIds":[]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"jonas-berg","Role":"photographer","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:43.4088122+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"jonas-berg","Role":"photographer","ShareBasisPoints":10000}],"RecordedAt":"2026-12-03T09:35:43.4088122+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'who-owns-the-water', 'Who Owns the Water?', '{"Definition":{"WorkId":"who-owns-the-water","Title":"Who Owns the Water?","Medium":"article","Contributors":[{"CreatorId":"amara-diallo","Role":"journalist","ShareBasisPoints":7000},{"CreatorId":"ada-okafor","Role":"co-author","ShareBasisPoints":3000}],"Identifiers":[{"Scheme":5,"Value":"10.1000/182"}],"RightsholderIds":[]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"amara-diallo","Role":"journalist","ShareBasisPoints":7000},{"CreatorId":"ada-okafor","Role":"co-author","ShareBasisPoints":3000}],"RecordedAt":"2026-12-03T09:35:43.4754782+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"amara-diallo","Role":"journalist","ShareBasisPoints":7000},{"CreatorId":"ada-okafor","Role":"co-author","ShareBasisPoints":3000}],"RecordedAt":"2026-12-03T09:35:43.4754782+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('work', 'night-garden', 'The Night Garden', '{"Definition":{"WorkId":"night-garden","Title":"The Night Garden","Medium":"text","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":5000},{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":5000}],"Identifiers":[],"RightsholderIds":[]},"Splits":[{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":5000},{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":5000}],"RecordedAt":"2026-12-03T09:35:43.50592+00:00","Note":"registered","Correction":false}],"Licences":[],"CurrentSplit":{"EffectiveFrom":"1970-01-01T00:00:00+00:00","Contributors":[{"CreatorId":"ada-okafor","Role":"author","ShareBasisPoints":5000},{"CreatorId":"mei-tanaka","Role":"illustrator","ShareBasisPoints":5000}],"RecordedAt":"2026-12-03T09:35:43.50592+00:00","Note":"registered","Correction":false}}');
INSERT INTO public.registry_entries VALUES ('society', 'demo-society', 'Demo Collecting Society', '{"SocietyId":"demo-society","DisplayName":"Demo Collecting Society","CommissionBasisPoints":1000}');


--
-- Data for Name: removal_attestations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: removal_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.removal_requests VALUES ('ada-tides-1', 'tides-of-lagos', 'lumen-ai', 'lumen-7b', 'ada-okafor', 'creator', 'I withdraw this work from AI training', 'request', 'open', 1796290547851, 4);


--
-- Data for Name: removal_withdrawals; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: rerate_queue; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: society_members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.society_members VALUES ('demo-society', 'ada-okafor', 'creator', 1796290545622);
INSERT INTO public.society_members VALUES ('demo-society', 'lucas-martin', 'creator', 1796290545631);
INSERT INTO public.society_members VALUES ('demo-society', 'sofia-reyes', 'creator', 1796290545646);
INSERT INTO public.society_members VALUES ('demo-society', 'mei-tanaka', 'creator', 1796290545658);
INSERT INTO public.society_members VALUES ('demo-society', 'jonas-berg', 'creator', 1796290545670);
INSERT INTO public.society_members VALUES ('demo-society', 'amara-diallo', 'creator', 1796290545686);


--
-- Data for Name: society_tariff_history; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: society_unlicensed_tariffs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: unidentified_usage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unidentified_usage VALUES (5, 0, 'quill-labs', 'demo-000001', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793491620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 11, 'quill-labs', 'demo-000037', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793506740000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 16, 'quill-labs', 'demo-000049', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793511780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 19, 'quill-labs', 'demo-000056', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793514720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 23, 'quill-labs', 'demo-000069', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793520180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 30, 'quill-labs', 'demo-000082', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793525640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 38, 'quill-labs', 'demo-000111', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793537820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 39, 'quill-labs', 'demo-000119', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793541180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 47, 'quill-labs', 'demo-000131', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793546220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 48, 'quill-labs', 'demo-000134', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793547480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 55, 'quill-labs', 'demo-000151', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793554620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 60, 'quill-labs', 'demo-000161', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793558820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 63, 'quill-labs', 'demo-000164', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793560080000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 71, 'quill-labs', 'demo-000191', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793571420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 75, 'quill-labs', 'demo-000208', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793578560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 76, 'quill-labs', 'demo-000213', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793580660000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 77, 'quill-labs', 'demo-000215', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793581500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 87, 'quill-labs', 'demo-000247', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793594940000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 89, 'quill-labs', 'demo-000252', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793597040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 90, 'quill-labs', 'demo-000257', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793599140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 93, 'quill-labs', 'demo-000264', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793602080000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 99, 'quill-labs', 'demo-000295', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793615100000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 104, 'quill-labs', 'demo-000306', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793619720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 107, 'quill-labs', 'demo-000311', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793621820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 108, 'quill-labs', 'demo-000315', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793623500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 114, 'quill-labs', 'demo-000330', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793629800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 116, 'quill-labs', 'demo-000334', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793631480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 117, 'quill-labs', 'demo-000338', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793633160000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 123, 'quill-labs', 'demo-000356', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793640720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 128, 'quill-labs', 'demo-000369', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793646180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 130, 'quill-labs', 'demo-000376', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793649120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 131, 'quill-labs', 'demo-000380', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793650800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 132, 'quill-labs', 'demo-000383', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793652060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 134, 'quill-labs', 'demo-000386', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793653320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 135, 'quill-labs', 'demo-000387', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793653740000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 137, 'quill-labs', 'demo-000399', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793658780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 139, 'quill-labs', 'demo-000402', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793660040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 141, 'quill-labs', 'demo-000408', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793662560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 149, 'quill-labs', 'demo-000426', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793670120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 155, 'quill-labs', 'demo-000432', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793672640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 156, 'quill-labs', 'demo-000435', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793673900000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 159, 'quill-labs', 'demo-000439', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793675580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 162, 'quill-labs', 'demo-000449', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793679780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 168, 'quill-labs', 'demo-000460', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793684400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 170, 'quill-labs', 'demo-000471', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793689020000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 175, 'quill-labs', 'demo-000491', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793697420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 176, 'quill-labs', 'demo-000492', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793697840000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 177, 'quill-labs', 'demo-000495', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793699100000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 178, 'quill-labs', 'demo-000496', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793699520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 181, 'quill-labs', 'demo-000503', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793702460000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 183, 'quill-labs', 'demo-000511', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793705820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 184, 'quill-labs', 'demo-000513', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793706660000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 192, 'quill-labs', 'demo-000532', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793714640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 194, 'quill-labs', 'demo-000536', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793716320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 196, 'quill-labs', 'demo-000543', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793719260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 198, 'quill-labs', 'demo-000549', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793721780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 202, 'quill-labs', 'demo-000554', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793723880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 203, 'quill-labs', 'demo-000557', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793725140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 209, 'quill-labs', 'demo-000568', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793729760000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 212, 'quill-labs', 'demo-000580', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793734800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 213, 'quill-labs', 'demo-000581', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793735220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 214, 'quill-labs', 'demo-000582', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793735640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 217, 'quill-labs', 'demo-000587', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793737740000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 218, 'quill-labs', 'demo-000591', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793739420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 223, 'quill-labs', 'demo-000600', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793743200000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 233, 'quill-labs', 'demo-000636', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793758320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 236, 'quill-labs', 'demo-000647', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793762940000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 239, 'quill-labs', 'demo-000652', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793765040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 250, 'quill-labs', 'demo-000681', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793777220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 254, 'quill-labs', 'demo-000693', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793782260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 260, 'quill-labs', 'demo-000704', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793786880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 265, 'quill-labs', 'demo-000723', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793794860000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 266, 'quill-labs', 'demo-000725', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793795700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 272, 'quill-labs', 'demo-000741', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793802420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 274, 'quill-labs', 'demo-000751', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793806620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 276, 'quill-labs', 'demo-000756', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793808720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 278, 'quill-labs', 'demo-000758', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793809560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 281, 'quill-labs', 'demo-000769', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793814180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 292, 'quill-labs', 'demo-000794', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793824680000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 296, 'quill-labs', 'demo-000802', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793828040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 299, 'quill-labs', 'demo-000811', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793831820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 309, 'quill-labs', 'demo-000831', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793840220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 327, 'quill-labs', 'demo-000887', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793863740000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 329, 'quill-labs', 'demo-000892', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793865840000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 336, 'quill-labs', 'demo-000911', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793873820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 338, 'quill-labs', 'demo-000916', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793875920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 343, 'quill-labs', 'demo-000928', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793880960000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 344, 'quill-labs', 'demo-000930', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793881800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 350, 'quill-labs', 'demo-000950', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793890200000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 351, 'quill-labs', 'demo-000951', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793890620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 356, 'quill-labs', 'demo-000959', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793893980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 357, 'quill-labs', 'demo-000961', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793894820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 358, 'quill-labs', 'demo-000964', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793896080000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 364, 'quill-labs', 'demo-000977', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793901540000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 368, 'quill-labs', 'demo-000989', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793906580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 369, 'quill-labs', 'demo-000990', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793907000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 372, 'quill-labs', 'demo-000996', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793909520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 373, 'quill-labs', 'demo-001000', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793911200000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 374, 'quill-labs', 'demo-001005', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793913300000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 375, 'quill-labs', 'demo-001007', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793914140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 380, 'quill-labs', 'demo-001031', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793924220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 388, 'quill-labs', 'demo-001066', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793938920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 389, 'quill-labs', 'demo-001067', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793939340000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 391, 'quill-labs', 'demo-001069', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793940180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 392, 'quill-labs', 'demo-001071', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793941020000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 395, 'quill-labs', 'demo-001075', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793942700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 396, 'quill-labs', 'demo-001077', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793943540000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 397, 'quill-labs', 'demo-001083', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793946060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 406, 'quill-labs', 'demo-001111', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793957820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 408, 'quill-labs', 'demo-001118', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793960760000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 413, 'quill-labs', 'demo-001136', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793968320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 415, 'quill-labs', 'demo-001141', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793970420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 417, 'quill-labs', 'demo-001150', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793974200000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 419, 'quill-labs', 'demo-001154', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793975880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 424, 'quill-labs', 'demo-001164', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793980080000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 426, 'quill-labs', 'demo-001172', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793983440000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 430, 'quill-labs', 'demo-001179', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793986380000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 431, 'quill-labs', 'demo-001180', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793986800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 438, 'quill-labs', 'demo-001204', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1793996880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 450, 'quill-labs', 'demo-001230', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794007800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 451, 'quill-labs', 'demo-001232', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794008640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 452, 'quill-labs', 'demo-001239', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794011580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 457, 'quill-labs', 'demo-001249', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794015780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 463, 'quill-labs', 'demo-001274', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794026280000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 467, 'quill-labs', 'demo-001284', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794030480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 468, 'quill-labs', 'demo-001285', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794030900000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 481, 'quill-labs', 'demo-001310', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794041400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 482, 'quill-labs', 'demo-001311', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794041820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 487, 'quill-labs', 'demo-001333', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794051060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 491, 'quill-labs', 'demo-001352', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794059040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 494, 'quill-labs', 'demo-001360', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794062400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (5, 496, 'quill-labs', 'demo-001362', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794063240000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 2, 'quill-labs', 'demo-001382', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794071640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 3, 'quill-labs', 'demo-001383', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794072060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 8, 'quill-labs', 'demo-001395', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794077100000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 13, 'quill-labs', 'demo-001402', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794080040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 15, 'quill-labs', 'demo-001407', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794082140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 29, 'quill-labs', 'demo-001446', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794098520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 36, 'quill-labs', 'demo-001463', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794105660000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 37, 'quill-labs', 'demo-001465', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794106500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 40, 'quill-labs', 'demo-001474', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794110280000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 45, 'quill-labs', 'demo-001485', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794114900000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 46, 'quill-labs', 'demo-001486', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794115320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 51, 'quill-labs', 'demo-001508', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794124560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 52, 'quill-labs', 'demo-001509', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794124980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 53, 'quill-labs', 'demo-001511', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794125820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 68, 'quill-labs', 'demo-001559', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794145980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 71, 'quill-labs', 'demo-001565', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794148500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 75, 'quill-labs', 'demo-001582', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794155640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 77, 'quill-labs', 'demo-001589', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794158580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 78, 'quill-labs', 'demo-001590', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794159000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 81, 'quill-labs', 'demo-001594', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794160680000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 87, 'quill-labs', 'demo-001616', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794169920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 91, 'quill-labs', 'demo-001623', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794172860000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 92, 'quill-labs', 'demo-001624', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794173280000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 97, 'quill-labs', 'demo-001639', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794179580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 101, 'quill-labs', 'demo-001654', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794185880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 109, 'quill-labs', 'demo-001690', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794201000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 114, 'quill-labs', 'demo-001704', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794206880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 120, 'quill-labs', 'demo-001722', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794214440000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 122, 'quill-labs', 'demo-001725', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794215700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 127, 'quill-labs', 'demo-001740', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794222000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 145, 'quill-labs', 'demo-001780', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794238800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 161, 'quill-labs', 'demo-001825', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794257700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 163, 'quill-labs', 'demo-001830', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794259800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 165, 'quill-labs', 'demo-001841', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794264420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 170, 'quill-labs', 'demo-001857', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794271140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 177, 'quill-labs', 'demo-001875', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794278700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 178, 'quill-labs', 'demo-001876', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794279120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 180, 'quill-labs', 'demo-001878', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794279960000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 188, 'quill-labs', 'demo-001899', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794288780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 192, 'quill-labs', 'demo-001904', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794290880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 193, 'quill-labs', 'demo-001908', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794292560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 194, 'quill-labs', 'demo-001909', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794292980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 199, 'quill-labs', 'demo-001916', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794295920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 201, 'quill-labs', 'demo-001918', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794296760000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 207, 'quill-labs', 'demo-001943', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794307260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 211, 'quill-labs', 'demo-001951', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794310620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 213, 'quill-labs', 'demo-001954', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794311880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 229, 'quill-labs', 'demo-001984', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794324480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 230, 'quill-labs', 'demo-001985', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794324900000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 234, 'quill-labs', 'demo-001997', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794329940000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 238, 'quill-labs', 'demo-002005', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794333300000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 240, 'quill-labs', 'demo-002010', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794335400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 246, 'quill-labs', 'demo-002023', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794340860000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 247, 'quill-labs', 'demo-002030', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794343800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 249, 'quill-labs', 'demo-002039', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794347580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 251, 'quill-labs', 'demo-002043', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794349260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 253, 'quill-labs', 'demo-002046', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794350520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 255, 'quill-labs', 'demo-002053', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794353460000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 259, 'quill-labs', 'demo-002062', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794357240000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 262, 'quill-labs', 'demo-002067', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794359340000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 268, 'quill-labs', 'demo-002094', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794370680000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 270, 'quill-labs', 'demo-002101', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794373620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 273, 'quill-labs', 'demo-002108', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794376560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 284, 'quill-labs', 'demo-002141', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794390420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 288, 'quill-labs', 'demo-002157', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794397140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 290, 'quill-labs', 'demo-002159', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794397980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 292, 'quill-labs', 'demo-002163', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794399660000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 294, 'quill-labs', 'demo-002172', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794403440000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 302, 'quill-labs', 'demo-002184', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794408480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 304, 'quill-labs', 'demo-002193', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794412260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 307, 'quill-labs', 'demo-002196', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794413520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 314, 'quill-labs', 'demo-002208', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794418560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 317, 'quill-labs', 'demo-002215', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794421500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 319, 'quill-labs', 'demo-002222', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794424440000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 320, 'quill-labs', 'demo-002225', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794425700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 327, 'quill-labs', 'demo-002241', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794432420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 329, 'quill-labs', 'demo-002251', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794436620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 331, 'quill-labs', 'demo-002255', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794438300000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 332, 'quill-labs', 'demo-002256', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794438720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 334, 'quill-labs', 'demo-002259', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794439980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 337, 'quill-labs', 'demo-002266', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794442920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 342, 'quill-labs', 'demo-002280', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794448800000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 343, 'quill-labs', 'demo-002282', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794449640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 344, 'quill-labs', 'demo-002284', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794450480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 348, 'quill-labs', 'demo-002293', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794454260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 354, 'quill-labs', 'demo-002318', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794464760000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 360, 'quill-labs', 'demo-002355', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794480300000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 361, 'quill-labs', 'demo-002361', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794482820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 362, 'quill-labs', 'demo-002364', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794484080000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 364, 'quill-labs', 'demo-002371', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794487020000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 368, 'quill-labs', 'demo-002382', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794491640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 381, 'quill-labs', 'demo-002423', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794508860000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 384, 'quill-labs', 'demo-002431', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794512220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 385, 'quill-labs', 'demo-002433', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794513060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 387, 'quill-labs', 'demo-002440', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794516000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 391, 'quill-labs', 'demo-002450', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794520200000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 402, 'quill-labs', 'demo-002493', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794538260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 404, 'quill-labs', 'demo-002496', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794539520000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 407, 'quill-labs', 'demo-002503', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794542460000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 411, 'quill-labs', 'demo-002511', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794545820000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 415, 'quill-labs', 'demo-002517', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794548340000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 421, 'quill-labs', 'demo-002525', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794551700000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 423, 'quill-labs', 'demo-002532', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794554640000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 430, 'quill-labs', 'demo-002569', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794570180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 433, 'quill-labs', 'demo-002579', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794574380000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 435, 'quill-labs', 'demo-002583', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794576060000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 438, 'quill-labs', 'demo-002599', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794582780000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 441, 'quill-labs', 'demo-002606', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794585720000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 445, 'quill-labs', 'demo-002617', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794590340000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 446, 'quill-labs', 'demo-002624', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794593280000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 449, 'quill-labs', 'demo-002639', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794599580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 450, 'quill-labs', 'demo-002640', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794600000000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 451, 'quill-labs', 'demo-002642', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794600840000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 455, 'quill-labs', 'demo-002653', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794605460000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 457, 'quill-labs', 'demo-002659', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794607980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 459, 'quill-labs', 'demo-002665', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794610500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 460, 'quill-labs', 'demo-002666', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794610920000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 461, 'quill-labs', 'demo-002669', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794612180000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 462, 'quill-labs', 'demo-002676', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794615120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 468, 'quill-labs', 'demo-002691', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794621420000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 476, 'quill-labs', 'demo-002708', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794628560000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 482, 'quill-labs', 'demo-002722', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794634440000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 485, 'quill-labs', 'demo-002726', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794636120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 492, 'quill-labs', 'demo-002747', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794644940000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 493, 'quill-labs', 'demo-002752', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794647040000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 495, 'quill-labs', 'demo-002754', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794647880000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 497, 'quill-labs', 'demo-002771', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794655020000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (6, 499, 'quill-labs', 'demo-002776', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794657120000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 4, 'quill-labs', 'demo-002792', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794663840000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 5, 'quill-labs', 'demo-002793', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794664260000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 13, 'quill-labs', 'demo-002807', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794670140000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 20, 'quill-labs', 'demo-002834', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794681480000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 29, 'quill-labs', 'demo-002860', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794692400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 31, 'quill-labs', 'demo-002865', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794694500000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 40, 'quill-labs', 'demo-002885', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794702900000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 41, 'quill-labs', 'demo-002889', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794704580000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 46, 'quill-labs', 'demo-002909', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794712980000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 47, 'quill-labs', 'demo-002910', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794713400000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 53, 'quill-labs', 'demo-002931', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794722220000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 59, 'quill-labs', 'demo-002951', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794730620000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 60, 'quill-labs', 'demo-002953', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794731460000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 70, 'quill-labs', 'demo-002986', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794745320000, NULL, NULL);
INSERT INTO public.unidentified_usage VALUES (7, 71, 'quill-labs', 'demo-002998', 'quill-writer', 'isrc-GBAYE2600001', '', '', 3, 1, 'retrievals', 1794750360000, NULL, NULL);


--
-- Data for Name: usage_event_ids; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030303937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030313939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030323939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030333938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030343939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030353936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030363937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030373938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030383939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303030393939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031303939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031313938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031323939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031333938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031343939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032383938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393435');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032393938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031353939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031363939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031373939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031383938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303031393939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032303939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032313939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032323939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032333939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032343938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353236');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353533');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032353938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363638');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032363938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373137');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373331');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373334');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373732');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373735');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032373938');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383038');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383039');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383130');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383132');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383138');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383238');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383336');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383431');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383435');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383437');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383531');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383535');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383636');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383639');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383831');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383832');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383833');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383836');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032383939');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393030');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393031');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393032');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393033');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393034');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393035');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393036');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393037');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393131');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393133');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393134');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393135');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393136');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393139');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393230');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393231');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393232');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393233');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393234');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393235');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393237');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393239');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393330');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393332');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393333');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393335');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393337');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393338');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393339');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393430');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393432');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393433');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393434');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393436');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393438');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393439');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393530');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393532');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393534');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393536');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393537');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393538');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393539');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393630');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393631');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393632');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393633');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393634');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393635');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393637');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393730');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393731');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393733');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393734');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393736');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393737');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393738');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393739');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393830');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393834');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393835');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393837');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393838');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393839');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393930');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393931');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393932');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393933');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393934');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393935');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393936');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393937');
INSERT INTO public.usage_event_ids VALUES (1, '\x0264656d6f2d303032393939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030303939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030313938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030323937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333338');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030333939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343033');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030343936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353033');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030353939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030363939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373033');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030373939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030383938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303030393936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303338');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031303933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031313939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031323936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031333939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343435');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031343937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353335');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031353938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031363936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373338');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373435');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031373938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383737');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031383939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303031393937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303434');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303438');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303632');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032303934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313338');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313732');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313735');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313930');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032313938');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323033');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323037');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323134');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323238');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323531');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323536');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323633');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323637');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323734');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323834');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032323933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333431');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333832');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032333936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343230');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343237');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343334');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343435');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343439');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343530');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343630');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343634');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343738');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343837');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343936');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343937');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032343939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353033');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353039');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353131');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353132');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353139');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353231');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353330');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353332');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353333');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353535');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353537');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353538');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353730');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353831');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353833');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353835');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353935');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032353939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363030');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363034');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363036');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363137');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363234');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363331');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363339');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363432');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363433');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363539');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363631');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363635');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363636');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363639');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363736');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363739');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363830');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363836');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363838');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363839');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363931');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363932');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363933');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363934');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032363939');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373031');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373032');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373035');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373038');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373130');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373133');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373135');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373136');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373138');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373232');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373233');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373235');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373236');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373239');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373336');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373337');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373430');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373435');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373436');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373437');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373532');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373533');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373534');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373638');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373731');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373733');
INSERT INTO public.usage_event_ids VALUES (2, '\x0264656d6f2d303032373736');


--
-- Data for Name: usage_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.usage_log VALUES (1, 'lumen-ai', 'demo', 1, 1796290543998, 500, '\x080112560a0b64656d6f2d30303030303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d80e3206746f6b656e7338f1a01c42060880829ad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030303312086c756d656e2d37621a0a6e6f7274682d77696e64200128ffa1033206746f6b656e7338c0843d420608ec8b9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030303412086c756d656e2d37621a0e686172626f75722d6c6967687473200128f49b023206746f6b656e7338c0843d420608908f9ad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030303035120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b6c70b420608b4929ad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030303036120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733882b111420608d8959ad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030303038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a09c9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030303912086c756d656e2d37621a0e686172626f75722d6c6967687473200128bbdc023206746f6b656e7338c0843d420608c49f9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a58a0e3206746f6b656e7338c0843d420608b0a99ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e1da0b3206746f6b656e7338c0843d420608d4ac9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030313412086c756d656e2d37621a0e686172626f75722d6c6967687473200128e0ba013206746f6b656e7338c0843d420608f8af9ad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030313512086c756d656e2d37621a0a6e6f7274682d77696e64200128aff5013206746f6b656e7338c0843d4206089cb39ad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030313712086c756d656e2d37621a0a6e6f7274682d77696e64200128edb5023206746f6b656e7338c0843d420608e4b99ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fe94103206746f6b656e7338c0843d42060888bd9ad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030303139120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acc09ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b3b8103206746f6b656e7338c0843d420608d0c39ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030323212086c756d656e2d37621a0e686172626f75722d6c696768747320012889a9033206746f6b656e7338c0843d42060898ca9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030323312086c756d656e2d37621a0e686172626f75722d6c6967687473200128c8b1033206746f6b656e7338c0843d420608bccd9ad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030323412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032892173206746f6b656e73388da90b420608e0d09ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030323512086c756d656e2d37621a0e686172626f75722d6c69676874732001288ee9023206746f6b656e7338c0843d42060884d49ad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0dd9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ea820a3206746f6b656e7338c0843d42060894e19ad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303331120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dce79ad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030333312086c756d656e2d37621a0a6e6f7274682d77696e6420012899ba033206746f6b656e7338c0843d420608a4ee9ad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030303334120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8f19ad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328991b3206746f6b656e733899b10b420608ecf49ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030333612086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012897ee0d3206746f6b656e7338c0843d42060890f89ad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030333812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032898103206746f6b656e7338ddbc1e420608d8fe9ad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030333912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c9da073206746f6b656e7338c0843d420608fc819bd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030343112086c756d656e2d37621a0a6e6f7274682d77696e64200128f9eb013206746f6b656e7338c0843d420608c4889bd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030303433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ebb40d4206088c8f9bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303030343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e1d50e3206746f6b656e7338c0843d420608b0929bd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030343512086c756d656e2d37621a0a6e6f7274682d77696e64200128bd95023206746f6b656e7338c0843d420608d4959bd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089c9c9bd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888a69bd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030303531120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608aca99bd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030303534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e4d01142060898b39bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030303535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bcb69bd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030353712086c756d656e2d37621a0e686172626f75722d6c6967687473200128a6cf023206746f6b656e7338c0843d42060884bd9bd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030353812086c756d656e2d37621a0a6e6f7274682d77696e64200128c7de013206746f6b656e7338c0843d420608a8c09bd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030303539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338afe007420608ccc39bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303030363212086c756d656e2d37621a0a6e6f7274682d77696e64200128dd9d023206746f6b656e7338c0843d420608b8cd9bd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dcd09bd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030363412086c756d656e2d37621a0a6e6f7274682d77696e64200128bfeb013206746f6b656e7338c0843d42060880d49bd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a2153206746f6b656e733894eb04420608a4d79bd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303030363612086c756d656e2d37621a0a6e6f7274682d77696e64200128fed1013206746f6b656e7338c0843d420608c8da9bd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890e19bd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303731120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcea9bd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030303732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c18709420608a0ee9bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030303733120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4f19bd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ea0b3206746f6b656e7338f1cc06420608e8f49bd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030373712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ba163206746f6b656e7338d38f16420608d4fe9bd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030373912086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012896b80b3206746f6b656e7338c0843d4206089c859cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128a79e013206746f6b656e7338c0843d420608ac929cd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328da173206746f6b656e733893ce06420608d0959cd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030303835120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f4989cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030383712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d4b4013206746f6b656e7338c0843d420608bc9f9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d085093206746f6b656e7338c0843d420608e0a29cd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e1173206746f6b656e7338f49514420608a8a99cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030393112086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289e810b3206746f6b656e7338c0843d420608ccac9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030393212086c756d656e2d37621a0e686172626f75722d6c6967687473200128f3c1013206746f6b656e7338c0843d420608f0af9cd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030303933120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060894b39cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e9b10c3206746f6b656e7338c0843d420608b8b69cd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303030393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d8173206746f6b656e73389da80442060880bd9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303030393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128edc7073206746f6b656e7338c0843d420608a4c09cd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313030120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890ca9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031303112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128deb5103206746f6b656e7338c0843d420608b4cd9cd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313032120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338efbf1b420608d8d09cd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303031303312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012889f00d3206746f6b656e7338c0843d420608fcd39cd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313035120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4da9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031303712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d7f3013206746f6b656e7338c0843d4206088ce19cd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0e49cd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303031303912086c756d656e2d37621a0a6e6f7274682d77696e64200128fbcc023206746f6b656e7338c0843d420608d4e79cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fcf9083206746f6b656e7338c0843d420608f8ea9cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128edcf053206746f6b656e7338c0843d420608c0f19cd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4f49cd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031313412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b4e1063206746f6b656e7338c0843d42060888f89cd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031313512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b0093206746f6b656e7338ad8a05420608acfb9cd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313136120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0fe9cd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338898215420608f4819dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303031313812086c756d656e2d37621a0a6e6f7274682d77696e64200128c2d4023206746f6b656e7338c0843d42060898859dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e08b9dd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389ea51d420608a8929dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303031323312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032896143206746f6b656e733889b51e420608cc959dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313235120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608949c9dd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733881dc0642060890b39dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303031333312086c756d656e2d37621a0a6e6f7274682d77696e64200128b78f033206746f6b656e7338c0843d420608b4b69dd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cd093206746f6b656e7338a6db0e420608fcbc9dd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031333612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b1a50f3206746f6b656e7338c0843d420608a0c09dd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303031333812086c756d656e2d37621a0a6e6f7274682d77696e64200128bdd2023206746f6b656e7338c0843d420608e8c69dd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313339120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088cca9dd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c18718420608f8d39dd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030313433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aedd064206089cd79dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030313434120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0da9dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4dd9dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888e19dd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313439120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4ea9dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313533120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884f89dd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a8fb9dd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313535120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ccfe9dd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303031353612086c756d656e2d37621a0a6e6f7274682d77696e64200128fcde013206746f6b656e7338c0843d420608f0819ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031353912086c756d656e2d37621a0e686172626f75722d6c6967687473200128cbba023206746f6b656e7338c0843d420608dc8b9ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031363512086c756d656e2d37621a0e686172626f75722d6c696768747320012887c1013206746f6b656e7338c0843d420608b49f9ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031363712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f0a90a3206746f6b656e7338c0843d420608fca59ed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0a99ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031363912086c756d656e2d37621a0e686172626f75722d6c6967687473200128fdf0023206746f6b656e7338c0843d420608c4ac9ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c48b0c3206746f6b656e7338c0843d420608e8af9ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031373112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012884e0063206746f6b656e7338c0843d4206088cb39ed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313732120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0b69ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031373412086c756d656e2d37621a0e686172626f75722d6c6967687473200128a6e8013206746f6b656e7338c0843d420608f8bc9ed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888ca9ed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313739120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d69c0f420608accd9ed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303031383012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b6f7023206746f6b656e7338c0843d420608d0d09ed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031383112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bf183206746f6b656e7338b4f917420608f4d39ed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031383212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c00b3206746f6b656e7338c1d51242060898d79ed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bcda9ed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303031383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a09a103206746f6b656e7338c0843d420608e0dd9ed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f5ee0b420608a8e49ed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030313837120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608cce79ed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030313838120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f0ea9ed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031383912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b90a3206746f6b656e7338b1c51042060894ee9ed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880f89ed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030313933120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d3f00b420608a4fb9ed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303031393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e5e00b3206746f6b656e7338c0843d420608c8fe9ed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303031393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c60b3206746f6b656e7338dbf91842060890859fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030313939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fc8e9fd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032303012086c756d656e2d37621a0a6e6f7274682d77696e64200128e9a5033206746f6b656e7338c0843d420608a0929fd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032303112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328801a3206746f6b656e733891e50c420608c4959fd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323032120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8989fd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032303312086c756d656e2d37621a0a6e6f7274682d77696e64200128f097033206746f6b656e7338c0843d4206088c9c9fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323034120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b09f9fd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032303512086c756d656e2d37621a0e686172626f75722d6c6967687473200128bfc5013206746f6b656e7338c0843d420608d4a29fd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323036120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b3ef0f420608f8a59fd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303032303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328aa123206746f6b656e73389ce4034206089ca99fd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323039120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c8930f420608e4af9fd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303032313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a9f8083206746f6b656e7338c0843d42060888b39fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323131120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acb69fd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b4193206746f6b656e7338a6ce0b420608d0b99fd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032313412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a3103206746f6b656e7338b8cd1842060898c09fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e0c69fd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032313912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b1830d3206746f6b656e7338c0843d420608ccd09fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0d39fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323231120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894d79fd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032323412086c756d656e2d37621a0e686172626f75722d6c6967687473200128e6ec013206746f6b656e7338c0843d42060880e19fd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323235120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4e49fd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032323712086c756d656e2d37621a0e686172626f75722d6c6967687473200128ced1023206746f6b656e7338c0843d420608ecea9fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890ee9fd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a00f3206746f6b656e7338f38911420608b4f19fd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323330120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8f49fd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323331120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcf79fd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c1b81e420608c4fe9fd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030323335120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e6cf114206088c85a0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030323337120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a2a316420608d48ba0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303032333812086c756d656e2d37621a0e686172626f75722d6c6967687473200128a4ae033206746f6b656e7338c0843d420608f88ea0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032333912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ccf3073206746f6b656e7338c0843d4206089c92a0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d60b3206746f6b656e7338bcbe15420608c095a0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032343112086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288bc80f3206746f6b656e7338c0843d420608e498a0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ac9fa0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cdb7103206746f6b656e7338c0843d420608d0a2a0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f4a5a0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060898a9a0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032343912086c756d656e2d37621a0a6e6f7274682d77696e64200128d6b0013206746f6b656e7338c0843d42060884b3a0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032353012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d0163206746f6b656e7338a5861c420608a8b6a0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032353112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a40a3206746f6b656e73389cd212420608ccb9a0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323533120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060894c0a0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032353412086c756d656e2d37621a0e686172626f75722d6c69676874732001289780033206746f6b656e7338c0843d420608b8c3a0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128aca9033206746f6b656e7338c0843d420608dcc6a0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032353612086c756d656e2d37621a0a6e6f7274682d77696e64200128b0ac013206746f6b656e7338c0843d42060880caa0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323538120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8d0a0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aa821a420608ecd3a0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303032363012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f3093206746f6b656e7338c4dd0e42060890d7a0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032363212086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012889be0b3206746f6b656e7338c0843d420608d8dda0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8eaa0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323637120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088ceea0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032363812086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289293073206746f6b656e7338c0843d420608b0f1a0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d6880b3206746f6b656e7338c0843d420608f8f7a0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032373112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328861a3206746f6b656e7338a3f3144206089cfba0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032373212086c756d656e2d37621a0a6e6f7274682d77696e64200128daa5023206746f6b656e7338c0843d420608c0fea0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323733120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fd8216420608e481a1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303032373412086c756d656e2d37621a0a6e6f7274682d77696e64200128b1a2033206746f6b656e7338c0843d4206088885a1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323735120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e7a51d420608ac88a1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030323736120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aeca19420608d08ba1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030323737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f48ea1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032373812086c756d656e2d37621a0e686172626f75722d6c6967687473200128adb4033206746f6b656e7338c0843d4206089892a1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032373912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c70f3206746f6b656e7338b48f07420608bc95a1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e098a1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323831120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608849ca1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032383212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f20b3206746f6b656e7338a3f015420608a89fa1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128a682033206746f6b656e7338c0843d420608cca2a1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323834120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0a5a1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323836120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8aca1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030323837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d7ac10420608dcafa1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030323838120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880b3a1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af0c3206746f6b656e7338b3eb1b420608c8b9a1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303032393112086c756d656e2d37621a0e686172626f75722d6c6967687473200128d68c033206746f6b656e7338c0843d420608ecbca1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303032393212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ab0a3206746f6b656e7338d5ab0742060890c0a1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303032393312086c756d656e2d37621a0a6e6f7274682d77696e64200128f490033206746f6b656e7338c0843d420608b4c3a1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323936120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0cda1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030323938120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8d3a1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030323939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088cd7a1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333033120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089ce4a1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030333034120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0e7a1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033303512086c756d656e2d37621a0e686172626f75722d6c6967687473200128f5ab033206746f6b656e7338c0843d420608e4eaa1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033303712086c756d656e2d37621a0e686172626f75722d6c6967687473200128909d013206746f6b656e7338c0843d420608acf1a1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033313012086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288bbe0d3206746f6b656e7338c0843d42060898fba1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033313212086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012886f00c3206746f6b656e7338c0843d420608e081a2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388fcb114206088485a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303033313412086c756d656e2d37621a0a6e6f7274682d77696e64200128a1ad033206746f6b656e7338c0843d420608a888a2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333137120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089492a2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333138120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733896dc1a420608b895a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303033323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b11b3206746f6b656e73388bd513420608809ca2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033323212086c756d656e2d37621a0e686172626f75722d6c6967687473200128ddbd033206746f6b656e7338c0843d420608c8a2a2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333235120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a88e1d420608b4aca2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030333236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8afa2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a48608420608fcb2a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030333238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0b6a2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033323912086c756d656e2d37621a0a6e6f7274682d77696e64200128f6ae033206746f6b656e7338c0843d420608c4b9a2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033333112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012882a40a3206746f6b656e7338c0843d4206088cc0a2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033333312086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288e9a0d3206746f6b656e7338c0843d420608d4c6a2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333335120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089ccda2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033333612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df093206746f6b656e7338f7d40a420608c0d0a2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333337120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4d3a2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033333912086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032895173206746f6b656e7338ee9012420608acdaa2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f10c3206746f6b656e7338a7b207420608d0dda2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a299073206746f6b656e7338c0843d420608bce7a2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033343512086c756d656e2d37621a0a6e6f7274682d77696e64200128f4ab023206746f6b656e7338c0843d42060884eea2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b4e30b420608a8f1a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030333437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ccd304420608ccf4a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030333439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894fba2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c0ec06420608dc81a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030333532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338baa40b4206088085a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030333533120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733891d815420608a488a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303033353412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dada083206746f6b656e7338c0843d420608c88ba3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033353512086c756d656e2d37621a0a6e6f7274682d77696e64200128c5d8013206746f6b656e7338c0843d420608ec8ea3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e1c906420608b495a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030333539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fc9ba3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033363012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ae143206746f6b656e733882ed0b420608a09fa3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d9a005420608c4a2a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030333635120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4afa3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333636120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8b2a3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033363712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d3d00e3206746f6b656e7338c0843d4206089cb6a3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030333638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0b9a3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030333730120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888c0a3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333731120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acc3a3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333733120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4c9a3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b4f7093206746f6b656e7338c0843d42060898cda3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033373512086c756d656e2d37621a0a6e6f7274682d77696e6420012883ff013206746f6b656e7338c0843d420608bcd0a3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333737120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884d7a3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a3a00c420608a8daa3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030333739120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ccdda3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030333831120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e6f10942060894e4a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303033383212086c756d656e2d37621a0a6e6f7274682d77696e64200128e9b6033206746f6b656e7338c0843d420608b8e7a3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033383512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f7123206746f6b656e7338cbe90a420608a4f1a3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033383812086c756d656e2d37621a0e686172626f75722d6c69676874732001289ba6033206746f6b656e7338c0843d42060890fba3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030333839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4fea3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a387083206746f6b656e7338c0843d420608d881a4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033393112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a3e6083206746f6b656e7338c0843d420608fc84a4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033393212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ed9c103206746f6b656e7338c0843d420608a088a4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ca143206746f6b656e7338dcca16420608e88ea4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033393512086c756d656e2d37621a0a6e6f7274682d77696e6420012898bf023206746f6b656e7338c0843d4206088c92a4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303033393612086c756d656e2d37621a0a6e6f7274682d77696e64200128efb8033206746f6b656e7338c0843d420608b095a4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303033393712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012894c10a3206746f6b656e7338c0843d420608d498a4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303033393812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fb0a3206746f6b656e7338ebb207420608f89ba4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b6ff0a3206746f6b656e7338c0843d420608c0a2a4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343034120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0afa4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034303512086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288b1a3206746f6b656e733880e814420608f4b2a4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034303612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f90e3206746f6b656e7338a4c51c42060898b6a4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030343037120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bcb9a4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034313212086c756d656e2d37621a0e686172626f75722d6c6967687473200128bac9013206746f6b656e7338c0843d420608f0c9a4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034313312086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289ea40e3206746f6b656e7338c0843d42060894cda4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030343134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b8d0a4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034313512086c756d656e2d37621a0a6e6f7274682d77696e64200128f6eb023206746f6b656e7338c0843d420608dcd3a4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cfb61942060880d7a4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303034313712086c756d656e2d37621a0a6e6f7274682d77696e64200128e3b4033206746f6b656e7338c0843d420608a4daa4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f8193206746f6b656e73388a8407420608c8dda4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034323012086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8d3023206746f6b656e7338c0843d42060890e4a4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343233120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fceda4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343235120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ff8f03420608c4f4a4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030343333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e48ea5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b5880f4206088892a5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303034333812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df1a3206746f6b656e733896eb0a420608989fa5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343430120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0a5a5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034343112086c756d656e2d37621a0a6e6f7274682d77696e64200128cdba013206746f6b656e7338c0843d42060884a9a5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cb123206746f6b656e7338f5ae10420608ccafa5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034343512086c756d656e2d37621a0e686172626f75722d6c6967687473200128cdb5013206746f6b656e7338c0843d42060894b6a5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8b9a5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034343712086c756d656e2d37621a0a6e6f7274682d77696e642001289790033206746f6b656e7338c0843d420608dcbca5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034343812086c756d656e2d37621a0e686172626f75722d6c6967687473200128d394023206746f6b656e7338c0843d42060880c0a5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030343531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ecc9a5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034353312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c5153206746f6b656e7338ebba11420608b4d0a5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343536120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733891e619420608a0daa5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303034353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a50b3206746f6b656e7338dbc706420608c4dda5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343538120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8e0a5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034363112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d40a3206746f6b656e7338e8a313420608d4eaa5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034363312086c756d656e2d37621a0a6e6f7274682d77696e642001288bd7023206746f6b656e7338c0843d4206089cf1a5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034363412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012881d8053206746f6b656e7338c0843d420608c0f4a5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034363512086c756d656e2d37621a0a6e6f7274682d77696e64200128b6ec013206746f6b656e7338c0843d420608e4f7a5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e7133206746f6b656e73388dc31d42060888fba5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343637120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acfea5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338979407420608d081a6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030343639120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f9bb05420608f484a6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030343730120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089888a6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b8d71c420608e08ea6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303034373312086c756d656e2d37621a0a6e6f7274682d77696e64200128f4e0013206746f6b656e7338c0843d4206088492a6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030343734120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a895a6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343735120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733884c604420608cc98a6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303034373712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032893133206746f6b656e7338f3c906420608949fa6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389e981e420608b8a2a6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030343739120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dca5a6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030343832120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733891e104420608c8afa6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030343833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733897f31a420608ecb2a6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303034383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e80a3206746f6b656e73388b9c0642060890b6a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034383512086c756d656e2d37621a0e686172626f75722d6c6967687473200128d3b6013206746f6b656e7338c0843d420608b4b9a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d4f5053206746f6b656e7338c0843d420608d8bca6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d1133206746f6b656e7338fbed19420608a0c3a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034383912086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012884980c3206746f6b656e7338c0843d420608c4c6a6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034393012086c756d656e2d37621a0a6e6f7274682d77696e642001289fff023206746f6b656e7338c0843d420608e8c9a6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030343933120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4d3a6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303034393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a40e3206746f6b656e7338b0fa0f420608f8d6a6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303034393712086c756d656e2d37621a0a6e6f7274682d77696e64200128849e023206746f6b656e7338c0843d420608e4e0a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034393812086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289ff6083206746f6b656e7338c0843d42060888e4a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303034393912086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012884c20a3206746f6b656e7338c0843d420608ace7a6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035303112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128adb8073206746f6b656e7338c0843d420608f4eda6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035303412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a7cf063206746f6b656e7338c0843d420608e0f7a6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030353035120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cf9f1b42060884fba6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303035303612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d8123206746f6b656e7338be9f10420608a8fea6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353037120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608cc81a7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353039120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089488a7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035313012086c756d656e2d37621a0e686172626f75722d6c69676874732001289ef0013206746f6b656e7338c0843d420608b88ba7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035313212086c756d656e2d37621a0a6e6f7274682d77696e64200128c5a2023206746f6b656e7338c0843d4206088092a7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035313612086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288a0f3206746f6b656e733895870b420608909fa7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035313812086c756d656e2d37621a0a6e6f7274682d77696e6420012884a5023206746f6b656e7338c0843d420608d8a5a7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353139120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fca8a7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b3ca033206746f6b656e7338c0843d420608a0aca7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030353231120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4afa7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e3f10c3206746f6b656e7338c0843d420608e8b2a7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323312086c756d656e2d37621a0e686172626f75722d6c696768747320012886bc023206746f6b656e7338c0843d4206088cb6a7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323512086c756d656e2d37621a0e686172626f75722d6c6967687473200128e8ce033206746f6b656e7338c0843d420608d4bca7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323612086c756d656e2d37621a0e686172626f75722d6c6967687473200128b4a6013206746f6b656e7338c0843d420608f8bfa7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035323812086c756d656e2d37621a0e686172626f75722d6c696768747320012883a9033206746f6b656e7338c0843d420608c0c6a7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035333012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289f143206746f6b656e7338c9f00742060888cda7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030353334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e99e1742060898daa7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030353335120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608bcdda7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035333712086c756d656e2d37621a0a6e6f7274682d77696e6420012888e0013206746f6b656e7338c0843d42060884e4a7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a8e7a7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035333912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e60a3206746f6b656e7338ea940a420608cceaa7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eecc0c3206746f6b656e7338c0843d420608f0eda7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035343112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032891153206746f6b656e7338c8b11642060894f1a7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035343412086c756d656e2d37621a0e686172626f75722d6c696768747320012880d2033206746f6b656e7338c0843d42060880fba7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030353435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4fea7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c881a8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ec84a8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035353212086c756d656e2d37621a0e686172626f75722d6c6967687473200128bac5013206746f6b656e7338c0843d420608a095a8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035353512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d90b3206746f6b656e7338f4940a4206088c9fa8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030353536120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388dd617420608b0a2a8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030353630120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0afa8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035363112086c756d656e2d37621a0e686172626f75722d6c69676874732001288990023206746f6b656e7338c0843d420608e4b2a8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888b6a8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035363512086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012890a20e3206746f6b656e7338c0843d420608f4bfa8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030353636120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060898c3a8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035363912086c756d656e2d37621a0a6e6f7274682d77696e64200128d7de023206746f6b656e7338c0843d42060884cda8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035373012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b0c7023206746f6b656e7338c0843d420608a8d0a8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035373112086c756d656e2d37621a0a6e6f7274682d77696e64200128f094013206746f6b656e7338c0843d420608ccd3a8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035373312086c756d656e2d37621a0a6e6f7274682d77696e64200128beb3033206746f6b656e7338c0843d42060894daa8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035373412086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289bd10b3206746f6b656e7338c0843d420608b8dda8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030353735120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d4fb03420608dce0a8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030353736120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060880e4a8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035373812086c756d656e2d37621a0a6e6f7274682d77696e64200128da9a023206746f6b656e7338c0843d420608c8eaa8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035373912086c756d656e2d37621a0e686172626f75722d6c696768747320012898f1013206746f6b656e7338c0843d420608eceda8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030353833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcfaa8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bb193206746f6b656e7338d1f812420608a0fea8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035383812086c756d656e2d37621a0e686172626f75722d6c6967687473200128ca88033206746f6b656e7338c0843d420608b08ba9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035383912086c756d656e2d37621a0a6e6f7274682d77696e6420012885c3023206746f6b656e7338c0843d420608d48ea9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303035393012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288d0c3206746f6b656e7338bab609420608f891a9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303035393212086c756d656e2d37621a0a6e6f7274682d77696e642001289b86023206746f6b656e7338c0843d420608c098a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035393412086c756d656e2d37621a0e686172626f75722d6c6967687473200128f083023206746f6b656e7338c0843d420608889fa9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303035393512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128db82073206746f6b656e7338c0843d420608aca2a9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030353936120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0a5a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036303212086c756d656e2d37621a0e686172626f75722d6c6967687473200128a6bb023206746f6b656e7338c0843d420608a8b9a9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ccbca9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036303512086c756d656e2d37621a0a6e6f7274682d77696e64200128c9ca013206746f6b656e7338c0843d42060894c3a9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030363036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8c6a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ffb9063206746f6b656e7338c0843d420608dcc9a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036303812086c756d656e2d37621a0e686172626f75722d6c6967687473200128f1c4023206746f6b656e7338c0843d42060880cda9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036303912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d90d3206746f6b656e7338a1cf1a420608a4d0a9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c0093206746f6b656e7338cd9d0d42060890daa9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036313312086c756d656e2d37621a0a6e6f7274682d77696e6420012893ff013206746f6b656e7338c0843d420608b4dda9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036313412086c756d656e2d37621a0e686172626f75722d6c6967687473200128f2c0033206746f6b656e7338c0843d420608d8e0a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036313512086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012898ee0c3206746f6b656e7338c0843d420608fce3a9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036313612086c756d656e2d37621a0a6e6f7274682d77696e64200128b7d5013206746f6b656e7338c0843d420608a0e7a9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036313712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e0840d3206746f6b656e7338c0843d420608c4eaa9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363139120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088cf1a9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036323112086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289a0e3206746f6b656e733888a603420608d4f7a9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363234120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c081aad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036323512086c756d656e2d37621a0a6e6f7274682d77696e6420012881ef013206746f6b656e7338c0843d420608e484aad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036323612086c756d656e2d37621a0a6e6f7274682d77696e6420012890a1033206746f6b656e7338c0843d4206088888aad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036323712086c756d656e2d37621a0a6e6f7274682d77696e642001289f90033206746f6b656e7338c0843d420608ac8baad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d08eaad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d6ae063206746f6b656e7338c0843d420608f491aad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036333012086c756d656e2d37621a0e686172626f75722d6c6967687473200128e2d1023206746f6b656e7338c0843d4206089895aad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363331120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e0f31a420608bc98aad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303036333212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af193206746f6b656e73389c9909420608e09baad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e7d50a3206746f6b656e7338c0843d420608849faad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b9113206746f6b656e7338ee921b420608cca5aad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036333712086c756d656e2d37621a0a6e6f7274682d77696e64200128f485023206746f6b656e7338c0843d42060894acaad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036333812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ab143206746f6b656e7338a0eb13420608b8afaad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036333912086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289ec40f3206746f6b656e7338c0843d420608dcb2aad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036343112086c756d656e2d37621a0a6e6f7274682d77696e64200128fd95013206746f6b656e7338c0843d420608a4b9aad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c8bcaad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6a913420608ecbfaad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030363435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4c6aad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030363436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8c9aad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338868b10420608a0d0aad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030363439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4d3aad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363533120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4e0aad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030363534120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8e3aad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c4e4144206089ce7aad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030363536120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0eaaad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036353912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b4173206746f6b656e7338cad40e420608acf4aad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030363631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f4faaad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036363212086c756d656e2d37621a0a6e6f7274682d77696e6420012888d2013206746f6b656e7338c0843d42060898feaad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dedf11420608bc81abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303036363512086c756d656e2d37621a0a6e6f7274682d77696e64200128bbc5023206746f6b656e7338c0843d4206088488abd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f6093206746f6b656e7338a3a91d420608f091abd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363639120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d7a70e4206089495abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303036373012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288e123206746f6b656e7338fac414420608b898abd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036373112086c756d656e2d37621a0e686172626f75722d6c696768747320012899c5013206746f6b656e7338c0843d420608dc9babd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036373412086c756d656e2d37621a0a6e6f7274682d77696e6420012888b9023206746f6b656e7338c0843d420608c8a5abd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036373712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328dc193206746f6b656e7338b0aa18420608b4afabd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030363738120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8b2abd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036373912086c756d656e2d37621a0e686172626f75722d6c6967687473200128db81023206746f6b656e7338c0843d420608fcb5abd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036383012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288f1c3206746f6b656e73389ca719420608a0b9abd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036383212086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032880133206746f6b656e7338f9ba12420608e8bfabd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036383312086c756d656e2d37621a0a6e6f7274682d77696e6420012894bc013206746f6b656e7338c0843d4206088cc3abd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030363835120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e7ab09420608d4c9abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303036383712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d8a3033206746f6b656e7338c0843d4206089cd0abd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036383812086c756d656e2d37621a0a6e6f7274682d77696e64200128a18f023206746f6b656e7338c0843d420608c0d3abd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303036383912086c756d656e2d37621a0a6e6f7274682d77696e642001288bd0023206746f6b656e7338c0843d420608e4d6abd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030363931120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acddabd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036393212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e4103206746f6b656e7338a0f81c420608d0e0abd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303036393512086c756d656e2d37621a0e686172626f75722d6c69676874732001288ea9013206746f6b656e7338c0843d420608bceaabd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328de0c3206746f6b656e733889e914420608e0edabd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303036393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f8113206746f6b656e7338c4ef1d42060884f1abd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dfe5083206746f6b656e7338c0843d420608f0faabd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037303212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a5b80e3206746f6b656e7338c0843d420608b881acd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037303512086c756d656e2d37621a0a6e6f7274682d77696e64200128d6bc033206746f6b656e7338c0843d420608a48bacd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037303612086c756d656e2d37621a0a6e6f7274682d77696e64200128b1d1023206746f6b656e7338c0843d420608c88eacd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373037120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ec91acd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373038120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089095acd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037303912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f5f9073206746f6b656e7338c0843d420608b498acd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037313112086c756d656e2d37621a0e686172626f75722d6c696768747320012885d3013206746f6b656e7338c0843d420608fc9eacd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d6a70d3206746f6b656e7338c0843d420608c4a5acd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bda61b420608e8a8acd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303037313612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c387073206746f6b656e7338c0843d420608b0afacd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4b2acd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373138120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c1c10c420608f8b5acd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030373230120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0bcacd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373231120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4bfacd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037323212086c756d656e2d37621a0e686172626f75722d6c6967687473200128aad8013206746f6b656e7338c0843d42060888c3acd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373234120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d6f20c420608d0c9acd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030373237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338df9a06420608bcd3acd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030373239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fdeb0442060884daacd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030373332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0e3acd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a2f00b3206746f6b656e7338c0843d42060894e7acd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037333412086c756d656e2d37621a0e686172626f75722d6c69676874732001288cc1013206746f6b656e7338c0843d420608b8eaacd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373335120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f9f50e420608dcedacd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303037333612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ca90063206746f6b656e7338c0843d42060880f1acd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037333812086c756d656e2d37621a0e686172626f75722d6c6967687473200128deed013206746f6b656e7338c0843d420608c8f7acd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037333912086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289f173206746f6b656e73389ca50e420608ecfaacd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037343012086c756d656e2d37621a0e686172626f75722d6c6967687473200128e8be013206746f6b656e7338c0843d42060890feacd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373432120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d884add7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fc87add7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c50e3206746f6b656e7338809706420608a08badd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037343512086c756d656e2d37621a0e686172626f75722d6c6967687473200128b0e8023206746f6b656e7338c0843d420608c48eadd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bcb508420608e891add7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303037343712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032890153206746f6b656e7338a7b5124206088c95add7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d49badd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373530120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f89eadd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037353312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ff910c3206746f6b656e7338c0843d420608e4a8add7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037353412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012891900b3206746f6b656e7338c0843d42060888acadd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acafadd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f68204420608bcbcadd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303037363012086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032897133206746f6b656e7338ddff07420608e0bfadd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f1d40d420608a8c6add7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030373634120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f0ccadd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037363512086c756d656e2d37621a0a6e6f7274682d77696e642001289df0023206746f6b656e7338c0843d42060894d0add7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f00c3206746f6b656e7338ecaf04420608b8d3add7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030373637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dcd319420608dcd6add7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303037363812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012885cc0c3206746f6b656e7338c0843d42060880daadd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f10e3206746f6b656e7338a2e006420608c8e0add7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328da0c3206746f6b656e7338bfdb1442060890e7add7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037373312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b8a70e3206746f6b656e7338c0843d420608b4eaadd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037373412086c756d656e2d37621a0a6e6f7274682d77696e64200128f3bc033206746f6b656e7338c0843d420608d8edadd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037373512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f1093206746f6b656e7338b8d905420608fcf0add7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037373712086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289d0d3206746f6b656e733896ee19420608c4f7add7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8faadd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b081aed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303037383112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e8193206746f6b656e7338ca8909420608d484aed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128b5c8013206746f6b656e7338c0843d4206089c8baed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030373835120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e491aed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037383812086c756d656e2d37621a0a6e6f7274682d77696e642001289c82023206746f6b656e7338c0843d420608d09baed7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a312c224163636570746564223a3530302c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (2, 'lumen-ai', 'demo', 2, 1796290544193, 500, '\x080212570a0b64656d6f2d30303037393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e79e0f3206746f6b656e7338c0843d42060898a2aed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303037393212086c756d656e2d37621a0a6e6f7274682d77696e642001288daa013206746f6b656e7338c0843d420608e0a8aed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030373935120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ccb2aed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037393612086c756d656e2d37621a0e686172626f75722d6c6967687473200128e597023206746f6b656e7338c0843d420608f0b5aed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303037393812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e1ff0f3206746f6b656e7338c0843d420608b8bcaed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a4163206746f6b656e73389b841042060880c3aed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038303312086c756d656e2d37621a0a6e6f7274682d77696e6420012895cf013206746f6b656e7338c0843d420608ecccaed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038303512086c756d656e2d37621a0a6e6f7274682d77696e64200128b584033206746f6b656e7338c0843d420608b4d3aed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8d6aed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0ddaed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383039120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4e0aed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038313012086c756d656e2d37621a0e686172626f75722d6c6967687473200128a994033206746f6b656e7338c0843d420608e8e3aed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038313212086c756d656e2d37621a0a6e6f7274682d77696e64200128ddbc023206746f6b656e7338c0843d420608b0eaaed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038313312086c756d656e2d37621a0a6e6f7274682d77696e64200128c8cb013206746f6b656e7338c0843d420608d4edaed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038313512086c756d656e2d37621a0e686172626f75722d6c69676874732001288fa9033206746f6b656e7338c0843d4206089cf4aed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038313612086c756d656e2d37621a0e686172626f75722d6c6967687473200128f4ff023206746f6b656e7338c0843d420608c0f7aed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038323112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f0113206746f6b656e7338af8710420608f487afd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383233120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bc8eafd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038323412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032880173206746f6b656e733882e413420608e091afd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038323512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b2173206746f6b656e73388ed80f4206088495afd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038323812086c756d656e2d37621a0e686172626f75722d6c6967687473200128fa90023206746f6b656e7338c0843d420608f09eafd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328941b3206746f6b656e7338febc0b42060894a2afd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038333212086c756d656e2d37621a0a6e6f7274682d77696e6420012899f1013206746f6b656e7338c0843d42060880acafd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383333120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4afafd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038333412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e5ad0c3206746f6b656e7338c0843d420608c8b2afd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383336120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890b9afd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383337120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b4bcafd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038333812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f10b3206746f6b656e7338b68a15420608d8bfafd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383339120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcc2afd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038343012086c756d656e2d37621a0a6e6f7274682d77696e64200128c9f7023206746f6b656e7338c0843d420608a0c6afd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383431120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4c9afd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f5fb1b420608e8ccafd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030383433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389fc1084206088cd0afd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303038343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ef163206746f6b656e7338c1d717420608b0d3afd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038343512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e68f0b3206746f6b656e7338c0843d420608d4d6afd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8d9afd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cddafd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a7ae0f420608c0e0afd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303038343912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a58f0b3206746f6b656e7338c0843d420608e4e3afd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038353212086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288cb80e3206746f6b656e7338c0843d420608d0edafd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884feafd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a881b0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038353912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df193206746f6b656e7338b48011420608cc84b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038363112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e6a3083206746f6b656e7338c0843d420608948bb0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038363412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bc900f3206746f6b656e7338c0843d4206088095b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cdc8083206746f6b656e7338c0843d420608a498b0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c89bb0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cda813420608ec9eb0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303030383638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890a2b0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383639120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4a5b0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383730120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cbd719420608d8a8b0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303038373112086c756d656e2d37621a0e686172626f75722d6c696768747320012881a1033206746f6b656e7338c0843d420608fcabb0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038373512086c756d656e2d37621a0a6e6f7274682d77696e642001289cc4013206746f6b656e7338c0843d4206088cb9b0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338898211420608d4bfb0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303038373912086c756d656e2d37621a0e686172626f75722d6c6967687473200128c3e9013206746f6b656e7338c0843d4206089cc6b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038383012086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288d9c083206746f6b656e7338c0843d420608c0c9b0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303038383312086c756d656e2d37621a0a6e6f7274682d77696e64200128e5e1013206746f6b656e7338c0843d420608acd3b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128addc073206746f6b656e7338c0843d420608d0d6b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038383512086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012897d1053206746f6b656e7338c0843d420608f4d9b0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128abc0063206746f6b656e7338c0843d42060898ddb0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303038383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128efb10b3206746f6b656e7338c0843d420608e0e3b0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038383912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328dc0f3206746f6b656e7338e8da0842060884e7b0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030383930120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a8eab0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303038393312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d71b3206746f6b656e7338e0961342060894f4b0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030383934120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8f7b0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030383935120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c2cd15420608dcfab0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030383936120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a2e51b42060880feb0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030383939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a2b911420608ec87b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030393030120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733886a815420608908bb1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303039303212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c9d60a3206746f6b656e7338c0843d420608d891b1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fc94b1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393035120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c49bb1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039303612086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289aa8063206746f6b656e7338c0843d420608e89eb1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393037120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088ca2b1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393038120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0a5b1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4b5b1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039313412086c756d656e2d37621a0e686172626f75722d6c69676874732001289ec8023206746f6b656e7338c0843d42060888b9b1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393135120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388e9910420608acbcb1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303039313712086c756d656e2d37621a0e686172626f75722d6c696768747320012887f0023206746f6b656e7338c0843d420608f4c2b1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393139120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dfb70a420608bcc9b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303039323112086c756d656e2d37621a0a6e6f7274682d77696e6420012896ac013206746f6b656e7338c0843d42060884d0b1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e7eb19420608a8d3b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303039323512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128be92063206746f6b656e7338c0843d42060894ddb1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393236120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8e0b1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039323712086c756d656e2d37621a0e686172626f75722d6c69676874732001288aac013206746f6b656e7338c0843d420608dce3b1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393239120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4eab1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393331120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b3bf08420608ecf0b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303039333312086c756d656e2d37621a0a6e6f7274682d77696e64200128a4ec023206746f6b656e7338c0843d420608b4f7b1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d8b511420608d8fab1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303039333512086c756d656e2d37621a0a6e6f7274682d77696e6420012888a3033206746f6b656e7338c0843d420608fcfdb1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393336120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a081b2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303039333812086c756d656e2d37621a0a6e6f7274682d77696e64200128f8c8023206746f6b656e7338c0843d420608e887b2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303039343112086c756d656e2d37621a0a6e6f7274682d77696e64200128dfce023206746f6b656e7338c0843d420608d491b2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303039343312086c756d656e2d37621a0a6e6f7274682d77696e64200128cfba033206746f6b656e7338c0843d4206089c98b2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393434120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c09bb2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e49eb2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888a2b2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608aca5b2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039343812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032880193206746f6b656e7338fee80b420608d0a8b2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338abc313420608f4abb2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030393532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388db116420608e0b5b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303039353512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f9fe093206746f6b656e7338c0843d420608ccbfb2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e7e5063206746f6b656e7338c0843d42060894c6b2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393630120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060880d0b2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a51b3206746f6b656e7338e7d215420608c8d6b2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039363312086c756d656e2d37621a0e686172626f75722d6c69676874732001289cc8013206746f6b656e7338c0843d420608ecd9b2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388ef21b420608b4e0b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030393639120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c5ea0f420608c4edb2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303030393730120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c78114420608e8f0b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030393731120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088cf4b2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039373212086c756d656e2d37621a0e686172626f75722d6c6967687473200128ca89023206746f6b656e7338c0843d420608b0f7b2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393735120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089c81b3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393736120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c084b3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039373812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032882143206746f6b656e73389ec104420608888bb3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303039383012086c756d656e2d37621a0a6e6f7274682d77696e64200128c59a023206746f6b656e7338c0843d420608d091b3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393831120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f494b3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303039383212086c756d656e2d37621a0a6e6f7274682d77696e6420012888ac023206746f6b656e7338c0843d4206089898b3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303030393834120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b19013420608e09eb3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303030393835120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884a2b3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b7163206746f6b656e7338c1bf13420608a8a5b3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039383712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f40b3206746f6b656e733889e407420608cca8b3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880b9b3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393933120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4bcb3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303030393935120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecc2b3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303039393712086c756d656e2d37621a0e686172626f75722d6c696768747320012897c4033206746f6b656e7338c0843d420608b4c9b3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303039393812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032890103206746f6b656e7338cfbf0e420608d8ccb3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303030393939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fccfb3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303031120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4d6b3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130303212086c756d656e2d37621a0a6e6f7274682d77696e642001289de4013206746f6b656e7338c0843d420608e8d9b3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303033120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088cddb3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130303412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032896133206746f6b656e73389b9516420608b0e0b3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130303612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cbf10d3206746f6b656e7338c0843d420608f8e6b3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303039120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4f0b3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130313012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b885033206746f6b656e7338c0843d42060888f4b3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130313112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c51b3206746f6b656e7338c2831e420608acf7b3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338abc81c420608f4fdb3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031303134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fdbb084206089881b4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031303135120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a38711420608bc84b4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303130313612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c60b3206746f6b656e7338caed0e420608e087b4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c50c3206746f6b656e7338c98d1b420608a88eb4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031303139120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608cc91b4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e6e0063206746f6b656e7338c0843d420608f094b4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303231120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089498b4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130323212086c756d656e2d37621a0a6e6f7274682d77696e64200128a681033206746f6b656e7338c0843d420608b89bb4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130323312086c756d656e2d37621a0a6e6f7274682d77696e64200128a88c023206746f6b656e7338c0843d420608dc9eb4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130323412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328810f3206746f6b656e7338cde51442060880a2b4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130323512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c90f3206746f6b656e7338b4961d420608a4a5b4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130323612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e30e3206746f6b656e7338919d1a420608c8a8b4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b5cf12420608ecabb4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031303238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d3961942060890afb4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303130333012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289b0a3206746f6b656e7338afbd14420608d8b5b4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031303332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0bcb4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c7ad05420608c4bfb4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031303334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ffbd1c420608e8c2b4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303130333612086c756d656e2d37621a0e686172626f75722d6c6967687473200128dcdd013206746f6b656e7338c0843d420608b0c9b4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303337120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338eee305420608d4ccb4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303130333912086c756d656e2d37621a0a6e6f7274682d77696e64200128f0d7023206746f6b656e7338c0843d4206089cd3b4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388cb81c420608c0d6b4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303130343112086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289ef2083206746f6b656e7338c0843d420608e4d9b4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328da153206746f6b656e7338ebe60b420608ace0b4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733886ad1c420608f4e6b4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031303436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898eab4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130343712086c756d656e2d37621a0e686172626f75722d6c6967687473200128f4fb013206746f6b656e7338c0843d420608bcedb4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130343812086c756d656e2d37621a0a6e6f7274682d77696e64200128c591023206746f6b656e7338c0843d420608e0f0b4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303530120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8f7b4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a7e90c420608ccfab4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303130353212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d4b30e3206746f6b656e7338c0843d420608f0fdb4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303533120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089481b5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303534120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b884b5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c9c505420608dc87b5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303130353612086c756d656e2d37621a0e686172626f75722d6c6967687473200128aada023206746f6b656e7338c0843d420608808bb5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130353712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012885b9083206746f6b656e7338c0843d420608a48eb5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a9bf1c420608c891b5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303130363012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328aa103206746f6b656e7338b3840a4206089098b5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303631120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b49bb5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031303632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d89eb5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130363312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e5123206746f6b656e7338d2eb07420608fca1b5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328830f3206746f6b656e7338fbc30b420608c4a8b5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bb0d3206746f6b656e733883cb06420608f8b8b5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e2193206746f6b656e7338c18c1e420608c0bfb5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303736120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0ccb5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130373812086c756d656e2d37621a0a6e6f7274682d77696e6420012896e2013206746f6b656e7338c0843d42060898d3b5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130373912086c756d656e2d37621a0a6e6f7274682d77696e64200128c799013206746f6b656e7338c0843d420608bcd6b5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130383012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a5173206746f6b656e7338f1a310420608e0d9b5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303831120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884ddb5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130383212086c756d656e2d37621a0a6e6f7274682d77696e6420012898bf013206746f6b656e7338c0843d420608a8e0b5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130383412086c756d656e2d37621a0e686172626f75722d6c6967687473200128a69e033206746f6b656e7338c0843d420608f0e6b5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031303835120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894eab5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130383612086c756d656e2d37621a0e686172626f75722d6c69676874732001289eff013206746f6b656e7338c0843d420608b8edb5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303837120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcf0b5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b6143206746f6b656e7338f7c31042060880f4b5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303130393012086c756d656e2d37621a0a6e6f7274682d77696e64200128aff6013206746f6b656e7338c0843d420608c8fab5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031303931120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecfdb5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130393212086c756d656e2d37621a0e686172626f75722d6c6967687473200128ef9f013206746f6b656e7338c0843d4206089081b6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130393412086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8b4013206746f6b656e7338c0843d420608d887b6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303130393512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e7123206746f6b656e7338cca708420608fc8ab6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031303936120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733894a214420608a08eb6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031303937120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b8e413420608c491b6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303130393812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ecc60b3206746f6b656e7338c0843d420608e894b6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303130393912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d7a1033206746f6b656e7338c0843d4206088c98b6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313031120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d49eb6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131303312086c756d656e2d37621a0a6e6f7274682d77696e6420012897ac033206746f6b656e7338c0843d4206089ca5b6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131303412086c756d656e2d37621a0e686172626f75722d6c6967687473200128d883023206746f6b656e7338c0843d420608c0a8b6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313037120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acb2b6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303131303812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c30d3206746f6b656e7338dff005420608d0b5b6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313132120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e0c2b6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e0bc0d3206746f6b656e7338c0843d42060884c6b6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313134120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8c9b6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131313512086c756d656e2d37621a0a6e6f7274682d77696e6420012893d7013206746f6b656e7338c0843d420608ccccb6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b29b16420608f0cfb6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303131323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c2dc0a3206746f6b656e7338c0843d42060880ddb6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131323112086c756d656e2d37621a0e686172626f75722d6c6967687473200128d1bb013206746f6b656e7338c0843d420608a4e0b6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313232120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8e3b6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131323412086c756d656e2d37621a0a6e6f7274682d77696e6420012897f0013206746f6b656e7338c0843d42060890eab6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8f0b6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a78804420608fcf3b6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303131323812086c756d656e2d37621a0a6e6f7274682d77696e64200128f8d9013206746f6b656e7338c0843d420608a0f7b6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6c206420608c4fab6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031313330120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d0c910420608e8fdb6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303131333112086c756d656e2d37621a0e686172626f75722d6c6967687473200128a4eb013206746f6b656e7338c0843d4206088c81b7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b084b7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d487b7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131333412086c756d656e2d37621a0e686172626f75722d6c6967687473200128e7c7023206746f6b656e7338c0843d420608f88ab7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303131333812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e81b3206746f6b656e7338e885074206088898b7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313339120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ac9bb7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cdb60a3206746f6b656e7338c0843d420608d09eb7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ddc71542060898a5b7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303131343312086c756d656e2d37621a0a6e6f7274682d77696e64200128cff5023206746f6b656e7338c0843d420608bca8b7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884afb7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131343612086c756d656e2d37621a0a6e6f7274682d77696e64200128e7a8033206746f6b656e7338c0843d420608a8b2b7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313437120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ccb5b7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313438120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f0b8b7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338acd20a42060894bcb7d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031313531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a1921d420608dcc2b7d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031313532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dcea1b42060880c6b7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303131353612086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288e153206746f6b656e73388aa71742060890d3b7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131353712086c756d656e2d37621a0a6e6f7274682d77696e64200128e6b9033206746f6b656e7338c0843d420608b4d6b7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313538120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8d9b7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131353912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d1d5023206746f6b656e7338c0843d420608fcdcb7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131363012086c756d656e2d37621a0e686172626f75722d6c69676874732001288897023206746f6b656e7338c0843d420608a0e0b7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4f0b7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131363612086c756d656e2d37621a0a6e6f7274682d77696e64200128fad5013206746f6b656e7338c0843d420608f8f3b7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bad81b4206089cf7b7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303131363812086c756d656e2d37621a0e686172626f75722d6c6967687473200128e3d2033206746f6b656e7338c0843d420608c0fab7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303131373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c4123206746f6b656e7338c6bd1b4206088881b8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131373112086c756d656e2d37621a0e686172626f75722d6c6967687473200128dcc3033206746f6b656e7338c0843d420608ac84b8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131373312086c756d656e2d37621a0e686172626f75722d6c6967687473200128b2ac033206746f6b656e7338c0843d420608f48ab8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313736120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e094b8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088498b8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131383212086c756d656e2d37621a0e686172626f75722d6c6967687473200128a3ce023206746f6b656e7338c0843d420608b8a8b8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128ec9c033206746f6b656e7338c0843d420608dcabb8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131383412086c756d656e2d37621a0a6e6f7274682d77696e64200128f9d9023206746f6b656e7338c0843d42060880afb8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303131383512086c756d656e2d37621a0e686172626f75722d6c6967687473200128d8fe023206746f6b656e7338c0843d420608a4b2b8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313836120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8b5b8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313837120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecb8b8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303131383812086c756d656e2d37621a0a6e6f7274682d77696e64200128ece2023206746f6b656e7338c0843d42060890bcb8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303131383912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a4193206746f6b656e73388be70b420608b4bfb8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313930120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8c2b8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031313931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcc5b8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313932120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0c9b8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031313934120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8cfb8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031313937120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e8b912420608d4d9b8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303131393812086c756d656e2d37621a0a6e6f7274682d77696e64200128b9ac013206746f6b656e7338c0843d420608f8dcb8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132303112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328890f3206746f6b656e7338e5a813420608e4e6b8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323032120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733894850742060888eab8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031323033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acedb8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031323036120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898f7b8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aeac0a3206746f6b656e7338c0843d420608bcfab8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323131120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338daca09420608cc87b9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031323132120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f08ab9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132313312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012896c6063206746f6b656e7338c0843d420608948eb9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132313512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bc1b3206746f6b656e7338f9d706420608dc94b9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132313612086c756d656e2d37621a0a6e6f7274682d77696e64200128f783033206746f6b656e7338c0843d4206088098b9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e7a60f3206746f6b656e7338c0843d420608c89eb9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031323232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8abb9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132323312086c756d656e2d37621a0a6e6f7274682d77696e64200128d18d033206746f6b656e7338c0843d420608fcaeb9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031323235120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4b5b9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132323612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e90b3206746f6b656e7338bfe41a420608e8b8b9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a883184206088cbcb9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031323238120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0bfb9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132333112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012887960a3206746f6b656e7338c0843d4206089cc9b9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031323333120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4cfb9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d1f40742060888d3b9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303132333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e70e3206746f6b656e7338fecc19420608acd6b9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132333612086c756d656e2d37621a0a6e6f7274682d77696e64200128fbef013206746f6b656e7338c0843d420608d0d9b9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132333712086c756d656e2d37621a0e686172626f75722d6c696768747320012886a4033206746f6b656e7338c0843d420608f4dcb9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733893891142060898e0b9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031323430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e0e6b9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132343112086c756d656e2d37621a0a6e6f7274682d77696e64200128e9f1013206746f6b656e7338c0843d42060884eab9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b8c705420608a8edb9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303132343412086c756d656e2d37621a0a6e6f7274682d77696e64200128a1e0013206746f6b656e7338c0843d420608f0f3b9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031323435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894f7b9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f9fd12420608c887bad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031323532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608908ebad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031323533120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b491bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132353412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128abe8083206746f6b656e7338c0843d420608d894bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132353512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dbb4073206746f6b656e7338c0843d420608fc97bad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e1fd05420608c49ebad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303132353912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b3b5063206746f6b656e7338c0843d4206088ca5bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132363012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b19e033206746f6b656e7338c0843d420608b0a8bad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132363112086c756d656e2d37621a0a6e6f7274682d77696e64200128aafe013206746f6b656e7338c0843d420608d4abbad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f0a607420608f8aebad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031323633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cb2bad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031323634120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0b5bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b2ee073206746f6b656e7338c0843d420608e4b8bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132363612086c756d656e2d37621a0e686172626f75722d6c696768747320012897d0023206746f6b656e7338c0843d42060888bcbad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132363812086c756d656e2d37621a0e686172626f75722d6c696768747320012892d0013206746f6b656e7338c0843d420608d0c2bad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132363912086c756d656e2d37621a0a6e6f7274682d77696e6420012888d8023206746f6b656e7338c0843d420608f4c5bad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132373112086c756d656e2d37621a0a6e6f7274682d77696e64200128b9b3013206746f6b656e7338c0843d420608bcccbad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c4113206746f6b656e7338d4d007420608e0cfbad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132373312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128edbc063206746f6b656e7338c0843d42060884d3bad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303132373512086c756d656e2d37621a0a6e6f7274682d77696e64200128ebee013206746f6b656e7338c0843d420608ccd9bad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132373612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eef10d3206746f6b656e7338c0843d420608f0dcbad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ebe41542060894e0bad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303132373812086c756d656e2d37621a0e686172626f75722d6c6967687473200128b5ac023206746f6b656e7338c0843d420608b8e3bad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031323739120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dce6bad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132383012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b1093206746f6b656e7338a9be1d42060880eabad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303132393112086c756d656e2d37621a0e686172626f75722d6c69676874732001289aa8013206746f6b656e7338c0843d4206088c8ebbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303132393312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b70c3206746f6b656e733898e213420608d494bbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031323937120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4a1bbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031323938120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060888a5bbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031323939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338add60d420608aca8bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031333031120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4aebbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133303212086c756d656e2d37621a0e686172626f75722d6c6967687473200128a982033206746f6b656e7338c0843d42060898b2bbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bcb5bbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303133303412086c756d656e2d37621a0a6e6f7274682d77696e64200128f6a9023206746f6b656e7338c0843d420608e0b8bbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133303512086c756d656e2d37621a0e686172626f75722d6c6967687473200128a1bb013206746f6b656e7338c0843d42060884bcbbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133303612086c756d656e2d37621a0e686172626f75722d6c6967687473200128bed2033206746f6b656e7338c0843d420608a8bfbbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133303812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e3fd0e3206746f6b656e7338c0843d420608f0c5bbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c6a4103206746f6b656e7338c0843d42060880d3bbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733898c308420608a4d6bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303133313412086c756d656e2d37621a0e686172626f75722d6c6967687473200128c5c1033206746f6b656e7338c0843d420608c8d9bbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133313512086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289dcb083206746f6b656e7338c0843d420608ecdcbbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890e0bbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a40f3206746f6b656e7338c8951d420608d8e6bbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303133313912086c756d656e2d37621a0a6e6f7274682d77696e64200128e6ad033206746f6b656e7338c0843d420608fce9bbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333231120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e0f811420608c4f0bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031333233120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088cf7bbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333235120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f5df15420608d4fdbbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031333236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fbab11420608f880bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303133323712086c756d656e2d37621a0a6e6f7274682d77696e64200128a2ba033206746f6b656e7338c0843d4206089c84bcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133323812086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288f0d3206746f6b656e7338beca16420608c087bcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e4c70c420608e48abcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303133333012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aaa80a3206746f6b656e7338c0843d420608888ebcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133333112086c756d656e2d37621a0e686172626f75722d6c69676874732001288af2023206746f6b656e7338c0843d420608ac91bcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303133333212086c756d656e2d37621a0a6e6f7274682d77696e64200128e3a4023206746f6b656e7338c0843d420608d094bcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133333512086c756d656e2d37621a0e686172626f75722d6c6967687473200128b6f1013206746f6b656e7338c0843d420608bc9ebcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333336120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338989413420608e0a1bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031333337120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884a5bcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f09609420608a8a8bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031333339120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bd8516420608ccabbcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303133343012086c756d656e2d37621a0e686172626f75722d6c6967687473200128e5a2023206746f6b656e7338c0843d420608f0aebcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133343112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ab82103206746f6b656e7338c0843d42060894b2bcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a9f00f420608b8b5bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303133343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fdbc0a3206746f6b656e7338c0843d420608dcb8bcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133343412086c756d656e2d37621a0e686172626f75722d6c6967687473200128dfe6023206746f6b656e7338c0843d42060880bcbcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133343512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328980c3206746f6b656e7338d9ae16420608a4bfbcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303133343612086c756d656e2d37621a0a6e6f7274682d77696e6420012899fa013206746f6b656e7338c0843d420608c8c2bcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133343912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d78b033206746f6b656e7338c0843d420608b4ccbcd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8cfbcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031333531120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcd2bcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333533120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338918911420608c4d9bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031333534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8dcbcd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088ce0bcd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4e6bcd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cedbcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133363312086c756d656e2d37621a0e686172626f75722d6c696768747320012894f6013206746f6b656e7338c0843d420608acfabcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031333634120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0fdbcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c0a9073206746f6b656e7338c0843d4206089884bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133363712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d4e4063206746f6b656e7338c0843d420608bc87bdd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733895870a420608e08abdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031333639120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608848ebdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333731120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608cc94bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f3af073206746f6b656e7338c0843d420608f097bdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d6153206746f6b656e7338d58317420608b89ebdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133373612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b8173206746f6b656e7338a5e01942060880a5bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133373712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012899a10d3206746f6b656e7338c0843d420608a4a8bdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133373812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f2113206746f6b656e733887d21c420608c8abbdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890b2bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133383112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aafd0d3206746f6b656e7338c0843d420608b4b5bdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303133383512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b20f3206746f6b656e733890af03420608c4c2bdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8c5bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133383812086c756d656e2d37621a0e686172626f75722d6c6967687473200128e6ed023206746f6b656e7338c0843d420608b0ccbdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133383912086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288ce40f3206746f6b656e7338c0843d420608d4cfbdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0d9bdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031333933120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4dcbdd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031333934120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fff20542060888e0bdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303133393712086c756d656e2d37621a0e686172626f75722d6c6967687473200128f2d5013206746f6b656e7338c0843d420608f4e9bdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303133393812086c756d656e2d37621a0e686172626f75722d6c6967687473200128e6f8023206746f6b656e7338c0843d42060898edbdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134303312086c756d656e2d37621a0e686172626f75722d6c6967687473200128bccf033206746f6b656e7338c0843d420608ccfdbdd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343034120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338afa011420608f080bed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031343036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b887bed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134303812086c756d656e2d37621a0a6e6f7274682d77696e64200128c0ce023206746f6b656e7338c0843d420608808ebed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343039120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a491bed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134313112086c756d656e2d37621a0e686172626f75722d6c6967687473200128b28b033206746f6b656e7338c0843d420608ec97bed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733895fa03420608b49ebed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031343134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8a1bed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6b30a420608a0a8bed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031343138120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8aebed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343139120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088cb2bed7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343230120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0b5bed7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f8bbbed7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134323412086c756d656e2d37621a0a6e6f7274682d77696e64200128eedb023206746f6b656e7338c0843d420608c0c2bed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134323512086c756d656e2d37621a0e686172626f75722d6c6967687473200128b9b6013206746f6b656e7338c0843d420608e4c5bed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303134323712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ba123206746f6b656e73389dbc0f420608acccbed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134323812086c756d656e2d37621a0e686172626f75722d6c6967687473200128ac92033206746f6b656e7338c0843d420608d0cfbed7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303134323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328de1a3206746f6b656e7338e5d10c420608f4d2bed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134333112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c8a40d3206746f6b656e7338c0843d420608bcd9bed7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134333212086c756d656e2d37621a0e686172626f75722d6c6967687473200128df94033206746f6b656e7338c0843d420608e0dcbed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c58c13420608a8e3bed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303134333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e3143206746f6b656e7338969c08420608cce6bed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343336120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d2a013420608f0e9bed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303134333812086c756d656e2d37621a0e686172626f75722d6c6967687473200128c2a1013206746f6b656e7338c0843d420608b8f0bed7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343339120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338eba60f420608dcf3bed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031343430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fd801542060880f7bed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303134343312086c756d656e2d37621a0e686172626f75722d6c6967687473200128bc94023206746f6b656e7338c0843d420608ec80bfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134343412086c756d656e2d37621a0a6e6f7274682d77696e64200128f4d6023206746f6b656e7338c0843d4206089084bfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134343712086c756d656e2d37621a0e686172626f75722d6c6967687473200128dabd023206746f6b656e7338c0843d420608fc8dbfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a091bfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134353112086c756d656e2d37621a0e686172626f75722d6c69676874732001289eba023206746f6b656e7338c0843d4206088c9bbfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343533120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4a1bfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128d6f0013206746f6b656e7338c0843d4206089ca8bfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343536120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0abbfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a792103206746f6b656e7338c0843d420608e4aebfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134353812086c756d656e2d37621a0e686172626f75722d6c6967687473200128faa8033206746f6b656e7338c0843d42060888b2bfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134363012086c756d656e2d37621a0a6e6f7274682d77696e64200128aeb4013206746f6b656e7338c0843d420608d0b8bfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134363212086c756d656e2d37621a0e686172626f75722d6c6967687473200128eb8e033206746f6b656e7338c0843d42060898bfbfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343634120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0c5bfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343636120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8ccbfd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031343637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d7d80f420608cccfbfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303134363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b1be0b3206746f6b656e7338c0843d420608f0d2bfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343639120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894d6bfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134373012086c756d656e2d37621a0a6e6f7274682d77696e64200128aea0013206746f6b656e7338c0843d420608b8d9bfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880e0bfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343735120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ece9bfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303134373712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032880103206746f6b656e7338eced15420608b4f0bfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303134373912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c11b3206746f6b656e7338bc9404420608fcf6bfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0fabfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343831120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4fdbfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134383212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c6de0f3206746f6b656e7338c0843d420608e880c0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089c91c0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343838120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c094c0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e497c0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343930120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608889bc0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031343931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ac9ec0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343932120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0a1c0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134393412086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289b8b093206746f6b656e7338c0843d42060898a8c0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031343935120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608bcabc0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303134393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aef3063206746f6b656e7338c0843d420608e0aec0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134393812086c756d656e2d37621a0a6e6f7274682d77696e64200128aea0013206746f6b656e7338c0843d420608a8b5c0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303134393912086c756d656e2d37621a0a6e6f7274682d77696e64200128b2b7013206746f6b656e7338c0843d420608ccb8c0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fdbe0c3206746f6b656e7338c0843d420608f0bbc0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353031120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894bfc0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dcc5c0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353034120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733882a41b42060880c9c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031353036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8cfc0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135303712086c756d656e2d37621a0e686172626f75722d6c696768747320012897aa013206746f6b656e7338c0843d420608ecd2c0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a6910a3206746f6b656e7338c0843d420608d8dcc0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a2103206746f6b656e7338d48909420608a0e3c0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135313412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c5f7063206746f6b656e7338c0843d420608e8e9c0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0f0c0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135323012086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012897b7103206746f6b656e7338c0843d420608c0fdc0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353231120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e480c1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733897b6034206088884c1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303135323312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e4163206746f6b656e7338f0841d420608ac87c1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135323412086c756d656e2d37621a0a6e6f7274682d77696e64200128f39f033206746f6b656e7338c0843d420608d08ac1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135323612086c756d656e2d37621a0e686172626f75722d6c6967687473200128b2eb023206746f6b656e7338c0843d4206089891c1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135323712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012882e70c3206746f6b656e7338c0843d420608bc94c1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389cf716420608e097c1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031353239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608849bc1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353330120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e7ec1a420608a89ec1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031353331120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388ec505420608cca1c1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303135333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ef0d3206746f6b656e7338c1d91542060894a8c1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135333412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012882ca093206746f6b656e7338c0843d420608b8abc1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135333612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d0093206746f6b656e7338aaa71e42060880b2c1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135333712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ad0d3206746f6b656e7338a9b605420608a4b5c1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c8b8c1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135333912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c59a0a3206746f6b656e7338c0843d420608ecbbc1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d9e6063206746f6b656e7338c0843d42060890bfc1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135343112086c756d656e2d37621a0a6e6f7274682d77696e64200128a1ec013206746f6b656e7338c0843d420608b4c2c1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d71a3206746f6b656e7338b49703420608fcc8c1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031353434120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0ccc1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135343512086c756d656e2d37621a0a6e6f7274682d77696e64200128dfa2013206746f6b656e7338c0843d420608c4cfc1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135343712086c756d656e2d37621a0e686172626f75722d6c6967687473200128f9ea023206746f6b656e7338c0843d4206088cd6c1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135343812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d40f3206746f6b656e7338e7cb1b420608b0d9c1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0e6c1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135353312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128adbf0a3206746f6b656e7338c0843d420608e4e9c1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135353412086c756d656e2d37621a0e686172626f75722d6c6967687473200128cea7013206746f6b656e7338c0843d42060888edc1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353536120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a2e30f420608d0f3c1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303135353712086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8b2033206746f6b656e7338c0843d420608f4f6c1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898fac1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135363012086c756d656e2d37621a0a6e6f7274682d77696e64200128dce8023206746f6b656e7338c0843d420608e080c2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135363312086c756d656e2d37621a0e686172626f75722d6c696768747320012893ae023206746f6b656e7338c0843d420608cc8ac2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353634120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b4d008420608f08dc2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031353636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ace012420608b894c2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303135363812086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032886103206746f6b656e7338dd800f420608809bc2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135363912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c30b3206746f6b656e733895801b420608a49ec2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031353730120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8a1c2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135373112086c756d656e2d37621a0a6e6f7274682d77696e64200128d89b023206746f6b656e7338c0843d420608eca4c2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890a8c2d7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a322c224163636570746564223a3530302c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (3, 'lumen-ai', 'demo', 3, 1796290544228, 500, '\x080312540a0b64656d6f2d303031353734120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8aec2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135373512086c756d656e2d37621a0a6e6f7274682d77696e6420012892f1023206746f6b656e7338c0843d420608fcb1c2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031353737120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4b8c2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135373812086c756d656e2d37621a0a6e6f7274682d77696e64200128d6ba013206746f6b656e7338c0843d420608e8bbc2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135373912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f3183206746f6b656e7338d9870d4206088cbfc2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303135383012086c756d656e2d37621a0a6e6f7274682d77696e64200128dcee023206746f6b656e7338c0843d420608b0c2c2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135383112086c756d656e2d37621a0e686172626f75722d6c6967687473200128e2e3023206746f6b656e7338c0843d420608d4c5c2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031353833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cccc2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031353834120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0cfc2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303135383612086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8b8013206746f6b656e7338c0843d42060888d6c2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cdb306420608acd9c2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031353838120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d0dcc2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031353932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ae901e420608e0e9c2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303135393512086c756d656e2d37621a0e686172626f75722d6c6967687473200128baa7033206746f6b656e7338c0843d420608ccf3c2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303135393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328eb133206746f6b656e7338e8f81742060894fac2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031353939120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dc80c3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363030120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ace31c4206088084c3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303136303112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b7cd0d3206746f6b656e7338c0843d420608a487c3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136303212086c756d656e2d37621a0a6e6f7274682d77696e64200128da8a023206746f6b656e7338c0843d420608c88ac3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ec8dc3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136303412086c756d656e2d37621a0a6e6f7274682d77696e6420012888f1013206746f6b656e7338c0843d4206089091c3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363037120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fc9ac3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136303812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c2153206746f6b656e733889b609420608a09ec3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363039120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4a1c3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b10e3206746f6b656e7338f9d811420608e8a4c3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136313212086c756d656e2d37621a0a6e6f7274682d77696e64200128d6a1023206746f6b656e7338c0843d420608b0abc3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b9810b3206746f6b656e7338c0843d420608d4aec3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363134120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8b1c3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136313512086c756d656e2d37621a0e686172626f75722d6c6967687473200128f2d5013206746f6b656e7338c0843d4206089cb5c3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4bbc3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363138120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733886be1942060888bfc3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031363230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733893a20b420608d0c5c3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303136323512086c756d656e2d37621a0e686172626f75722d6c6967687473200128a4b1023206746f6b656e7338c0843d42060884d6c3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363236120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8d9c3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136323712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d799083206746f6b656e7338c0843d420608ccdcc3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136323912086c756d656e2d37621a0a6e6f7274682d77696e642001289ddc023206746f6b656e7338c0843d42060894e3c3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136333212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b4143206746f6b656e7338f6b30942060880edc3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f51b3206746f6b656e73389d8a1b420608a4f0c3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f3b20b420608c8f3c3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303136333512086c756d656e2d37621a0e686172626f75722d6c6967687473200128f98f033206746f6b656e7338c0843d420608ecf6c3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136333712086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8ca013206746f6b656e7338c0843d420608b4fdc3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136333812086c756d656e2d37621a0e686172626f75722d6c6967687473200128f99c033206746f6b656e7338c0843d420608d880c4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136343012086c756d656e2d37621a0e686172626f75722d6c6967687473200128bdce023206746f6b656e7338c0843d420608a087c4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136343112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328811b3206746f6b656e7338839104420608c48ac4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363433120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088c91c4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136343412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012892f20a3206746f6b656e7338c0843d420608b094c4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136343512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f51b3206746f6b656e7338d6910d420608d497c4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f89ac4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136343712086c756d656e2d37621a0e686172626f75722d6c6967687473200128b2d8023206746f6b656e7338c0843d4206089c9ec4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136343812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fdf30b3206746f6b656e7338c0843d420608c0a1c4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b2a90942060888a8c4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031363531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acabc4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d0aec4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128ecc4033206746f6b656e7338c0843d420608bcb8c4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136353612086c756d656e2d37621a0e686172626f75722d6c6967687473200128cab0033206746f6b656e7338c0843d420608e0bbc4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884bfc4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a8c2c4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136353912086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289d183206746f6b656e733899cb06420608ccc5c4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f39a10420608b8cfc4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031363633120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcd2c4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363634120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880d6c4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a4d9c4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c8dcc4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363637120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecdfc4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136363912086c756d656e2d37621a0a6e6f7274682d77696e64200128f994023206746f6b656e7338c0843d420608b4e6c4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136373012086c756d656e2d37621a0a6e6f7274682d77696e64200128f3e3013206746f6b656e7338c0843d420608d8e9c4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363731120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcecc4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328da1b3206746f6b656e7338b4c212420608a0f0c4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136373312086c756d656e2d37621a0a6e6f7274682d77696e64200128d4fd013206746f6b656e7338c0843d420608c4f3c4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136373512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b9a00d3206746f6b656e7338c0843d4206088cfac4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031363736120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0fdc4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136373712086c756d656e2d37621a0a6e6f7274682d77696e64200128b882023206746f6b656e7338c0843d420608d480c5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c08c05420608f883c5d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031363832120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cdc2054206088891c5d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031363833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a5d50b420608ac94c5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303136383412086c756d656e2d37621a0a6e6f7274682d77696e642001289aba033206746f6b656e7338c0843d420608d097c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136383512086c756d656e2d37621a0a6e6f7274682d77696e64200128cfea023206746f6b656e7338c0843d420608f49ac5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a2b717420608989ec5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303136383712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bd9d0d3206746f6b656e7338c0843d420608bca1c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136383812086c756d656e2d37621a0a6e6f7274682d77696e64200128aac6023206746f6b656e7338c0843d420608e0a4c5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363839120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884a8c5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031363931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c6b31b420608ccaec5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303136393212086c756d656e2d37621a0a6e6f7274682d77696e64200128e8b8023206746f6b656e7338c0843d420608f0b1c5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303136393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b1113206746f6b656e7338e1a815420608b8b8c5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136393512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d9e50e3206746f6b656e7338c0843d420608dcbbc5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303136393712086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012896b60f3206746f6b656e7338c0843d420608a4c2c5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031363938120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c8c5c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303136393912086c756d656e2d37621a0a6e6f7274682d77696e64200128edb5033206746f6b656e7338c0843d420608ecc8c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137303112086c756d656e2d37621a0a6e6f7274682d77696e64200128a2eb023206746f6b656e7338c0843d420608b4cfc5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373033120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcd5c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137303512086c756d656e2d37621a0a6e6f7274682d77696e64200128a6af023206746f6b656e7338c0843d420608c4dcc5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8dfc5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137303912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d18b093206746f6b656e7338c0843d420608d4e9c5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137313112086c756d656e2d37621a0a6e6f7274682d77696e64200128bdb1023206746f6b656e7338c0843d4206089cf0c5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373132120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d0e514420608c0f3c5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031373134120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060888fac5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137313512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b1ce0e3206746f6b656e7338c0843d420608acfdc5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137313612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128faeb063206746f6b656e7338c0843d420608d080c6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f483c6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137313812086c756d656e2d37621a0a6e6f7274682d77696e64200128dce3023206746f6b656e7338c0843d4206089887c6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a7a706420608e08dc6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031373231120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088491c6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373234120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f09ac6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303137323612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ce1b3206746f6b656e7338e2ee0b420608b8a1c6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dca4c6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733889e60842060880a8c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303137333012086c756d656e2d37621a0a6e6f7274682d77696e64200128ca9b023206746f6b656e7338c0843d420608c8aec6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137333112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128afa80d3206746f6b656e7338c0843d420608ecb1c6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373332120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060890b5c6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373333120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4b8c6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373335120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcbec6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137333712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d298033206746f6b656e7338c0843d420608c4c5c6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137333912086c756d656e2d37621a0a6e6f7274682d77696e64200128e0a9013206746f6b656e7338c0843d4206088cccc6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373431120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4d2c6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137343212086c756d656e2d37621a0a6e6f7274682d77696e642001288798033206746f6b656e7338c0843d420608f8d5c6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dada0b3206746f6b656e7338c0843d4206089cd9c6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137343412086c756d656e2d37621a0e686172626f75722d6c6967687473200128bc8c023206746f6b656e7338c0843d420608c0dcc6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ec8d1d420608ace6c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031373530120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060898f0c6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137353212086c756d656e2d37621a0a6e6f7274682d77696e64200128d2c5023206746f6b656e7338c0843d420608e0f6c6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373533120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884fac6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128c0df023206746f6b656e7338c0843d420608cc80c7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031373539120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dc8dc7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373630120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c9ca184206088091c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031373631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a494c7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137363512086c756d656e2d37621a0a6e6f7274682d77696e64200128c8ed013206746f6b656e7338c0843d420608b4a1c7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137363612086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012888d4063206746f6b656e7338c0843d420608d8a4c7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338809d0a420608a0abc7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303137363912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d1c1083206746f6b656e7338c0843d420608c4aec7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373730120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b9d114420608e8b1c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031373732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0b8c7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303137373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d1133206746f6b656e7338f1f108420608f8bec7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137373512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e5cf0c3206746f6b656e7338c0843d4206089cc2c7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137373612086c756d656e2d37621a0a6e6f7274682d77696e64200128f595033206746f6b656e7338c0843d420608c0c5c7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4c8c7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137383212086c756d656e2d37621a0e686172626f75722d6c6967687473200128f4ea023206746f6b656e7338c0843d42060898d9c7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373833120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c88706420608bcdcc7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303137383612086c756d656e2d37621a0e686172626f75722d6c6967687473200128bb8b023206746f6b656e7338c0843d420608a8e6c7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303137383712086c756d656e2d37621a0a6e6f7274682d77696e64200128a5b3023206746f6b656e7338c0843d420608cce9c7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031373931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dcf6c7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303137393212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ae1a3206746f6b656e7338f3811842060880fac7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303137393312086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288a0b3206746f6b656e7338b2bc17420608a4fdc7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303137393412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032892193206746f6b656e733899c810420608c880c8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031373935120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d28004420608ec83c8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303137393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a90a3206746f6b656e7338d9af14420608b48ac8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303137393912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aeb10b3206746f6b656e7338c0843d420608fc90c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cedc073206746f6b656e7338c0843d420608a094c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138303112086c756d656e2d37621a0e686172626f75722d6c6967687473200128b5a0023206746f6b656e7338c0843d420608c497c8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031383032120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733886ee07420608e89ac8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303138303312086c756d656e2d37621a0e686172626f75722d6c6967687473200128aa97033206746f6b656e7338c0843d4206088c9ec8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383034120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0a1c8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031383035120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e4d308420608d4a4c8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303138303612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fb113206746f6b656e733884ae13420608f8a7c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138303712086c756d656e2d37621a0e686172626f75722d6c6967687473200128b6a1013206746f6b656e7338c0843d4206089cabc8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0aec8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383130120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888b5c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c6ce0d3206746f6b656e7338c0843d420608d0bbc8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138313312086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289a1a3206746f6b656e7338a5a413420608f4bec8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138313612086c756d656e2d37621a0e686172626f75722d6c6967687473200128da88023206746f6b656e7338c0843d420608e0c8c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b7940e3206746f6b656e7338c0843d420608a8cfc8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138313912086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288e0c3206746f6b656e7338b4df1b420608ccd2c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f0800c3206746f6b656e7338c0843d420608f0d5c8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138323112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ebde0c3206746f6b656e7338c0843d42060894d9c8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138323212086c756d656e2d37621a0a6e6f7274682d77696e64200128f3e1023206746f6b656e7338c0843d420608b8dcc8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383237120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ececc8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890f0c8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383239120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4f3c8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383331120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcf9c8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383333120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c480c9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031383334120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dfbd04420608e883c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303138333512086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288c8e0e3206746f6b656e7338c0843d4206088c87c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138333612086c756d656e2d37621a0e686172626f75722d6c6967687473200128a6bb033206746f6b656e7338c0843d420608b08ac9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383337120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d48dc9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138333812086c756d656e2d37621a0e686172626f75722d6c696768747320012893f6023206746f6b656e7338c0843d420608f890c9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383339120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089c94c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138343012086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012885bf0d3206746f6b656e7338c0843d420608c097c9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031383432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389eb811420608889ec9d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303031383433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f18d06420608aca1c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303138343512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a30c3206746f6b656e733883ba11420608f4a7c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138343712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ffd6063206746f6b656e7338c0843d420608bcaec9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031383438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d0e418420608e0b1c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303031383439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884b5c9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138353012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df183206746f6b656e7338e1af0c420608a8b8c9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138353112086c756d656e2d37621a0a6e6f7274682d77696e642001289cd8013206746f6b656e7338c0843d420608ccbbc9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383532120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f0bec9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383534120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8c5c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138353612086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012884e9053206746f6b656e7338c0843d42060880ccc9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138353812086c756d656e2d37621a0e686172626f75722d6c6967687473200128d69b033206746f6b656e7338c0843d420608c8d2c9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ecd5c9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383630120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890d9c9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138363112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328880f3206746f6b656e73389ae81c420608b4dcc9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138363212086c756d656e2d37621a0e686172626f75722d6c6967687473200128d4fc013206746f6b656e7338c0843d420608d8dfc9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fce2c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138363412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a896103206746f6b656e7338c0843d420608a0e6c9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138363712086c756d656e2d37621a0a6e6f7274682d77696e64200128cbf0013206746f6b656e7338c0843d4206088cf0c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138363812086c756d656e2d37621a0e686172626f75722d6c6967687473200128b89e013206746f6b656e7338c0843d420608b0f3c9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138373312086c756d656e2d37621a0e686172626f75722d6c696768747320012897fd013206746f6b656e7338c0843d420608e483cad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383734120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088887cad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138383012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f8e7083206746f6b656e7338c0843d420608e09acad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383832120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a8a1cad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383834120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f0a7cad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a1960f3206746f6b656e7338c0843d420608b8aecad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138383912086c756d656e2d37621a0a6e6f7274682d77696e64200128e4c0023206746f6b656e7338c0843d420608a4b8cad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031383930120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8bbcad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138393212086c756d656e2d37621a0a6e6f7274682d77696e6420012883a2013206746f6b656e7338c0843d42060890c2cad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138393312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328db0b3206746f6b656e733896a415420608b4c5cad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138393412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b5940a3206746f6b656e7338c0843d420608d8c8cad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303138393512086c756d656e2d37621a0a6e6f7274682d77696e64200128aef3023206746f6b656e7338c0843d420608fccbcad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303138393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128aad90e3206746f6b656e7338c0843d420608a0cfcad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303138393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e5093206746f6b656e7338afbd1e420608c4d2cad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031383938120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8d5cad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031393033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089ce6cad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139303512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e7093206746f6b656e7338d8cf04420608e4eccad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393036120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060888f0cad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393037120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acf3cad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393130120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060898fdcad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139313512086c756d656e2d37621a0a6e6f7274682d77696e6420012891ab023206746f6b656e7338c0843d420608cc8dcbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139313912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d285023206746f6b656e7338c0843d420608dc9acbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139323012086c756d656e2d37621a0a6e6f7274682d77696e6420012893e6013206746f6b656e7338c0843d420608809ecbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139323112086c756d656e2d37621a0e686172626f75722d6c6967687473200128d9e6013206746f6b656e7338c0843d420608a4a1cbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393235120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4aecbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139323612086c756d656e2d37621a0a6e6f7274682d77696e6420012883dc023206746f6b656e7338c0843d420608d8b1cbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139323712086c756d656e2d37621a0a6e6f7274682d77696e64200128b6e7023206746f6b656e7338c0843d420608fcb4cbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393238120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0b8cbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393330120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8becbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393331120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088cc2cbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139333212086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288b123206746f6b656e73389ba41d420608b0c5cbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f9e718420608d4c8cbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303139333412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a3133206746f6b656e7338ccf10c420608f8cbcbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393335120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089ccfcbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393336120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733895b913420608c0d2cbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303031393337120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4d5cbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031393338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888d9cbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393430120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0dfcbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139343112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f9f90d3206746f6b656e7338c0843d420608f4e2cbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139343212086c756d656e2d37621a0a6e6f7274682d77696e64200128cd87023206746f6b656e7338c0843d42060898e6cbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884f0cbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139343712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e1fc053206746f6b656e7338c0843d420608ccf6cbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139343812086c756d656e2d37621a0a6e6f7274682d77696e64200128c8b0013206746f6b656e7338c0843d420608f0f9cbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ddc314420608b880ccd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303139353312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b70f3206746f6b656e7338d5d011420608a48accd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031393535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ec90ccd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139353612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e20d3206746f6b656e7338adc7064206089094ccd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393631120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4a4ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139363212086c756d656e2d37621a0e686172626f75722d6c6967687473200128d6f1023206746f6b656e7338c0843d420608e8a7ccd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388cb315420608d4b1ccd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303139363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f7ae0b3206746f6b656e7338c0843d420608f8b4ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139363712086c756d656e2d37621a0e686172626f75722d6c6967687473200128e0f2013206746f6b656e7338c0843d4206089cb8ccd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139373312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a0113206746f6b656e7338ec8812420608f4cbccd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139373512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e11a3206746f6b656e7338b5cb05420608bcd2ccd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031393737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884d9ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139383012086c756d656e2d37621a0e686172626f75722d6c69676874732001289a8c023206746f6b656e7338c0843d420608f0e2ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139383112086c756d656e2d37621a0e686172626f75722d6c6967687473200128b5bc023206746f6b656e7338c0843d42060894e6ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139383212086c756d656e2d37621a0e686172626f75722d6c6967687473200128e2a2023206746f6b656e7338c0843d420608b8e9ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139383312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e9ba0f3206746f6b656e7338c0843d420608dcecccd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303139383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e2123206746f6b656e733890a70a420608c8f6ccd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303139383712086c756d656e2d37621a0e686172626f75722d6c696768747320012889ba033206746f6b656e7338c0843d420608ecf9ccd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b480cdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303031393930120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d883cdd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bcc01c420608fc86cdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303139393312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032882153206746f6b656e733895e41b420608c48dcdd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303031393934120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aa8415420608e890cdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303139393512086c756d656e2d37621a0e686172626f75722d6c6967687473200128ccc0013206746f6b656e7338c0843d4206088c94cdd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303139393812086c756d656e2d37621a0a6e6f7274682d77696e64200128beb7033206746f6b656e7338c0843d420608f89dcdd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303031393939120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089ca1cdd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230303212086c756d656e2d37621a0a6e6f7274682d77696e64200128a1f3023206746f6b656e7338c0843d42060888abcdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230303312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d1b4063206746f6b656e7338c0843d420608acaecdd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230303612086c756d656e2d37621a0a6e6f7274682d77696e64200128f9f5023206746f6b656e7338c0843d42060898b8cdd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230303712086c756d656e2d37621a0a6e6f7274682d77696e64200128dea6023206746f6b656e7338c0843d420608bcbbcdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230303912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e0a10e3206746f6b656e7338c0843d42060884c2cdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e3123206746f6b656e7338c1f910420608f0cbcdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230313412086c756d656e2d37621a0e686172626f75722d6c696768747320012882f2013206746f6b656e7338c0843d420608b8d2cdd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303135120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcd5cdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a4dccdd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303139120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ece2cdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230323012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e91b3206746f6b656e7338dab81042060890e6cdd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230323212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cf0e3206746f6b656e73389dd904420608d8eccdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230323412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d3800c3206746f6b656e7338c0843d420608a0f3cdd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303235120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4f6cdd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8f9cdd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230323712086c756d656e2d37621a0a6e6f7274682d77696e64200128c580023206746f6b656e7338c0843d4206088cfdcdd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230323812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d389063206746f6b656e7338c0843d420608b080ced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d2c01b420608d483ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032303331120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089c8aced7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230333212086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289e0a3206746f6b656e7338879d1e420608c08dced7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cd093206746f6b656e733897bd0c420608e490ced7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230333412086c756d656e2d37621a0e686172626f75722d6c6967687473200128bda0013206746f6b656e7338c0843d4206088894ced7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303335120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ac97ced7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230333712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328940f3206746f6b656e7338c3e008420608f49dced7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230333812086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289e163206746f6b656e7338b0960b42060898a1ced7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230343012086c756d656e2d37621a0a6e6f7274682d77696e64200128e4ee013206746f6b656e7338c0843d420608e0a7ced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303431120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f2d50d42060884abced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303230343512086c756d656e2d37621a0a6e6f7274682d77696e6420012895a8023206746f6b656e7338c0843d42060894b8ced7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dcbeced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a4a81b420608a4c5ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303230353012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328dc123206746f6b656e7338e0aa18420608c8c8ced7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230353112086c756d656e2d37621a0e686172626f75722d6c69676874732001288994023206746f6b656e7338c0843d420608eccbced7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230353212086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012884b50e3206746f6b656e7338c0843d42060890cfced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e49d14420608d8d5ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032303536120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0dcced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338de8214420608e8e2ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032303630120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0e9ced7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4ecced7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e8d1194206089cf3ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303230363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fc8f0c3206746f6b656e7338c0843d42060888fdced7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303638120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d083cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230363912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ebba083206746f6b656e7338c0843d420608f486cfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d6163206746f6b656e7338d1cf12420608988acfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230373112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c0163206746f6b656e7338fec214420608bc8dcfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af123206746f6b656e7338f2b315420608e090cfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230373312086c756d656e2d37621a0a6e6f7274682d77696e64200128dd92023206746f6b656e7338c0843d4206088494cfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303734120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a897cfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303230373612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b90c3206746f6b656e7338c3cd06420608f09dcfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303737120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060894a1cfd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e08a12420608b8a4cfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303230373912086c756d656e2d37621a0e686172626f75722d6c69676874732001289dae023206746f6b656e7338c0843d420608dca7cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230383012086c756d656e2d37621a0e686172626f75722d6c69676874732001288ce8023206746f6b656e7338c0843d42060880abcfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303831120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a4aecfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230383212086c756d656e2d37621a0e686172626f75722d6c6967687473200128e4ad033206746f6b656e7338c0843d420608c8b1cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128bacf013206746f6b656e7338c0843d420608ecb4cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230383512086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012896ba093206746f6b656e7338c0843d420608b4bbcfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230383712086c756d656e2d37621a0a6e6f7274682d77696e64200128f8a7033206746f6b656e7338c0843d420608fcc1cfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032303839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4c8cfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303930120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8cbcfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0d2cfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032303933120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4d5cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230393512086c756d656e2d37621a0e686172626f75722d6c69676874732001289792023206746f6b656e7338c0843d4206089cdccfd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032303936120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fffe1b420608c0dfcfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303230393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d8133206746f6b656e7338fbf60c420608e4e2cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303230393812086c756d656e2d37621a0e686172626f75722d6c6967687473200128d192033206746f6b656e7338c0843d42060888e6cfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303230393912086c756d656e2d37621a0a6e6f7274682d77696e64200128f2bc033206746f6b656e7338c0843d420608ace9cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231303212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128daec063206746f6b656e7338c0843d42060898f3cfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231303312086c756d656e2d37621a0a6e6f7274682d77696e64200128bc8f033206746f6b656e7338c0843d420608bcf6cfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231303412086c756d656e2d37621a0a6e6f7274682d77696e64200128ece3013206746f6b656e7338c0843d420608e0f9cfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231303512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128afd70f3206746f6b656e7338c0843d42060884fdcfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a7c10c3206746f6b656e7338c0843d420608b88dd0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032313132120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088094d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ffa4093206746f6b656e7338c0843d420608a497d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231313412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fcfa053206746f6b656e7338c0843d420608c89ad0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032313135120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ec9dd0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313138120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8a7d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231313912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e28c083206746f6b656e7338c0843d420608fcaad0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231323012086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288ba2103206746f6b656e7338c0843d420608a0aed0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231323112086c756d656e2d37621a0a6e6f7274682d77696e64200128a4a5013206746f6b656e7338c0843d420608c4b1d0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032313232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6ef13420608e8b4d0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303231323312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e0ca053206746f6b656e7338c0843d4206088cb8d0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231323412086c756d656e2d37621a0a6e6f7274682d77696e64200128ffff023206746f6b656e7338c0843d420608b0bbd0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231323512086c756d656e2d37621a0e686172626f75722d6c69676874732001289c8c033206746f6b656e7338c0843d420608d4bed0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231323612086c756d656e2d37621a0a6e6f7274682d77696e6420012889ae023206746f6b656e7338c0843d420608f8c1d0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032313237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cc5d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231323912086c756d656e2d37621a0e686172626f75722d6c6967687473200128e3f8023206746f6b656e7338c0843d420608e4cbd0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303231333112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f10f3206746f6b656e733896f51a420608acd2d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231333212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fc9d0a3206746f6b656e7338c0843d420608d0d5d0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303231333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b4193206746f6b656e7338e18508420608f4d8d0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ef90093206746f6b656e7338c0843d420608bcdfd0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032313337120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389da80c42060884e6d0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032313430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733899ce18420608f0efd0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303231343212086c756d656e2d37621a0a6e6f7274682d77696e64200128a5b9013206746f6b656e7338c0843d420608b8f6d0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313433120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcf9d0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303231343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fc143206746f6b656e733888eb1342060880fdd0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a480d1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032313436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b3e910420608c883d1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032313438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338daf70e420608908ad1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303231353012086c756d656e2d37621a0e686172626f75722d6c6967687473200128b18f023206746f6b656e7338c0843d420608d890d1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303231353112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d3123206746f6b656e7338b8b51c420608fc93d1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313532120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a097d1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231353312086c756d656e2d37621a0a6e6f7274682d77696e6420012895b1033206746f6b656e7338c0843d420608c49ad1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032313534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e89dd1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128fcaa033206746f6b656e7338c0843d4206088ca1d1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231363012086c756d656e2d37621a0a6e6f7274682d77696e64200128d8d1023206746f6b656e7338c0843d420608c0b1d1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303231363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e3103206746f6b656e7338adf60842060888b8d1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ddf0053206746f6b656e7338c0843d420608f4c1d1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313636120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060898c5d1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231363712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d6e2023206746f6b656e7338c0843d420608bcc8d1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032313638120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d6960d420608e0cbd1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032313639120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060884cfd1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231373012086c756d656e2d37621a0a6e6f7274682d77696e64200128c7bb023206746f6b656e7338c0843d420608a8d2d1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231373112086c756d656e2d37621a0a6e6f7274682d77696e64200128febe023206746f6b656e7338c0843d420608ccd5d1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313736120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060880e6d1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231373712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cadf0e3206746f6b656e7338c0843d420608a4e9d1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012883cf0c3206746f6b656e7338c0843d420608b4f6d1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383312086c756d656e2d37621a0e686172626f75722d6c69676874732001288aa8013206746f6b656e7338c0843d420608fcfcd1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383512086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289dc20c3206746f6b656e7338c0843d420608c483d2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c598073206746f6b656e7338c0843d420608e886d2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032313837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088c8ad2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c8d4073206746f6b656e7338c0843d420608b08dd2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231383912086c756d656e2d37621a0e686172626f75722d6c6967687473200128bd91033206746f6b656e7338c0843d420608d490d2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303231393112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a286083206746f6b656e7338c0843d4206089c97d2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303231393212086c756d656e2d37621a0a6e6f7274682d77696e64200128dab0023206746f6b656e7338c0843d420608c09ad2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032313937120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4aad2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032313939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d7c403420608bcb1d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032323032120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e89d10420608a8bbd2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303232303512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d5cc063206746f6b656e7338c0843d42060894c5d2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323036120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338effe0f420608b8c8d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303232303912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a1b4083206746f6b656e7338c0843d420608a4d2d2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323130120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8d5d2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232313112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f69c073206746f6b656e7338c0843d420608ecd8d2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323132120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060890dcd2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303232313612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ff103206746f6b656e7338afa712420608a0e9d2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232313712086c756d656e2d37621a0e686172626f75722d6c6967687473200128faee013206746f6b656e7338c0843d420608c4ecd2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032323138120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8efd2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303232313912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a7163206746f6b656e7338dfc4124206088cf3d2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323230120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0f6d2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032323233120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089c80d3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323234120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c0f514420608c083d3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303232323612086c756d656e2d37621a0e686172626f75722d6c6967687473200128d6b6033206746f6b656e7338c0843d420608888ad3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032323237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ac8dd3d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303232323912086c756d656e2d37621a0a6e6f7274682d77696e642001289dc8013206746f6b656e7338c0843d420608f493d3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232333012086c756d656e2d37621a0e686172626f75722d6c69676874732001288fc3023206746f6b656e7338c0843d4206089897d3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032323333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060884a1d3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323334120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8a4d3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323335120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608cca7d3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232333812086c756d656e2d37621a0e686172626f75722d6c6967687473200128c0e9013206746f6b656e7338c0843d420608b8b1d3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303232343012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328dd0c3206746f6b656e7338b4ff0542060880b8d3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733897f508420608ecc1d3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fb0c3206746f6b656e733886a40542060890c5d3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338efdd03420608b4c8d3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232343612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b70a3206746f6b656e7338ed9b04420608d8cbd3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323437120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcced3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323438120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a0d2d3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323439120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4d5d3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303232353012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ec113206746f6b656e7338bf9005420608e8d8d3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232353212086c756d656e2d37621a0e686172626f75722d6c6967687473200128a4ed023206746f6b656e7338c0843d420608b0dfd3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323533120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4e2d3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323538120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060888f3d3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323630120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0f9d3d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cadc03420608f4fcd3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032323632120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d5b6084206089880d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232363412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b9143206746f6b656e7338c0d513420608e086d4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303232363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e00b3206746f6b656e7338eeb616420608f093d4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323639120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089497d4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232373012086c756d656e2d37621a0e686172626f75722d6c6967687473200128afc0033206746f6b656e7338c0843d420608b89ad4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bebe1b42060880a1d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303232373512086c756d656e2d37621a0e686172626f75722d6c6967687473200128acf9023206746f6b656e7338c0843d420608ecaad4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323736120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389a960e42060890aed4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232373712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ba0f3206746f6b656e73388def18420608b4b1d4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c9f017420608d8b4d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232373912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df0c3206746f6b656e7338a2fe09420608fcb7d4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323831120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c4bed4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303232383312086c756d656e2d37621a0e686172626f75722d6c6967687473200128c6fa013206746f6b656e7338c0843d4206088cc5d4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303232383612086c756d656e2d37621a0a6e6f7274682d77696e64200128f3d3013206746f6b656e7338c0843d420608f8ced4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032323837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cd2d4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323838120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d2d91a420608c0d5d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303232383912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f5163206746f6b656e7338ccd611420608e4d8d4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303232393012086c756d656e2d37621a0a6e6f7274682d77696e64200128d5b1033206746f6b656e7338c0843d42060888dcd4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323934120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733888820742060898e9d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303232393512086c756d656e2d37621a0a6e6f7274682d77696e64200128d4af033206746f6b656e7338c0843d420608bcecd4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032323936120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d5f804420608e0efd4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303232393712086c756d656e2d37621a0a6e6f7274682d77696e64200128a69e023206746f6b656e7338c0843d42060884f3d4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323938120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8f6d4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032323939120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ccf9d4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333030120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338afca09420608f0fcd4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303233303212086c756d656e2d37621a0a6e6f7274682d77696e64200128fa90033206746f6b656e7338c0843d420608b883d5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233303312086c756d656e2d37621a0a6e6f7274682d77696e64200128d0d0023206746f6b656e7338c0843d420608dc86d5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233303412086c756d656e2d37621a0a6e6f7274682d77696e6420012887ae023206746f6b656e7338c0843d420608808ad5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bcfe093206746f6b656e7338c0843d420608ec93d5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233303912086c756d656e2d37621a0a6e6f7274682d77696e64200128d5d6023206746f6b656e7338c0843d420608b49ad5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333130120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e9d815420608d89dd5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303233313112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012893d8093206746f6b656e7338c0843d420608fca0d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bc850d3206746f6b656e7338c0843d420608a0a4d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233313312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b082083206746f6b656e7338c0843d420608c4a7d5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8aad5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233313512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328950a3206746f6b656e7338c4a10f4206088caed5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cbad08420608b0b1d5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303233313912086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012882820f3206746f6b656e7338c0843d4206089cbbd5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333230120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0bed5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233323212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e90d3206746f6b656e7338cd850942060888c5d5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333233120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acc8d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233323412086c756d656e2d37621a0e686172626f75722d6c6967687473200128f792023206746f6b656e7338c0843d420608d0cbd5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233323512086c756d656e2d37621a0a6e6f7274682d77696e642001288fe8013206746f6b656e7338c0843d420608f4ced5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f8861d42060898d2d5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303233323712086c756d656e2d37621a0e686172626f75722d6c69676874732001288ff6013206746f6b656e7338c0843d420608bcd5d5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233323812086c756d656e2d37621a0a6e6f7274682d77696e6420012894bf023206746f6b656e7338c0843d420608e0d8d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c1d30d3206746f6b656e7338c0843d42060884dcd5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233333012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128cde3073206746f6b656e7338c0843d420608a8dfd5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233333112086c756d656e2d37621a0e686172626f75722d6c6967687473200128e0df013206746f6b656e7338c0843d420608cce2d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233333212086c756d656e2d37621a0e686172626f75722d6c6967687473200128f7fc023206746f6b656e7338c0843d420608f0e5d5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233333412086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8eb023206746f6b656e7338c0843d420608b8ecd5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f1183206746f6b656e7338fc8706420608dcefd5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233333712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af103206746f6b656e7338889918420608a4f6d5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733893c907420608c8f9d5d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032333339120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d79908420608ecfcd5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032333430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089080d6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d886d6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333434120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a08dd6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233343512086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012891fd0a3206746f6b656e7338c0843d420608c490d6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e893d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233343712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328be0c3206746f6b656e7338cacb154206088c97d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233343812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b4153206746f6b656e73388aee05420608b09ad6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233343912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328891c3206746f6b656e733893bb08420608d49dd6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233353012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328950d3206746f6b656e7338f9900b420608f8a0d6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233353112086c756d656e2d37621a0a6e6f7274682d77696e642001289f8c033206746f6b656e7338c0843d4206089ca4d6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233353212086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012889930e3206746f6b656e7338c0843d420608c0a7d6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233353312086c756d656e2d37621a0a6e6f7274682d77696e642001289296013206746f6b656e7338c0843d420608e4aad6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233353412086c756d656e2d37621a0a6e6f7274682d77696e64200128a4d4013206746f6b656e7338c0843d42060888aed6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233353612086c756d656e2d37621a0e686172626f75722d6c6967687473200128ca8e023206746f6b656e7338c0843d420608d0b4d6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e9e9073206746f6b656e7338c0843d420608f4b7d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233353812086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289c163206746f6b656e7338f0d20742060898bbd6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233353912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e1193206746f6b656e7338f08008420608bcbed6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333630120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0c1d6d7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a332c224163636570746564223a3530302c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (4, 'lumen-ai', 'demo', 4, 1796290544283, 428, '\x080412540a0b64656d6f2d303032333632120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8c8d6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333633120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608cccbd6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aee20442060894d2d6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032333636120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8d5d6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333637120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcd8d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b2103206746f6b656e7338e8db1d42060880dcd6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233363912086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288e123206746f6b656e7338e6c00f420608a4dfd6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fb8c093206746f6b656e7338c0843d42060890e9d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233373312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032891173206746f6b656e73388df216420608b4ecd6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a1ae103206746f6b656e7338c0843d420608d8efd6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333735120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338abf003420608fcf2d6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303233373712086c756d656e2d37621a0a6e6f7274682d77696e6420012892b8033206746f6b656e7338c0843d420608c4f9d6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233373912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af133206746f6b656e7338f48f1c4206088c80d7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032333830120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b083d7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233383312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f1ca0f3206746f6b656e7338c0843d4206089c8dd7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333834120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c090d7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333835120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e493d7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088897d7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032333837120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ac9ad7d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303233383812086c756d656e2d37621a0a6e6f7274682d77696e6420012896bf023206746f6b656e7338c0843d420608d09dd7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bd143206746f6b656e7338fda51842060898a4d7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303233393112086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289c0c3206746f6b656e73388bfe0f420608bca7d7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333934120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a5af14420608a8b1d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303233393512086c756d656e2d37621a0a6e6f7274682d77696e642001289ac2013206746f6b656e7338c0843d420608ccb4d7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032333937120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bea11442060894bbd7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303233393812086c756d656e2d37621a0a6e6f7274682d77696e64200128dcf8023206746f6b656e7338c0843d420608b8bed7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303233393912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fcdb0f3206746f6b656e7338c0843d420608dcc1d7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d6c90a3206746f6b656e7338c0843d42060880c5d7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234303212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c9113206746f6b656e7338fb8211420608c8cbd7d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343033120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecced7d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f7ab0a3206746f6b656e7338c0843d420608fcdbd7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b3b805420608a0dfd7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303234313012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d5153206746f6b656e7338b78704420608e8e5d7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343131120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d896034206088ce9d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303234313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128a5f6073206746f6b656e7338c0843d420608b0ecd7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343133120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4efd7d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f8f2d7d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343135120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338ada0044206089cf6d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032343136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0f9d7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234313712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f40f3206746f6b656e7338ebe31d420608e4fcd7d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234313812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e8173206746f6b656e733897970b4206088880d8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234323212086c756d656e2d37621a0e686172626f75722d6c6967687473200128e8b3033206746f6b656e7338c0843d420608988dd8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234323412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012880f60f3206746f6b656e7338c0843d420608e093d8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343236120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389a880c420608a89ad8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032343238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0a0d8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234323912086c756d656e2d37621a0e686172626f75722d6c6967687473200128cdd2033206746f6b656e7338c0843d42060894a4d8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234333012086c756d656e2d37621a0a6e6f7274682d77696e64200128edc5023206746f6b656e7338c0843d420608b8a7d8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234333212086c756d656e2d37621a0a6e6f7274682d77696e64200128c4b9023206746f6b656e7338c0843d42060880aed8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343335120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ecb7d8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343336120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060890bbd8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234333712086c756d656e2d37621a0e686172626f75722d6c6967687473200128c8c0033206746f6b656e7338c0843d420608b4bed8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234333812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128be8a073206746f6b656e7338c0843d420608d8c1d8d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343339120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608fcc4d8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343431120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4cbd8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088cd2d8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343434120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0d5d8d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f8dbd8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388fe4114206089cdfd8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303234343812086c756d656e2d37621a0a6e6f7274682d77696e64200128de8b023206746f6b656e7338c0843d420608c0e2d8d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343531120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b0bb06420608acecd8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303234353212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a5193206746f6b656e7338aac317420608d0efd8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234353312086c756d656e2d37621a0a6e6f7274682d77696e64200128b4b1033206746f6b656e7338c0843d420608f4f2d8d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234353412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ea9e0e3206746f6b656e7338c0843d42060898f6d8d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234353612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328de0e3206746f6b656e7338f4b608420608e0fcd8d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234353712086c756d656e2d37621a0a6e6f7274682d77696e64200128aa99013206746f6b656e7338c0843d4206088480d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343539120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608cc86d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343631120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608948dd9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234363212086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288b93103206746f6b656e7338c0843d420608b890d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343633120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dc93d9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234363512086c756d656e2d37621a0e686172626f75722d6c6967687473200128f1ab033206746f6b656e7338c0843d420608a49ad9d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032343636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338aade0a420608c89dd9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032343637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608eca0d9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c1e0083206746f6b656e7338c0843d42060890a4d9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234363912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eac00b3206746f6b656e7338c0843d420608b4a7d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343730120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8aad9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234373112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b2193206746f6b656e7338cdf709420608fcadd9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234373212086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288483063206746f6b656e7338c0843d420608a0b1d9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234373412086c756d656e2d37621a0a6e6f7274682d77696e6420012886bb033206746f6b656e7338c0843d420608e8b7d9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234373512086c756d656e2d37621a0a6e6f7274682d77696e64200128de89033206746f6b656e7338c0843d4206088cbbd9d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303234373612086c756d656e2d37621a0a6e6f7274682d77696e64200128d187023206746f6b656e7338c0843d420608b0bed9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343737120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4c1d9d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303234383012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cf0e3206746f6b656e7338afdb18420608c0cbd9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234383112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eba6063206746f6b656e7338c0843d420608e4ced9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343832120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060888d2d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343833120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acd5d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343834120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0d8d9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234383512086c756d656e2d37621a0e686172626f75722d6c69676874732001289891023206746f6b656e7338c0843d420608f4dbd9d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032343836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898dfd9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343838120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0e5d9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234383912086c756d656e2d37621a0e686172626f75722d6c6967687473200128a1d9013206746f6b656e7338c0843d42060884e9d9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343930120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8ecd9d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032343935120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcfcd9d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303234393812086c756d656e2d37621a0e686172626f75722d6c6967687473200128ceed023206746f6b656e7338c0843d420608c886dad7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235303012086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289e113206746f6b656e7338cde91d420608908ddad7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353031120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573388e8f05420608b490dad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303235303212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128b0de063206746f6b656e7338c0843d420608d893dad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235303412086c756d656e2d37621a0a6e6f7274682d77696e64200128bbca013206746f6b656e7338c0843d420608a09adad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235303712086c756d656e2d37621a0e686172626f75722d6c6967687473200128f6b8023206746f6b656e7338c0843d4206088ca4dad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235303812086c756d656e2d37621a0a6e6f7274682d77696e64200128868d023206746f6b656e7338c0843d420608b0a7dad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353130120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8addad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353134120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888bbdad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353135120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608acbedad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235313812086c756d656e2d37621a0a6e6f7274682d77696e6420012887e9023206746f6b656e7338c0843d42060898c8dad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235323012086c756d656e2d37621a0a6e6f7274682d77696e64200128dc8d023206746f6b656e7338c0843d420608e0cedad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353236120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b8e2dad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235323712086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289ab10f3206746f6b656e7338c0843d420608dce5dad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235323812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d9f2093206746f6b656e7338c0843d42060880e9dad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235323912086c756d656e2d37621a0e686172626f75722d6c69676874732001289895023206746f6b656e7338c0843d420608a4ecdad7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235333112086c756d656e2d37621a0a6e6f7274682d77696e642001288e90033206746f6b656e7338c0843d420608ecf2dad7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353334120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8fcdad7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353335120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcffdad7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235333612086c756d656e2d37621a0e686172626f75722d6c6967687473200128c2b9033206746f6b656e7338c0843d420608a083dbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e889dbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353339120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088c8ddbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235343012086c756d656e2d37621a0e74696465732d6f662d6c61676f732001288693063206746f6b656e7338c0843d420608b090dbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235343112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b40c3206746f6b656e733893bc10420608d493dbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f7aa0a420608f896dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303235343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f0dd093206746f6b656e7338c0843d4206089c9adbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b5173206746f6b656e73388be609420608c09ddbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e4a0dbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235343712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e9aa0c3206746f6b656e7338c0843d420608aca7dbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235343812086c756d656e2d37621a0a6e6f7274682d77696e642001289797023206746f6b656e7338c0843d420608d0aadbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353439120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4addbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898b1dbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235353112086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288b0d3206746f6b656e733896ca0e420608bcb4dbd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353532120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0b7dbd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235353312086c756d656e2d37621a0a6e6f7274682d77696e64200128dbd3013206746f6b656e7338c0843d42060884bbdbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235353412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dba9083206746f6b656e7338c0843d420608a8bedbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235353612086c756d656e2d37621a0e686172626f75722d6c6967687473200128f2f8013206746f6b656e7338c0843d420608f0c4dbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dccedbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353630120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733896f11b42060880d2dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032353631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a4d5dbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f7b8103206746f6b656e7338c0843d420608c8d8dbd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235363312086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012885c30c3206746f6b656e7338c0843d420608ecdbdbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353634120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e9dd1742060890dfdbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032353635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b4e2dbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353636120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c0f00e420608d8e5dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032353637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b5e111420608fce8dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303235363812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c20c3206746f6b656e7338f0fb04420608a0ecdbd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0f9dbd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235373312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328df153206746f6b656e7338d7e00c420608d4fcdbd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032353734120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338df981e420608f8ffdbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303235373512086c756d656e2d37621a0a6e6f7274682d77696e64200128d3d4013206746f6b656e7338c0843d4206089c83dcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235373612086c756d656e2d37621a0e74696465732d6f662d6c61676f7320012887a40c3206746f6b656e7338c0843d420608c086dcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235373712086c756d656e2d37621a0a6e6f7274682d77696e64200128eaf1013206746f6b656e7338c0843d420608e489dcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235373812086c756d656e2d37621a0e686172626f75722d6c6967687473200128bfad033206746f6b656e7338c0843d420608888ddcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235383012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b00f3206746f6b656e7338b9f111420608d093dcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235383212086c756d656e2d37621a0a6e6f7274682d77696e64200128bdfa023206746f6b656e7338c0843d420608989adcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235383412086c756d656e2d37621a0a6e6f7274682d77696e64200128efbb013206746f6b656e7338c0843d420608e0a0dcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235383612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c6d00d3206746f6b656e7338c0843d420608a8a7dcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235383712086c756d656e2d37621a0e686172626f75722d6c6967687473200128f1ec023206746f6b656e7338c0843d420608ccaadcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c80f3206746f6b656e7338bed209420608f0addcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060894b1dcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303235393012086c756d656e2d37621a0a6e6f7274682d77696e64200128fcc5013206746f6b656e7338c0843d420608b8b4dcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353931120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcb7dcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353932120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060880bbdcd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032353933120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a4bedcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353934120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8c1dcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303235393612086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032884103206746f6b656e733893b00c42060890c8dcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032353937120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4cbdcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303235393812086c756d656e2d37621a0e686172626f75722d6c6967687473200128faa2023206746f6b656e7338c0843d420608d8cedcd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236303112086c756d656e2d37621a0e686172626f75722d6c6967687473200128ecbc023206746f6b656e7338c0843d420608c4d8dcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363032120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e8dbdcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236303312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bb183206746f6b656e7338bdf51a4206088cdfdcd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363035120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d4e5dcd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236303712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ec143206746f6b656e7338c6af124206089cecdcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363038120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b7cd0e420608c0efdcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303236303912086c756d656e2d37621a0e686172626f75722d6c6967687473200128aed4023206746f6b656e7338c0843d420608e4f2dcd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363131120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338879d03420608acf9dcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303236313212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f9133206746f6b656e7338c0c309420608d0fcdcd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236313412086c756d656e2d37621a0a6e6f7274682d77696e64200128e686023206746f6b656e7338c0843d4206089883ddd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032363136120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e089ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363138120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a890ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363139120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608cc93ddd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236323012086c756d656e2d37621a0e686172626f75722d6c6967687473200128bca9023206746f6b656e7338c0843d420608f096ddd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236323112086c756d656e2d37621a0a6e6f7274682d77696e642001289ff5013206746f6b656e7338c0843d420608949addd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363232120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c7d11c420608b89dddd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303236323312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c9ef053206746f6b656e7338c0843d420608dca0ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363235120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4a7ddd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c4bd17420608ecadddd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303236323812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c0163206746f6b656e7338a7e91c42060890b1ddd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236323912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b70f3206746f6b656e73389af907420608b4b4ddd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236333012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328de0b3206746f6b656e733896dc03420608d8b7ddd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236333212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ce173206746f6b656e7338f19c1d420608a0beddd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338afcd19420608c4c1ddd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303236333412086c756d656e2d37621a0e686172626f75722d6c696768747320012893fa023206746f6b656e7338c0843d420608e8c4ddd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236333512086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289f173206746f6b656e7338b8a0094206088cc8ddd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236333612086c756d656e2d37621a0a6e6f7274682d77696e642001288def023206746f6b656e7338c0843d420608b0cbddd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236333712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ff113206746f6b656e7338f19218420608d4ceddd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236333812086c756d656e2d37621a0a6e6f7274682d77696e64200128ada6013206746f6b656e7338c0843d420608f8d1ddd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236343112086c756d656e2d37621a0a6e6f7274682d77696e64200128eaf6013206746f6b656e7338c0843d420608e4dbddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363434120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0e5ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363435120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f4e8ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363438120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0f2ddd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236343912086c756d656e2d37621a0a6e6f7274682d77696e642001289fa1023206746f6b656e7338c0843d42060884f6ddd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363530120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a8f9ddd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236353112086c756d656e2d37621a0e686172626f75722d6c6967687473200128eafc023206746f6b656e7338c0843d420608ccfcddd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032363532120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0ffddd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236353512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e38d083206746f6b656e7338c0843d420608dc89ded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236353612086c756d656e2d37621a0e686172626f75722d6c69676874732001288aa4033206746f6b656e7338c0843d420608808dded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d69c093206746f6b656e7338c0843d420608a490ded7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032363538120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c893ded7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363630120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6b605420608909aded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303236363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a30b3206746f6b656e7338dcbe16420608d8a0ded7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236363312086c756d656e2d37621a0a6e6f7274682d77696e6420012881b5013206746f6b656e7338c0843d420608fca3ded7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032363634120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0a7ded7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032363637120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206088cb1ded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236363812086c756d656e2d37621a0e686172626f75722d6c69676874732001289a98023206746f6b656e7338c0843d420608b0b4ded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bca3103206746f6b656e7338c0843d420608f8baded7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236373112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328970e3206746f6b656e7338f3f3084206089cbeded7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363732120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d3811b420608c0c1ded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032363733120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4c4ded7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363734120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c2f31b42060888c8ded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303236373512086c756d656e2d37621a0e686172626f75722d6c6967687473200128e6f8023206746f6b656e7338c0843d420608accbded7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236373712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328da153206746f6b656e7338d8c711420608f4d1ded7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236373812086c756d656e2d37621a0a6e6f7274682d77696e64200128e9b1013206746f6b656e7338c0843d42060898d5ded7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236383112086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032895133206746f6b656e733899e90642060884dfded7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303236383212086c756d656e2d37621a0a6e6f7274682d77696e64200128efa0023206746f6b656e7338c0843d420608a8e2ded7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363833120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608cce5ded7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236383412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a11b3206746f6b656e7338c4b90f420608f0e8ded7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236383512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a4143206746f6b656e733880f01b42060894ecded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236383712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d8fe0f3206746f6b656e7338c0843d420608dcf2ded7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032363930120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8fcded7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303236393512086c756d656e2d37621a0e74696465732d6f662d6c61676f732001289bd30b3206746f6b656e7338c0843d420608fc8cdfd7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303236393612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f2183206746f6b656e73389bb20b420608a090dfd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032363937120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d39603420608c493dfd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032363938120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dfbb13420608e896dfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303237303012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ca9e0d3206746f6b656e7338c0843d420608b09ddfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237303312086c756d656e2d37621a0e686172626f75722d6c6967687473200128f2c9023206746f6b656e7338c0843d4206089ca7dfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373034120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c0aadfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237303612086c756d656e2d37621a0a6e6f7274682d77696e64200128e09e023206746f6b656e7338c0843d42060888b1dfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373037120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acb4dfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237303912086c756d656e2d37621a0a6e6f7274682d77696e6420012889a5023206746f6b656e7338c0843d420608f4badfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237313112086c756d656e2d37621a0e686172626f75722d6c696768747320012891ce013206746f6b656e7338c0843d420608bcc1dfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373132120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0c4dfd7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237313412086c756d656e2d37621a0e686172626f75722d6c696768747320012891a9013206746f6b656e7338c0843d420608a8cbdfd7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373137120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dbf00842060894d5dfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032373139120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcdbdfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880dfdfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237323112086c756d656e2d37621a0a6e6f7274682d77696e64200128aeb4023206746f6b656e7338c0843d420608a4e2dfd7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373234120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060890ecdfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373237120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcf5dfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373238120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0f9dfd7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373330120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608e8ffdfd7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237333112086c756d656e2d37621a0a6e6f7274682d77696e642001289487023206746f6b656e7338c0843d4206088c83e0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f3c51b420608b086e0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032373333120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d489e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237333412086c756d656e2d37621a0e686172626f75722d6c6967687473200128b3c6023206746f6b656e7338c0843d420608f88ce0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237333512086c756d656e2d37621a0e686172626f75722d6c6967687473200128d5b8023206746f6b656e7338c0843d4206089c90e0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373338120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733885c40f420608889ae0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303237333912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d7ef013206746f6b656e7338c0843d420608ac9de0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237343112086c756d656e2d37621a0e686172626f75722d6c696768747320012890bc023206746f6b656e7338c0843d420608f4a3e0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060898a7e0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608bcaae0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303237343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328881c3206746f6b656e7338a9dc13420608e0ade0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237343812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d3820d3206746f6b656e7338c0843d420608f0bae0d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237343912086c756d656e2d37621a0a6e6f7274682d77696e64200128a2d6023206746f6b656e7338c0843d42060894bee0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373530120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d7f619420608b8c1e0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032373531120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608dcc4e0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373535120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ecd1e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237353612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d5fb063206746f6b656e7338c0843d42060890d5e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237353712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c5c10b3206746f6b656e7338c0843d420608b4d8e0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373538120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8dbe0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237353912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d9f3073206746f6b656e7338c0843d420608fcdee0d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303237363012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d2193206746f6b656e73389ba30b420608a0e2e0d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373631120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4e5e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c3c3073206746f6b656e7338c0843d420608e8e8e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237363312086c756d656e2d37621a0e686172626f75722d6c6967687473200128a2c6013206746f6b656e7338c0843d4206088cece0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373634120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dc9214420608b0efe0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032373635120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c9c50d420608d4f2e0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303237363612086c756d656e2d37621a0e686172626f75722d6c6967687473200128f1b5013206746f6b656e7338c0843d420608f8f5e0d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237363712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d09c013206746f6b656e7338c0843d4206089cf9e0d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373639120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4ffe0d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373730120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b382084206088883e1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303237373212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f6840d3206746f6b656e7338c0843d420608d089e1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303237373412086c756d656e2d37621a0e74696465732d6f662d6c61676f732003289b153206746f6b656e7338d18f104206089890e1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373735120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608bc93e1d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303237373812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328cb0d3206746f6b656e7338d2da17420608a89de1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0a3e1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373831120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894a7e1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373832120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b8aae1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303237383312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c7ad0f3206746f6b656e7338c0843d420608dcade1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373835120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4b4e1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032373836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d8931b420608c8b7e1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303237383812086c756d656e2d37621a0a6e6f7274682d77696e642001289cc5023206746f6b656e7338c0843d42060890bee1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373839120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b4c1e1d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303237393012086c756d656e2d37621a0a6e6f7274682d77696e642001289ed9023206746f6b656e7338c0843d420608d8c4e1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373931120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608fcc7e1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032373936120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b0d8e1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032373938120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8dee1d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383030120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c0e5e1d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383031120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4e8e1d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238303212086c756d656e2d37621a0e686172626f75722d6c6967687473200128b5ab033206746f6b656e7338c0843d42060888ece1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338eed41a420608acefe1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303238303812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328af1a3206746f6b656e7338d9b40f420608e0ffe1d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383039120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d61676573389da20d4206088483e2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032383130120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a886e2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238313112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fdda0c3206746f6b656e7338c0843d420608cc89e2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383132120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c9f70d420608f08ce2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032383133120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206089490e2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238313512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eabc0d3206746f6b656e7338c0843d420608dc96e2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383136120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608809ae2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383138120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8a0e2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383139120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733882d61a420608eca3e2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032383230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890a7e2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238323212086c756d656e2d37621a0e686172626f75722d6c6967687473200128cfe2013206746f6b656e7338c0843d420608d8ade2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238323312086c756d656e2d37621a0e686172626f75722d6c696768747320012896bc013206746f6b656e7338c0843d420608fcb0e2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383234120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0b4e2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383235120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e48e09420608c4b7e2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303238323812086c756d656e2d37621a0a6e6f7274682d77696e64200128a5ac033206746f6b656e7338c0843d420608b0c1e2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383239120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d4c4e2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303238333012086c756d656e2d37621a0a6e6f7274682d77696e64200128e8a6033206746f6b656e7338c0843d420608f8c7e2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238333212086c756d656e2d37621a0e686172626f75722d6c6967687473200128f885033206746f6b656e7338c0843d420608c0cee2d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e2b0103206746f6b656e7338c0843d420608e4d1e2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383336120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0dbe2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303238333812086c756d656e2d37621a0a6e6f7274682d77696e64200128a5c8023206746f6b656e7338c0843d42060898e2e2d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383430120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e0e8e2d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303238343112086c756d656e2d37621a0a6e6f7274682d77696e64200128a9bd023206746f6b656e7338c0843d42060884ece2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383433120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608ccf2e2d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238343412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e51a3206746f6b656e733887ce05420608f0f5e2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383435120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060894f9e2d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383436120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b8fce2d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383437120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338a68d06420608dcffe2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032383438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d616765733881bb134206088083e3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303238343912086c756d656e2d37621a0e686172626f75722d6c6967687473200128d4af013206746f6b656e7338c0843d420608a486e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238353012086c756d656e2d37621a0e686172626f75722d6c6967687473200128c08d033206746f6b656e7338c0843d420608c889e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238353112086c756d656e2d37621a0e686172626f75722d6c6967687473200128dde1023206746f6b656e7338c0843d420608ec8ce3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238353212086c756d656e2d37621a0e686172626f75722d6c6967687473200128b6d7023206746f6b656e7338c0843d4206089090e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238353512086c756d656e2d37621a0e686172626f75722d6c6967687473200128b8e2023206746f6b656e7338c0843d420608fc99e3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608c4a0e3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238353812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b20f3206746f6b656e733893920d420608e8a3e3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238363112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d0193206746f6b656e7338fbb30f420608d4ade3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383632120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608f8b0e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238363412086c756d656e2d37621a0e686172626f75722d6c6967687473200128f486023206746f6b656e7338c0843d420608c0b7e3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238363612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ed1a3206746f6b656e7338958d0c42060888bee3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238363912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fc0e3206746f6b656e7338c7dd18420608f4c7e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238373112086c756d656e2d37621a0e686172626f75722d6c6967687473200128f8c3023206746f6b656e7338c0843d420608bccee3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238373412086c756d656e2d37621a0e74696465732d6f662d6c61676f732003288e173206746f6b656e7338eeb60d420608a8d8e3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238373612086c756d656e2d37621a0e686172626f75722d6c696768747320012881d0013206746f6b656e7338c0843d420608f0dee3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238373812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bf093206746f6b656e7338aff606420608b8e5e3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383739120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608dce8e3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383830120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060880ece3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383831120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608a4efe3d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238383212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d49f103206746f6b656e7338c0843d420608c8f2e3d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383833120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecf5e3d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383836120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d8ffe3d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238383712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d5153206746f6b656e7338edd30b420608fc82e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238383812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128c7d7073206746f6b656e7338c0843d420608a086e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303238393012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eef60b3206746f6b656e7338c0843d420608e88ce4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032383931120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088c90e4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383932120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f6e711420608b093e4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303238393312086c756d656e2d37621a0a6e6f7274682d77696e64200128dade023206746f6b656e7338c0843d420608d496e4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032383935120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089c9de4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303238393712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bb0c3206746f6b656e7338bae016420608e4a3e4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032383939120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e8ce08420608acaae4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303239303012086c756d656e2d37621a0e686172626f75722d6c6967687473200128a1f8013206746f6b656e7338c0843d420608d0ade4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393031120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338b4c904420608f4b0e4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303239303212086c756d656e2d37621a0e686172626f75722d6c6967687473200128c897023206746f6b656e7338c0843d42060898b4e4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393033120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338cbca12420608bcb7e4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303239303412086c756d656e2d37621a0e686172626f75722d6c696768747320012881a6023206746f6b656e7338c0843d420608e0bae4d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393035120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fcaf0b42060884bee4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012530a0b64656d6f2d30303239303612086c756d656e2d37621a0a6e6f7274682d77696e64200128c282023206746f6b656e7338c0843d420608a8c1e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239303712086c756d656e2d37621a0e686172626f75722d6c6967687473200128bdcb033206746f6b656e7338c0843d420608ccc4e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239313112086c756d656e2d37621a0e686172626f75722d6c6967687473200128a8a9013206746f6b656e7338c0843d420608dcd1e4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239313312086c756d656e2d37621a0a6e6f7274682d77696e6420012885de013206746f6b656e7338c0843d420608a4d8e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239313412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128ad90063206746f6b656e7338c0843d420608c8dbe4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393135120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608ecdee4d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393136120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d42060890e2e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239313912086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128dc850a3206746f6b656e7338c0843d420608fcebe4d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393230120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608a0efe4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239323112086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328e6123206746f6b656e7338a1c810420608c4f2e4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239323212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128fdb3103206746f6b656e7338c0843d420608e8f5e4d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239323312086c756d656e2d37621a0a6e6f7274682d77696e64200128d7e2023206746f6b656e7338c0843d4206088cf9e4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239323412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328fc0a3206746f6b656e7338fec908420608b0fce4d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239323512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328a80f3206746f6b656e7338b88c1e420608d4ffe4d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239323712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128d6db073206746f6b656e7338c0843d4206089c86e5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239323912086c756d656e2d37621a0a6e6f7274682d77696e64200128fdf6023206746f6b656e7338c0843d420608e48ce5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393330120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d4206088890e5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393332120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608d096e5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239333312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328ea0f3206746f6b656e7338e6f11d420608f499e5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239333512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328bd143206746f6b656e7338e5e813420608bca0e5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239333712086c756d656e2d37621a0e686172626f75722d6c6967687473200128bb82033206746f6b656e7338c0843d42060884a7e5d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239333812086c756d656e2d37621a0a6e6f7274682d77696e64200128a495023206746f6b656e7338c0843d420608a8aae5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393339120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d8c014420608ccade5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032393430120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608f0b0e5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393432120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608b8b7e5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239343312086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328b70b3206746f6b656e7338be8606420608dcbae5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393434120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338fd851242060880bee5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032393436120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608c8c4e5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393438120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338dcb70a42060890cbe5d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032393439120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338bdcb1d420608b4cee5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012540a0b64656d6f2d303032393530120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d8d1e5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239353212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128eef3083206746f6b656e7338c0843d420608a0d8e5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393534120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338deaa1c420608e8dee5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012570a0b64656d6f2d30303239353612086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128f4c8063206746f6b656e7338c0843d420608b0e5e5d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393537120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338e9c113420608d4e8e5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012560a0b64656d6f2d30303239353812086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f3173206746f6b656e733885a918420608f8ebe5d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393539120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d4206089cefe5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239363012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328f50e3206746f6b656e7338eaa41c420608c0f2e5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393631120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608e4f5e5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239363212086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328d60a3206746f6b656e7338fcce0f42060888f9e5d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393633120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608acfce5d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239363412086c756d656e2d37621a0e74696465732d6f662d6c61676f7320032881183206746f6b656e7338e6bb0e420608d0ffe5d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239363512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128918a083206746f6b656e7338c0843d420608f482e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239363712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128efe2063206746f6b656e7338c0843d420608bc89e6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239373012086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328951b3206746f6b656e7338ee9f1b420608a893e6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393731120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d420608cc96e6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239373312086c756d656e2d37621a0a6e6f7274682d77696e64200128d7a5033206746f6b656e7338c0843d420608949de6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239373412086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128bea7063206746f6b656e7338c0843d420608b8a0e6d7064a0f636f727075732d6d616e69666573745203312e3012580a0b64656d6f2d303032393736120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060880a7e6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393737120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338f2e91d420608a4aae6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032393738120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338c5e515420608c8ade6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125c0a0b64656d6f2d303032393739120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338afa61d420608ecb0e6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032393830120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060890b4e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239383412086c756d656e2d37621a0e686172626f75722d6c696768747320012886d7013206746f6b656e7338c0843d420608a0c1e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239383512086c756d656e2d37621a0e74696465732d6f662d6c61676f73200128e6bf063206746f6b656e7338c0843d420608c4c4e6d7064a0f636f727075732d6d616e69666573745203312e3012560a0b64656d6f2d30303239383712086c756d656e2d37621a0e74696465732d6f662d6c61676f73200328c80b3206746f6b656e7338e78c094206088ccbe6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393838120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608b0cee6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239383912086c756d656e2d37621a0e686172626f75722d6c6967687473200128f0f9023206746f6b656e7338c0843d420608d4d1e6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239393012086c756d656e2d37621a0a6e6f7274682d77696e64200128c7fe013206746f6b656e7338c0843d420608f8d4e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239393112086c756d656e2d37621a0e686172626f75722d6c696768747320012887fd023206746f6b656e7338c0843d4206089cd8e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239393212086c756d656e2d37621a0e686172626f75722d6c6967687473200128c6b0023206746f6b656e7338c0843d420608c0dbe6d7064a0f636f727075732d6d616e69666573745203312e30125c0a0b64656d6f2d303032393933120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200428013206696d6167657338d9e318420608e4dee6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012580a0b64656d6f2d303032393934120c6c756d656e2d766973696f6e1a0d666f7865732d61742d6475736b200128013206696d6167657338c0843d42060888e2e6d7064a0f636f727075732d6d616e69666573745203312e3012530a0b64656d6f2d30303239393512086c756d656e2d37621a0a6e6f7274682d77696e64200128d0a1023206746f6b656e7338c0843d420608ace5e6d7064a0f636f727075732d6d616e69666573745203312e3012540a0b64656d6f2d303032393936120c6c756d656e2d766973696f6e1a09666a6f72642d35616d200128013206696d6167657338c0843d420608d0e8e6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239393712086c756d656e2d37621a0e686172626f75722d6c6967687473200128d19d023206746f6b656e7338c0843d420608f4ebe6d7064a0f636f727075732d6d616e69666573745203312e3012570a0b64656d6f2d30303239393912086c756d656e2d37621a0e686172626f75722d6c6967687473200128a0e2023206746f6b656e7338c0843d420608bcf2e6d7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a342c224163636570746564223a3432382c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (5, 'quill-labs', 'demo', 1, 1796290544388, 500, '\x080112600a0b64656d6f2d303030303031120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a09105420608a4859ad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303032120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4093206746f6b656e7338fda414420608c8889ad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030303037120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b2e31b420608fc989ad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303130120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389fa507420608e8a29ad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303131120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ec9c064206088ca69ad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030303136120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c8fd033206746f6b656e7338c0843d420608c0b69ad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303231120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733892f203420608f4c69ad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303236120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e2093206746f6b656e7338e59309420608a8d79ad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030303237120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bea214420608ccda9ad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303330120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389bdc1c420608b8e49ad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030303332120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fcbb043206746f6b656e7338c0843d42060880eb9ad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030303337120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cdd715420608b4fb9ad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030303430120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fda5033206746f6b656e7338c0843d420608a0859bd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338af9318420608e88b9bd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e1033206746f6b656e733894e20d420608f8989bd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303438120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c7083206746f6b656e733882fa11420608c09f9bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030303439120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dcbd16420608e4a29bd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030303532120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289681023206746f6b656e7338c0843d420608d0ac9bd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303533120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cb9717420608f4af9bd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030303536120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e4d90e420608e0b99bd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303630120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3083206746f6b656e7338a5a11c420608f0c69bd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303631120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c7063206746f6b656e7338feaf1042060894ca9bd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303637120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4073206746f6b656e7338dcd31b420608ecdd9bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030303639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c3ee0b420608b4e49bd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303730120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733897a90c420608d8e79bd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303735120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a1053206746f6b656e7338c9b3084206088cf89bd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030303736120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fa881a420608b0fb9bd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303738120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6e109420608f8819cd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030303830120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b5ff033206746f6b656e7338c0843d420608c0889cd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030303831120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b18619420608e48b9cd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030303832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6ef14420608888f9cd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030303836120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a7063206746f6b656e733899f91c420608989c9cd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303839120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ac083206746f6b656e7338f5b00d42060884a69cd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303935120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289a043206746f6b656e733889f00b420608dcb99cd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030303938120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288a063206746f6b656e7338b6c116420608c8c39cd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030303939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338eee41d420608ecc69cd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313034120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042885053206746f6b656e7338dab917420608a0d79cd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030313036120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f2bd08420608e8dd9cd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fa90114206089cee9cd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313139120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388fb310420608bc889dd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313231120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7043206746f6b656e7338d0d410420608848f9dd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030313234120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ba073206746f6b656e7338a8940b420608f0989dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030313236120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338afef09420608b89f9dd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313237120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338968613420608dca29dd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313238120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388ea01442060880a69dd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313239120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228edcb043206746f6b656e7338c0843d420608a4a99dd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313330120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042889063206746f6b656e7338babd1d420608c8ac9dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030313331120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d5910b420608ecaf9dd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313334120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388ed819420608d8b99dd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313337120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b9d6023206746f6b656e7338c0843d420608c4c39dd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313430120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bc053206746f6b656e73388b9804420608b0cd9dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030313431120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b79e18420608d4d09dd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313437120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f1093206746f6b656e7338f99a0c420608ace49dd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030313438120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f9ee0a420608d0e79dd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313530120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cac2043206746f6b656e7338c0843d42060898ee9dd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f4d10c420608bcf19dd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313532120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042896063206746f6b656e7338d08a13420608e0f49dd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030313537120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042883063206746f6b656e733892d61242060894859ed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030313538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b0ec043206746f6b656e7338c0843d420608b8889ed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313630120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a49f06420608808f9ed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313631120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bcd004420608a4929ed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313632120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288993033206746f6b656e7338c0843d420608c8959ed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313633120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d89408420608ec989ed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313634120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cfd215420608909c9ed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313636120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e8cc043206746f6b656e7338c0843d420608d8a29ed7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030313733120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bb073206746f6b656e7338979b14420608d4b99ed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030313735120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042893053206746f6b656e7338c7a7174206089cc09ed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030313736120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289c073206746f6b656e7338809f12420608c0c39ed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030313737120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a9083206746f6b656e7338a9841c420608e4c69ed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030313835120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fa960442060884e19ed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030313930120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228afb8043206746f6b656e7338c0843d420608b8f19ed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030313931120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e4b10b420608dcf49ed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313935120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ccc205420608ec819fd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313937120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cd9812420608b4889fd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030313938120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338aad914420608d88b9fd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733892cd0f420608c0ac9fd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323133120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733887e505420608f4bc9fd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323135120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d8f610420608bcc39fd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030323137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ac0a3206746f6b656e7338d5ff1b42060884ca9fd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030323138120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428df053206746f6b656e7338ffdc14420608a8cd9fd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030323232120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022888b5033206746f6b656e7338c0843d420608b8da9fd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323233120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b4bb033206746f6b656e7338c0843d420608dcdd9fd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030323236120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733894ab1a420608c8e79fd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323332120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228dd86033206746f6b656e7338c0843d420608a0fb9fd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030323334120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a8c20e420608e881a0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030323336120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042895053206746f6b656e7338a5cc17420608b088a0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030323432120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b5b8053206746f6b656e7338c0843d420608889ca0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323437120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c69a0a420608bcaca0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323438120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f6dd033206746f6b656e7338c0843d420608e0afa0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323532120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d9ff0d420608f0bca0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323537120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389da504420608a4cda0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323631120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e79b053206746f6b656e7338c0843d420608b4daa0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e9be053206746f6b656e7338c0843d420608fce0a0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323634120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b4ed07420608a0e4a0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030323635120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a3c40e420608c4e7a0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323639120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a1f3023206746f6b656e7338c0843d420608d4f4a0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030323835120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fbd21b42060894a9a1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030323839120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022890f8043206746f6b656e7338c0843d420608a4b6a1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030323934120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f69915420608d8c6a1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030323935120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733883ed04420608fcc9a1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030323937120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042895093206746f6b656e7338b4f307420608c4d0a1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030333030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bfd1023206746f6b656e7338c0843d420608b0daa1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030333031120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388fd715420608d4dda1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333032120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f6e3023206746f6b656e7338c0843d420608f8e0a1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333036120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338caed1542060888eea1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333038120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b0ab033206746f6b656e7338c0843d420608d0f4a1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030333039120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ea093206746f6b656e7338b7d312420608f4f7a1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030333131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d1d109420608bcfea1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333135120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338aec004420608cc8ba2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030333136120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428930a3206746f6b656e7338d2a310420608f08ea2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030333139120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d1083206746f6b656e7338e6e911420608dc98a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030333231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288dad053206746f6b656e7338c0843d420608a49fa2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030333233120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7083206746f6b656e733894b00d420608eca5a2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030333234120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389fcb0342060890a9a2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333330120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e68104420608e8bca2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333332120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288adb023206746f6b656e7338c0843d420608b0c3a2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333334120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338abc11b420608f8c9a2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333338120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733883df0f42060888d7a2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030333431120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338948317420608f4e0a2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030333432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f3a71b42060898e4a2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333434120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892fb033206746f6b656e7338c0843d420608e0eaa2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333438120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bf9c023206746f6b656e7338c0843d420608f0f7a2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333530120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228def0043206746f6b656e7338c0843d420608b8fea2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333536120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cbcf164206089092a3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030333538120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ac053206746f6b656e7338e1d007420608d898a3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030333632120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e6b80f420608e8a5a3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b9fb023206746f6b656e7338c0843d4206088ca9a3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333634120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d1c7043206746f6b656e7338c0843d420608b0aca3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e5e110420608e4bca3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333732120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cecc023206746f6b656e7338c0843d420608d0c6a3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333736120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cc861e420608e0d3a3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333830120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e0ca17420608f0e0a3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333833120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b4ca0a420608dceaa3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333834120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e083023206746f6b656e7338c0843d42060880eea3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333836120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbf10b420608c8f4a3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333837120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a8b50c420608ecf7a3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030333933120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c2a1043206746f6b656e7338c0843d420608c48ba4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030333939120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b4be054206089c9fa4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cd033206746f6b656e7338e9fe13420608e4a5a4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030343032120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ba991742060888a9a4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030343033120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e79b053206746f6b656e7338c0843d420608acaca4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338aaa116420608e0bca4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343039120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c50a3206746f6b656e73388c960342060884c0a4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030343130120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338afbd05420608a8c3a4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343131120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c4c504420608ccc6a4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cdd718420608ece0a4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343231120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b8b210420608b4e7a4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343232120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a4bc03420608d8eaa4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343234120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e2d006420608a0f1a4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343236120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eea61a420608e8f7a4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343237120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ee053206746f6b656e7338d7f9144206088cfba4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030343238120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428eb063206746f6b656e7338c9af04420608b0fea4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030343239120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ef9216420608d481a5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030343330120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892a3023206746f6b656e7338c0843d420608f884a5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343331120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042885043206746f6b656e7338dff9034206089c88a5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030343332120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6f50f420608c08ba5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343335120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388f9613420608ac95a5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343336120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bcec15420608d098a5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030343337120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ffaf033206746f6b656e7338c0843d420608f49ba5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343339120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d1c20f420608bca2a5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f7860b420608a8aca5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343434120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e9073206746f6b656e7338959c07420608f0b2a5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030343439120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbd015420608a4c3a5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030343530120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c58c023206746f6b656e7338c0843d420608c8c6a5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343532120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338db9d0d42060890cda5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343534120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428af073206746f6b656e7338c7bd05420608d8d3a5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030343535120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bfe8043206746f6b656e7338c0843d420608fcd6a5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343539120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f4053206746f6b656e73389a99114206088ce4a5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030343630120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389b9c06420608b0e7a5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030343632120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a19c043206746f6b656e7338c0843d420608f8eda5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343731120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c99509420608bc8ba6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343736120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ca063206746f6b656e7338c4f111420608f09ba6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030343830120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ebfd013206746f6b656e7338c0843d42060880a9a6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030343831120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388ed818420608a4aca6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030343837120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bb073206746f6b656e7338ebea0f420608fcbfa6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030343931120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dae91c4206088ccda6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343932120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f5fd12420608b0d0a6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343935120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b0840f4206089cdaa6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030343936120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733882ff19420608c0dda6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288aed023206746f6b656e7338c0843d420608d0eaa6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353032120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b3ee1d42060898f1a6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353033120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733887ad06420608bcf4a6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353038120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e89018420608f084a7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c08707420608dc8ea7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353133120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ebe805420608a495a7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353134120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a90a3206746f6b656e7338eb8e0e420608c898a7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030353135120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d9e8023206746f6b656e7338c0843d420608ec9ba7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353137120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fcbe023206746f6b656e7338c0843d420608b4a2a7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353234120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c7043206746f6b656e7338a0fd10420608b0b9a7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030353237120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bde4033206746f6b656e7338c0843d4206089cc3a7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353239120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389cb807420608e4c9a7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353331120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a4d60a420608acd0a7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353332120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b59316420608d0d3a7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353333120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338979604420608f4d6a7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353336120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e0bb08420608e0e0a7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733893841b420608b8f4a7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353433120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d5da0a420608dcf7a7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353438120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c3093206746f6b656e7338e8b5054206089088a8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030353439120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c3e11c420608b48ba8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353530120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c4b3053206746f6b656e7338c0843d420608d88ea8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353531120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d5f3043206746f6b656e7338c0843d420608fc91a8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ad063206746f6b656e73388ac803420608c498a8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030353534120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e78e12420608e89ba8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353537120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fa8e17420608d4a5a8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bf92043206746f6b656e7338c0843d420608f8a8a8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030353539120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ade2043206746f6b656e7338c0843d4206089caca8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353633120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042889093206746f6b656e7338ca8316420608acb9a8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030353634120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ade908420608d0bca8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353637120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c48914420608bcc6a8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353638120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a68215420608e0c9a8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353732120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b1e704420608f0d6a8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353737120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bbd20e420608a4e7a8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353830120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c7851c42060890f1a8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353831120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cdb003420608b4f4a8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ede11d420608d8f7a8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353835120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b80a3206746f6b656e733880b110420608c481a9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030353836120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e4dd09420608e884a9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353837120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ee89054206088c88a9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030353931120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338abb71d4206089c95a9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030353933120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e9093206746f6b656e7338cba80a420608e49ba9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030353937120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e38b053206746f6b656e7338c0843d420608f4a8a9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353938120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733894ca0542060898aca9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030353939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388d9f13420608bcafa9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030363030120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389bcc0a420608e0b2a9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4053206746f6b656e7338f5d31542060884b6a9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030363034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338dbd70e420608f0bfa9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363130120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a30a3206746f6b656e7338b1a30d420608c8d3a9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030363131120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bb85043206746f6b656e7338c0843d420608ecd6a9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030363138120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022898b4023206746f6b656e7338c0843d420608e8eda9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363230120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a9073206746f6b656e733882c016420608b0f4a9d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030363232120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c6083206746f6b656e7338ffb504420608f8faa9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030363233120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a7de043206746f6b656e7338c0843d4206089cfea9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030363334120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c0f019420608a8a2aad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030363336120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fafb12420608f0a8aad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030363430120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f9861442060880b6aad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030363434120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bac61942060890c3aad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030363437120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fcc904420608fcccaad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363530120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cd093206746f6b656e7338a1e317420608e8d6aad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030363531120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289e043206746f6b656e73389fb51e4206088cdaaad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030363532120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cfa21d420608b0ddaad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030363537120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fdad023206746f6b656e7338c0843d420608e4edaad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363538120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cc093206746f6b656e7338a6970342060888f1aad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030363630120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042885063206746f6b656e733880dc1d420608d0f7aad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030363634120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ebd0043206746f6b656e7338c0843d420608e084abd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030363636120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022895f8033206746f6b656e7338c0843d420608a88babd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030363637120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c4c5023206746f6b656e7338c0843d420608cc8eabd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030363732120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f7fd043206746f6b656e7338c0843d420608809fabd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363733120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428980a3206746f6b656e73388dde15420608a4a2abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030363735120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338babf18420608eca8abd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030363736120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cfb50b42060890acabd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030363831120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c6ed0f420608c4bcabd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363834120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428910a3206746f6b656e7338aa880c420608b0c6abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030363836120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bdcf09420608f8ccabd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363930120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e2053206746f6b656e7338a9e71d42060888daabd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030363933120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6b804420608f4e3abd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030363934120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042890053206746f6b656e733897f70842060898e7abd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030363938120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3043206746f6b656e7338998512420608a8f4abd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030363939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338968f03420608ccf7abd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a7063206746f6b656e7338cd9e1442060894feabd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030373033120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892e7033206746f6b656e7338c0843d420608dc84acd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030373034120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e195034206088088acd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373130120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428db043206746f6b656e7338a58e18420608d89bacd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373132120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fb073206746f6b656e7338cfb118420608a0a2acd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373135120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e9043206746f6b656e73389982154206088cacacd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373139120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a3093206746f6b656e7338ffd30f4206089cb9acd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030373233120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733891aa14420608acc6acd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030373235120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388de108420608f4ccacd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030373236120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733889b90642060898d0acd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373238120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7063206746f6b656e7338ddd61d420608e0d6acd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373330120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cc083206746f6b656e7338d3df0e420608a8ddacd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030373331120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c7a4023206746f6b656e7338c0843d420608cce0acd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373337120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7033206746f6b656e7338a7bc15420608a4f4acd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030373431120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b0831e420608b481add7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373438120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428eb073206746f6b656e7338cffc09420608b098add7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030373531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e5f3084206089ca2add7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030373532120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c1841e420608c0a5add7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030373536120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f18516420608d0b2add7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030373537120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d5ac07420608f4b5add7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030373538120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389ec30442060898b9add7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373631120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e4073206746f6b656e733892d11a42060884c3add7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030373633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b69f043206746f6b656e7338c0843d420608ccc9add7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030373639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ede21a420608a4ddadd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030373731120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e2e10e420608ece3add7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373736120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b1043206746f6b656e7338f8ec1c420608a0f4add7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373739120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c6033206746f6b656e7338eae3034206088cfeadd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373832120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428df083206746f6b656e733883f517420608f887aed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373834120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d8043206746f6b656e7338a8b909420608c08eaed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373836120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d1083206746f6b656e7338cb8b0c4206088895aed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030373837120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cd81023206746f6b656e7338c0843d420608ac98aed7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373839120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042890063206746f6b656e7338bbb511420608f49eaed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373931120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b3053206746f6b656e733888951b420608bca5aed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030373933120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428aa063206746f6b656e73389cd21742060884acaed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030373934120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e6e506420608a8afaed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030373937120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022886aa053206746f6b656e7338c0843d42060894b9aed7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030373939120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ba083206746f6b656e7338dc871a420608dcbfaed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030383031120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e6fd15420608a4c6aed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030383032120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b8ce17420608c8c9aed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030383034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ecc41042060890d0aed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383037120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288fad043206746f6b656e7338c0843d420608fcd9aed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030383131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ff9e184206088ce7aed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383134120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bea1023206746f6b656e7338c0843d420608f8f0aed7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ea083206746f6b656e73388c9c10420608e4faaed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030383138120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fad00d42060888feaed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383139120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ceba023206746f6b656e7338c0843d420608ac81afd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383230120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892df033206746f6b656e7338c0843d420608d084afd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383232120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bef0013206746f6b656e7338c0843d420608988bafd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383236120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ad063206746f6b656e7338bcd318420608a898afd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030383237120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a5ff033206746f6b656e7338c0843d420608cc9bafd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030383330120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cfd61c420608b8a5afd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030383331120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d4a019420608dca8afd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383335120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289096023206746f6b656e7338c0843d420608ecb5afd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383530120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cf063206746f6b656e7338c5c40e42060888e7afd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030383531120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022887e0023206746f6b656e7338c0843d420608aceaafd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428eb043206746f6b656e7338c3b507420608f4f0afd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030383534120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d0043206746f6b656e7338ada70342060898f4afd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030383535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b5c303420608bcf7afd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383536120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288a073206746f6b656e7338baf413420608e0faafd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030383630120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338baf70c420608f087b0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383632120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022884a7043206746f6b656e7338c0843d420608b88eb0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cef8023206746f6b656e7338c0843d420608dc91b0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383732120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f5083206746f6b656e7338cae80b420608a0afb0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030383733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388f9c03420608c4b2b0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030383734120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733891a904420608e8b5b0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383736120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e9dc043206746f6b656e7338c0843d420608b0bcb0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030383738120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a0f615420608f8c2b0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383831120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228af98023206746f6b656e7338c0843d420608e4ccb0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383832120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042894073206746f6b656e7338d5ec1b42060888d0b0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030383837120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bb9912420608bce0b0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030383931120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d3093206746f6b656e7338dcc60f420608ccedb0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030383932120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbef06420608f0f0b0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030383937120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ffae1d420608a481b1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030383938120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e6d6043206746f6b656e7338c0843d420608c884b1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a3043206746f6b656e733892af16420608b48eb1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030393034120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d5063206746f6b656e7338d9f30c420608a098b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030393039120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7093206746f6b656e7338d6dc11420608d4a8b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030393130120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042898053206746f6b656e7338b99d12420608f8abb1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030393131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b5f4194206089cafb1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030393132120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228eda6033206746f6b656e7338c0843d420608c0b2b1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393136120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338829803420608d0bfb1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030393138120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b2a2033206746f6b656e7338c0843d42060898c6b1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030393230120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fbd7043206746f6b656e7338c0843d420608e0ccb1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393233120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b7043206746f6b656e7338beac1e420608ccd6b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030393234120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022880b1023206746f6b656e7338c0843d420608f0d9b1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393238120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fbe40d42060880e7b1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393330120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338abd605420608c8edb1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393332120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d3053206746f6b656e7338ad951642060890f4b1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030393337120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b38a033206746f6b656e7338c0843d420608c484b2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030393339120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389e831d4206088c8bb2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393430120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b5073206746f6b656e733887bf13420608b08eb2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030393432120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f385053206746f6b656e7338c0843d420608f894b2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393530120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733896b61042060898afb2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a4fe09420608bcb2b2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b7073206746f6b656e7338d5de1742060884b9b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303030393534120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042896043206746f6b656e7338c4bc1d420608a8bcb2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030393536120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b7d2023206746f6b656e7338c0843d420608f0c2b2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393538120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042897073206746f6b656e7338f0921c420608b8c9b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303030393539120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fceb1b420608dcccb2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393631120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b69c0e420608a4d3b2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393634120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e2a70442060890ddb2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393636120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a00a3206746f6b656e7338de9915420608d8e3b2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303030393637120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a48c033206746f6b656e7338c0843d420608fce6b2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030393638120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d4d80e420608a0eab2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030393733120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f992053206746f6b656e7338c0843d420608d4fab2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030393734120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ed9607420608f8fdb2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393737120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eeba11420608e487b3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030393739120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388baa1d420608ac8eb3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303030393833120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042892043206746f6b656e7338e4bb15420608bc9bb3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303030393838120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e08908420608f0abb3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393839120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733884fa0742060894afb3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393930120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e1f506420608b8b2b3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303030393931120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288cb3033206746f6b656e7338c0843d420608dcb5b3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303030393934120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e0d003420608c8bfb3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303030393936120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6871d42060890c6b3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303030120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c2c915420608a0d3b3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303035120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e0a604420608d4e3b3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303037120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d7db0b4206089ceab3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031303038120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892f9033206746f6b656e7338c0843d420608c0edb3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303132120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d2df12420608d0fab3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303137120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389c8f06420608848bb4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303239120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f19a07420608b4b2b4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303331120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c9fc05420608fcb8b4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031303335120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228de87023206746f6b656e7338c0843d4206088cc6b4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303338120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6d519420608f8cfb4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031303432120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228889e053206746f6b656e7338c0843d42060888ddb4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303434120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733895e810420608d0e3b4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303439120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ca8a1a42060884f4b4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031303539120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b40a3206746f6b656e7338e8e10a420608ec94b5d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031303634120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ee073206746f6b656e7338898710420608a0a5b5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031303636120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a8f80c420608e8abb5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303637120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fe830f4206088cafb5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031303638120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e6ad043206746f6b656e7338c0843d420608b0b2b5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f4a109420608d4b5b5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303731120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b8d7094206089cbcb5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f6d112420608e4c2b5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303734120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733897f70e42060888c6b5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303735120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a6b50d420608acc9b5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303737120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389bdc08420608f4cfb5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031303833120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eea70d420608cce3b5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303839120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e5ee11420608a4f7b5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031303933120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389bee11420608b484b6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313030120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288c083206746f6b656e7338ccff14420608b09bb6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031313032120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cdce0c420608f8a1b6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313035120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338929618420608e4abb6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313036120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a2fa033206746f6b656e7338c0843d42060888afb6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313039120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388cc209420608f4b8b6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313130120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c2ad053206746f6b656e7338c0843d42060898bcb6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ae9e1a420608bcbfb6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313137120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733894ba1242060894d3b6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313138120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338969610420608b8d6b6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b59815420608dcd9b6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313233120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022891f3023206746f6b656e7338c0843d420608ece6b6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313235120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b9ee06420608b4edb6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313335120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733885d6104206089c8eb7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313336120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6ed1c420608c091b7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313337120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fd033206746f6b656e7338fdc31b420608e494b7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031313431120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c0900f420608f4a1b7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313434120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b0043206746f6b656e7338abe80c420608e0abb7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031313530120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733892e311420608b8bfb7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313533120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288dc0023206746f6b656e7338c0843d420608a4c9b7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313534120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d4e51c420608c8ccb7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733885aa0e420608eccfb7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313631120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c2ea013206746f6b656e7338c0843d420608c4e3b7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313632120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cec30f420608e8e6b7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313633120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042892073206746f6b656e7338c5e4044206088ceab7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031313634120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a4e808420608b0edb7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031313639120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228af89043206746f6b656e7338c0843d420608e4fdb7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313732120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e4d10e420608d087b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313734120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b7043206746f6b656e7338dcbd10420608988eb8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031313735120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b995023206746f6b656e7338c0843d420608bc91b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313738120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d9083206746f6b656e7338fe8417420608a89bb8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031313739120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bbec10420608cc9eb8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031313830120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338efc105420608f0a1b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313831120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cf053206746f6b656e7338fbcc0d42060894a5b8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031313933120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022882be033206746f6b656e7338c0843d420608c4ccb8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031313935120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e0dc074206088cd3b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031313936120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c0083206746f6b656e7338e3b31d420608b0d6b8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031313939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c7f10b4206089ce0b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323030120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bb093206746f6b656e7338b6f90e420608c0e3b8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031323034120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389dae13420608d0f0b8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323035120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7063206746f6b656e7338b7930c420608f4f3b8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031323038120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c4d212420608e0fdb8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323039120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022889c4033206746f6b656e7338c0843d4206088481b9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323130120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022891dc023206746f6b656e7338c0843d420608a884b9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323134120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ac083206746f6b656e7338ef9416420608b891b9d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031323137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d0033206746f6b656e7338919418420608a49bb9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031323139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d3921d420608eca1b9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323230120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042890043206746f6b656e7338e6b81d42060890a5b9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031323231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228af9a053206746f6b656e7338c0843d420608b4a8b9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323234120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733889bf1a420608a0b2b9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323239120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cdae05420608d4c2b9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031323330120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b09b12420608f8c5b9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031323332120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338befa0e420608c0ccb9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031323339120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e6eb07420608bce3b9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323433120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f9d717420608ccf0b9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323436120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a1ba1d420608b8fab9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323437120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7073206746f6b656e7338e3e30a420608dcfdb9d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031323438120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e5053206746f6b656e7338e3a4154206088081bad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031323439120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c0921c420608a484bad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323531120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733897b514420608ec8abad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323536120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338888809420608a09bbad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cfba033206746f6b656e7338c0843d420608e8a1bad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323637120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a0093206746f6b656e733890c007420608acbfbad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031323730120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ba063206746f6b656e7338b1b71142060898c9bad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031323734120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338abfc0f420608a8d6bad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323831120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022886f3023206746f6b656e7338c0843d420608a4edbad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323832120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388cd71a420608c8f0bad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323833120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fafa07420608ecf3bad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031323834120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ec830842060890f7bad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031323835120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b0d61d420608b4fabad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323836120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bdef033206746f6b656e7338c0843d420608d8fdbad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323837120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fe033206746f6b656e7338e6e816420608fc80bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031323838120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f3b20d420608a084bbd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323839120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cff816420608c487bbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031323930120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288c083206746f6b656e7338eefc0d420608e88abbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031323932120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289aac023206746f6b656e7338c0843d420608b091bbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323934120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b6f0023206746f6b656e7338c0843d420608f897bbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031323935120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bbab023206746f6b656e7338c0843d4206089c9bbbd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031323936120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733887df07420608c09ebbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fba5043206746f6b656e7338c0843d420608d0abbbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333037120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288beb013206746f6b656e7338c0843d420608ccc2bbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333039120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bc93033206746f6b656e7338c0843d42060894c9bbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333130120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f59e1a420608b8ccbbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d4af1b420608dccfbbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031333137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c0093206746f6b656e7338e4e30e420608b4e3bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031333230120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288d083206746f6b656e7338c7f807420608a0edbbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031333232120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e0073206746f6b656e7338c3dc0c420608e8f3bbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031333234120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b5b1043206746f6b656e7338c0843d420608b0fabbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333333120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b7bc09420608f497bcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333334120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fac1033206746f6b656e7338c0843d420608989bbcd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031333437120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c3043206746f6b656e73389ddd06420608ecc5bcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031333438120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f9a71a42060890c9bcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333532120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c3b706420608a0d6bcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333536120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ddd8043206746f6b656e7338c0843d420608b0e3bcd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333538120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f9bf1b420608f8e9bcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333630120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a3ae08420608c0f0bcd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333631120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e8d10c420608e4f3bcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333632120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fdde0d42060888f7bcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333635120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f3a7033206746f6b656e7338c0843d420608f480bdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031333730120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d0053206746f6b656e73389edd0c420608a891bdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031333733120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b4a9053206746f6b656e7338c0843d420608949bbdd7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a312c224163636570746564223a3530302c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (6, 'quill-labs', 'demo', 2, 1796290544462, 500, '\x080212610a0b64656d6f2d303031333735120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338979f04420608dca1bdd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031333739120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a0ed013206746f6b656e7338c0843d420608ecaebdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dca915420608d8b8bdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031333833120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733885d505420608fcbbbdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333834120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389e9412420608a0bfbdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333837120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cfd2154206088cc9bdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031333930120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289e093206746f6b656e7338feb708420608f8d2bdd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031333931120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f4083206746f6b656e7338d0d7094206089cd6bdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031333935120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388ca01e420608ace3bdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333936120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b0880e420608d0e6bdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031333939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ba9717420608bcf0bdd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e4b4023206746f6b656e7338c0843d420608e0f3bdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ea053206746f6b656e7338c2d70642060884f7bdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031343032120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a9811a420608a8fabdd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343035120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228daaa033206746f6b656e7338c0843d4206089484bed7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031343037120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f89d1a420608dc8abed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343130120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cbd4043206746f6b656e7338c0843d420608c894bed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343132120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d98006420608909bbed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343135120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733883f503420608fca4bed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343137120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338adae11420608c4abbed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343231120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ccb71a420608d4b8bed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343233120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338dbf20f4206089cbfbed7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343236120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d6093206746f6b656e73389aae0342060888c9bed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031343330120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e6033206746f6b656e7338e8ad1b42060898d6bed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031343333120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f7093206746f6b656e7338a0a30642060884e0bed7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031343337120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ba093206746f6b656e7338b88a1e42060894edbed7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031343431120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228dc9e053206746f6b656e7338c0843d420608a4fabed7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343432120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228abe0033206746f6b656e7338c0843d420608c8fdbed7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031343435120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6c612420608b487bfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031343436120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338accc1d420608d88abfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343439120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288fe6023206746f6b656e7338c0843d420608c494bfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343530120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f2063206746f6b656e7338d69b11420608e897bfd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031343532120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c5093206746f6b656e7338c0f21a420608b09ebfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031343534120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338eaa214420608f8a4bfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343539120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022894f2033206746f6b656e7338c0843d420608acb5bfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343631120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288fac043206746f6b656e7338c0843d420608f4bbbfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031343633120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f5970f420608bcc2bfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031343635120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388eba0e42060884c9bfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343731120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ad083206746f6b656e73389ffe1d420608dcdcbfd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031343733120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ae063206746f6b656e7338cdbf1b420608a4e3bfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031343734120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f88807420608c8e6bfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343736120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042894043206746f6b656e7338b9941442060890edbfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031343738120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338deeb1b420608d8f3bfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031343833120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289cf6033206746f6b656e7338c0843d4206088c84c0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343834120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042897073206746f6b656e7338e0bf05420608b087c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031343835120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a89d0e420608d48ac0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031343836120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f9a804420608f88dc0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031343933120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288d093206746f6b656e7338b29012420608f4a4c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031343937120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a3d1023206746f6b656e7338c0843d42060884b2c0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031353032120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288e063206746f6b656e733892ce0a420608b8c2c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031353035120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a5e80b420608a4ccc0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cef11142060890d6c0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353039120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338929e19420608b4d9c0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d29f04420608fcdfc0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353133120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ab9719420608c4e6c0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353135120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c2b4023206746f6b656e7338c0843d4206088cedc0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031353137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e9063206746f6b656e7338f98f16420608d4f3c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031353138120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cb043206746f6b656e7338d9e41d420608f8f6c0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031353139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b1880d4206089cfac0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353235120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bbb0033206746f6b656e7338c0843d420608f48dc1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353332120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f4bc033206746f6b656e7338c0843d420608f0a4c1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353335120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b0ed1b420608dcaec1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338da9814420608d8c5c1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353436120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228acd3033206746f6b656e7338c0843d420608e8d2c1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353439120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228929c043206746f6b656e7338c0843d420608d4dcc1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353530120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ef8a12420608f8dfc1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353531120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bac9154206089ce3c1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388db119420608acf0c1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353539120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338edfd1c420608bcfdc1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353631120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e4d7043206746f6b656e7338c0843d4206088484c2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031353632120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c3083206746f6b656e7338cce111420608a887c2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031353635120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a4ff0e4206089491c2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031353637120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3033206746f6b656e7338a5b003420608dc97c2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031353733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a4b31d420608b4abc2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353736120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733881b10a420608a0b5c2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e3f50c420608f8c8c2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353835120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c6dc023206746f6b656e7338c0843d420608e4d2c2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353839120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d8c509420608f4dfc2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353930120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbfd0742060898e3c2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353931120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c8ce043206746f6b656e7338c0843d420608bce6c2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031353933120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388db61342060884edc2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031353934120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389bb906420608a8f0c2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353936120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d283043206746f6b656e7338c0843d420608f0f6c2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031353938120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228dbec043206746f6b656e7338c0843d420608b8fdc2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031363035120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fec113420608b494c3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363036120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b2bc043206746f6b656e7338c0843d420608d897c3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363131120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e9e5043206746f6b656e7338c0843d4206088ca8c3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031363136120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389be403420608c0b8c3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363139120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a79a023206746f6b656e7338c0843d420608acc2c3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f8ba023206746f6b656e7338c0843d420608f4c8c3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363232120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022883bd043206746f6b656e7338c0843d42060898ccc3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031363233120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dae606420608bccfc3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031363234120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bbaf17420608e0d2c3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031363238120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733890f710420608f0dfc3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031363330120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b5b004420608b8e6c3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031363331120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7063206746f6b656e7338ef8e16420608dce9c3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031363336120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428920a3206746f6b656e7338f1a20642060890fac3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031363339120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bfc10f420608fc83c4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031363432120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f6073206746f6b656e7338f8eb04420608e88dc4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031363439120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cf033206746f6b656e7338daef03420608e4a4c4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031363533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b7093206746f6b656e7338ffd309420608f4b1c4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031363534120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d5eb0642060898b5c4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363630120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d2f8033206746f6b656e7338c0843d420608f0c8c4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031363631120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e2073206746f6b656e7338c1a10d42060894ccc4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031363638120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f5093206746f6b656e73389c8f0442060890e3c4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031363734120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338978713420608e8f6c4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031363739120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733893eb184206089c87c5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031363830120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c10a3206746f6b656e7338f69412420608c08ac5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031363831120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d9fd023206746f6b656e7338c0843d420608e48dc5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031363930120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733882b00c420608a8abc5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031363933120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388dc81042060894b5c5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031363936120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f7ee013206746f6b656e7338c0843d42060880bfc5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373030120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ab0a3206746f6b656e7338ddfa0f42060890ccc5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031373032120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733892f105420608d8d2c5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031373034120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c0d607420608a0d9c5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373037120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cb860e4206088ce3c5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373038120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289af4033206746f6b656e7338c0843d420608b0e6c5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373130120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ecb919420608f8ecc5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373133120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733892be1b420608e4f6c5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f58012420608bc8ac6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031373232120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e7a605420608a894c6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373233120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022893ad023206746f6b656e7338c0843d420608cc97c6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031373235120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733892e912420608949ec6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373239120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338baa111420608a4abc6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373334120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288192023206746f6b656e7338c0843d420608d8bbc6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373336120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022893fc043206746f6b656e7338c0843d420608a0c2c6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373338120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b9053206746f6b656e73389ae80e420608e8c8c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031373430120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d09b0f420608b0cfc6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373435120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288c053206746f6b656e7338abc914420608e4dfc6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ff033206746f6b656e7338ff880842060888e3c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373438120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e1053206746f6b656e7338edbf10420608d0e9c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031373439120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b4c20e420608f4ecc6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373531120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042886053206746f6b656e7338dbdd1c420608bcf3c6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373534120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c3073206746f6b656e7338a8f30b420608a8fdc6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373536120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e5043206746f6b656e7338efa40a420608f083c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031373537120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022884f0013206746f6b656e7338c0843d4206089487c7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373538120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389b8909420608b88ac7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373632120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e6053206746f6b656e7338d8ae16420608c897c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031373633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a5ac053206746f6b656e7338c0843d420608ec9ac7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373634120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388d9c0f420608909ec7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373637120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f88104420608fca7c7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373731120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f0ad174206088cb5c7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373733120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d0b0043206746f6b656e7338c0843d420608d4bbc7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373738120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c197033206746f6b656e7338c0843d42060888ccc7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031373739120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389d9112420608accfc7d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031373830120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b4dd1b420608d0d2c7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373831120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c7df033206746f6b656e7338c0843d420608f4d5c7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031373834120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ed82043206746f6b656e7338c0843d420608e0dfc7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373835120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b00a3206746f6b656e733885b10642060884e3c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373838120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b3043206746f6b656e7338b6a010420608f0ecc7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031373839120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bfbd043206746f6b656e7338c0843d42060894f0c7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031373930120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ca083206746f6b656e7338d0b014420608b8f3c7d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031373936120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042883093206746f6b656e7338f8f0054206089087c8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031373938120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289582033206746f6b656e7338c0843d420608d88dc8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031383039120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c08014420608e4b1c8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031383131120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a4be14420608acb8c8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031383134120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fef0033206746f6b656e7338c0843d42060898c2c8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031383135120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228caa3043206746f6b656e7338c0843d420608bcc5c8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c9053206746f6b656e733890f01542060884ccc8d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383233120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b7053206746f6b656e7338cba00c420608dcdfc8d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383234120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ac0a3206746f6b656e7338a6971942060880e3c8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031383235120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a8c712420608a4e6c8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383236120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d2093206746f6b656e733880a507420608c8e9c8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031383330120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733897d416420608d8f6c8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031383332120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338acc30b420608a0fdc8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031383431120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bebd14420608e49ac9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383434120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042880083206746f6b656e7338e1f51d420608d0a4c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031383436120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ef820a42060898abc9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b9093206746f6b656e7338a38d0742060894c2c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031383535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389f920d420608dcc8c9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031383537120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f38907420608a4cfc9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383635120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bf043206746f6b656e7338b29d15420608c4e9c9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031383636120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e89d023206746f6b656e7338c0843d420608e8ecc9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031383639120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fe8e043206746f6b656e7338c0843d420608d4f6c9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031383730120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022891e2043206746f6b656e7338c0843d420608f8f9c9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383731120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042885043206746f6b656e7338a0cb104206089cfdc9d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383732120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042897063206746f6b656e7338f89709420608c080cad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031383735120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c7b50d420608ac8acad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031383736120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b4c814420608d08dcad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031383737120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e3d5023206746f6b656e7338c0843d420608f490cad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031383738120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338829e104206089894cad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383739120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e6093206746f6b656e7338a1940d420608bc97cad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031383831120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f6b412420608849ecad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031383833120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b7ba0d420608cca4cad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031383835120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d2073206746f6b656e7338cdbd0342060894abcad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383837120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c3053206746f6b656e7338e0e710420608dcb1cad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383838120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428af083206746f6b656e73388f951742060880b5cad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031383931120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b4083206746f6b656e7338ed8d07420608ecbecad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031383939120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733894f5084206088cd9cad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ebf1043206746f6b656e7338c0843d420608b0dccad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393031120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b6ea0d420608d4dfcad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393032120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288d063206746f6b656e7338e5d912420608f8e2cad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031393034120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ecce06420608c0e9cad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fdb813420608d0f6cad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393039120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338efa115420608f4f9cad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393131120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389bd316420608bc80cbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393132120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fb093206746f6b656e7338f8ce0f420608e083cbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031393133120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b8f1104206088487cbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393134120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042889093206746f6b656e7338caa110420608a88acbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031393136120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733897ad19420608f090cbd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393137120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a1cc044206089494cbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393138120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f0981a420608b897cbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393232120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fd9f023206746f6b656e7338c0843d420608c8a4cbd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393233120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d9a716420608eca7cbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393234120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a3c5033206746f6b656e7338c0843d42060890abcbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393239120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b79c023206746f6b656e7338c0843d420608c4bbcbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393339120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042897073206746f6b656e73388fff0b420608acdccbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031393433120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eeb009420608bce9cbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393434120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bb093206746f6b656e73388bda14420608e0eccbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031393436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fb083206746f6b656e7338a99712420608a8f3cbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031393439120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c7bd043206746f6b656e7338c0843d42060894fdcbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c5f419420608dc83ccd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393532120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e0033206746f6b656e7338abf3174206088087ccd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303031393534120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d7cd17420608c88dccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393537120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cf88033206746f6b656e7338c0843d420608b497ccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d2cd033206746f6b656e7338c0843d420608d89accd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393539120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a9f20a420608fc9dccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393630120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228aff1033206746f6b656e7338c0843d420608a0a1ccd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303031393633120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d4ca034206088cabccd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393634120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c6063206746f6b656e7338dac714420608b0aeccd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031393638120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4093206746f6b656e7338f18b19420608c0bbccd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031393639120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042882083206746f6b656e73388eed07420608e4beccd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303031393730120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cdcd043206746f6b656e7338c0843d42060888c2ccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393731120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ecb1023206746f6b656e7338c0843d420608acc5ccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393732120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b2b1023206746f6b656e7338c0843d420608d0c8ccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393734120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e1c7033206746f6b656e7338c0843d42060898cfccd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303031393736120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d8ce023206746f6b656e7338c0843d420608e0d5ccd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393738120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ae0a3206746f6b656e7338b4c411420608a8dcccd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031393739120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a18309420608ccdfccd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393834120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389f9c0d42060880f0ccd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393835120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733884ed0d420608a4f3ccd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303031393838120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f2043206746f6b656e7338f9a01d42060890fdccd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303031393932120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042889083206746f6b656e733885bb05420608a08acdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303031393936120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388cfe06420608b097cdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303031393937120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b6b21c420608d49acdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303030120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d9053206746f6b656e7338e3cf1a420608c0a4cdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032303031120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228caf4013206746f6b656e7338c0843d420608e4a7cdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388a8d1e420608d0b1cdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303035120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338acf40c420608f4b4cdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303038120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c1073206746f6b656e733885e513420608e0becdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032303130120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bda919420608a8c5cdd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303131120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d9063206746f6b656e7338c6fa10420608ccc8cdd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032303133120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a00a3206746f6b656e7338a0a90c42060894cfcdd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032303136120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c7de1242060880d9cdd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303138120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6ce19420608c8dfcdd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032303231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289b9f043206746f6b656e7338c0843d420608b4e9cdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303233120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ebb610420608fcefcdd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303330120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388d8d04420608f886ced7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032303336120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c085023206746f6b656e7338c0843d420608d09aced7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303339120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e0e716420608bca4ced7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303432120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bc053206746f6b656e7338a8ba13420608a8aeced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032303433120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f6dd04420608ccb1ced7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303434120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4063206746f6b656e7338d3f219420608f0b4ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032303436120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c4bd09420608b8bbced7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032303438120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b5da023206746f6b656e7338c0843d42060880c2ced7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303533120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f3b517420608b4d2ced7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303535120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f4093206746f6b656e733891be0e420608fcd8ced7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032303537120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6b217420608c4dfced7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303539120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e7f5174206088ce6ced7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303632120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338edef10420608f8efced7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303634120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f4c103420608c0f6ced7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032303635120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228eedc033206746f6b656e7338c0843d420608e4f9ced7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303637120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388ca41d420608ac80cfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032303735120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cd073206746f6b656e7338b3a403420608cc9acfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032303834120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f2db023206746f6b656e7338c0843d42060890b8cfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303836120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e6a915420608d8becfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032303838120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733885c21b420608a0c5cfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032303931120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022896a8033206746f6b656e7338c0843d4206088ccfcfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032303934120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b5a61c420608f8d8cfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313030120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ed921e420608d0eccfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313031120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733880e811420608f4efcfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313036120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bd991a420608a880d0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313037120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733880d30b420608cc83d0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6d612420608f086d0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313039120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bfc808420608948ad0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313131120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a9e3033206746f6b656e7338c0843d420608dc90d0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313136120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022899bc023206746f6b656e7338c0843d42060890a1d0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313137120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ba8e053206746f6b656e7338c0843d420608b4a4d0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313238120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ddab08420608c0c8d0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313330120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f4c6043206746f6b656e7338c0843d42060888cfd0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032313334120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428810a3206746f6b656e7338cfd30742060898dcd0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032313336120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c6861c420608e0e2d0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313338120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e1eb07420608a8e9d0d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313339120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ce8c15420608ccecd0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313431120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733889bf0342060894f3d0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313437120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b2c3023206746f6b656e7338c0843d420608ec86d1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313439120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ebac15420608b48dd1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313536120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288df4043206746f6b656e7338c0843d420608b0a4d1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313537120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbcf1a420608d4a7d1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289ff3023206746f6b656e7338c0843d420608f8aad1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313539120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733891d60e4206089caed1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032313631120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428dd093206746f6b656e7338a9ef0b420608e4b4d1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032313633120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a99808420608acbbd1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313634120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e8c603420608d0bed1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313732120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e2d617420608f0d8d1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ebcc1942060894dcd1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313734120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e9df023206746f6b656e7338c0843d420608b8dfd1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313735120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388ccc07420608dce2d1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032313738120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042894043206746f6b656e7338929f1b420608c8ecd1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032313739120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b2b1043206746f6b656e7338c0843d420608ecefd1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032313830120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289ff4023206746f6b656e7338c0843d42060890f3d1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313832120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733889bc1b420608d8f9d1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313834120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389efc13420608a080d2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313930120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388ceb05420608f893d2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032313933120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733883f80f420608e49dd2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032313934120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ea073206746f6b656e7338e4d81742060888a1d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032313935120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042883053206746f6b656e733882ef05420608aca4d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032313936120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733882d31c420608d0a7d2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032313938120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388e921242060898aed2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323030120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289d053206746f6b656e7338b1b604420608e0b4d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032323031120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228acb2043206746f6b656e7338c0843d42060884b8d2d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032323033120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733884ee16420608ccbed2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323034120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bf073206746f6b656e7338e3b817420608f0c1d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032323037120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cba8033206746f6b656e7338c0843d420608dccbd2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bdd80442060880cfd2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323133120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d5053206746f6b656e73389a8b1a420608b4dfd2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032323134120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288e093206746f6b656e7338eccb13420608d8e2d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032323135120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c2d216420608fce5d2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323231120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e9073206746f6b656e7338bdca17420608d4f9d2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032323232120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ec951a420608f8fcd2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323235120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b7b405420608e486d3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323238120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bfb7053206746f6b656e7338c0843d420608d090d3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032323331120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b6f817420608bc9ad3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323332120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bcd7043206746f6b656e7338c0843d420608e09dd3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323336120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042894043206746f6b656e7338d88e19420608f0aad3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032323337120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f3d41142060894aed3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323339120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ea083206746f6b656e7338dab812420608dcb4d3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032323431120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a7cd0d420608a4bbd3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323432120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ec073206746f6b656e7338b0ac15420608c8bed3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032323531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338deb6184206088cdcd3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323534120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022881a9043206746f6b656e7338c0843d420608f8e5d3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323535120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389ea70c4206089ce9d3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323536120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c3e80b420608c0ecd3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323537120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228aba5043206746f6b656e7338c0843d420608e4efd3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323539120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c09409420608acf6d3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323633120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b6e0033206746f6b656e7338c0843d420608bc83d4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323635120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b1b6033206746f6b656e7338c0843d420608848ad4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323636120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bce210420608a88dd4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032323637120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ddc30c420608cc90d4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032323731120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f789053206746f6b656e7338c0843d420608dc9dd4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323733120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428890a3206746f6b656e7338e89c05420608a4a4d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032323734120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042892043206746f6b656e7338eead12420608c8a7d4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032323830120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733890d00e420608a0bbd4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a4960b420608e8c1d4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323834120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ffc116420608b0c8d4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032323835120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ed093206746f6b656e733895a71c420608d4cbd4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032323931120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b8e306420608acdfd4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032323932120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cbcf08420608d0e2d4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032323933120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e78811420608f4e5d4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333031120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ffbf034206089480d5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032333035120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d7043206746f6b656e733889cd08420608a48dd5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032333036120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c3db17420608c890d5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032333038120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228af83033206746f6b656e7338c0843d4206089097d5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032333137120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e5073206746f6b656e7338928911420608d4b4d5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032333138120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eca719420608f8b7d5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032333231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bbeb043206746f6b656e7338c0843d420608e4c1d5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333333120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a9f30542060894e9d5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333336120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388fc50542060880f3d5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333431120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389d9511420608b483d6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333433120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c4a215420608fc89d6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032333535120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c5a316420608acb1d6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032333631120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f1fb1842060884c5d6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032333634120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d8ce09420608f0ced6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333730120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fcbe1b420608c8e2d6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032333731120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f2ee03420608ece5d6d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333736120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c29003420608a0f6d6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032333738120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a5ce033206746f6b656e7338c0843d420608e8fcd6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032333831120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042898093206746f6b656e7338cdfb12420608d486d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032333832120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388ec40c420608f889d7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333839120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fdf612420608f4a0d7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032333932120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b6ac023206746f6b656e7338c0843d420608e0aad7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333933120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c0810e42060884aed7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032333936120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fade14420608f0b7d7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289b093206746f6b656e7338a4ad1d420608a4c8d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032343034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733891c10d42060890d2d7d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343035120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c5b5023206746f6b656e7338c0843d420608b4d5d7d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343036120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338dda603420608d8d8d7d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343039120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c4073206746f6b656e7338a3e404420608c4e2d7d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032343139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fee50b420608ac83d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343230120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338dae40f420608d086d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343231120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f0b804420608f489d8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343233120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338948210420608bc90d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343235120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389cb7074206088497d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343237120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338baf717420608cc9dd8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343331120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733888f60c420608dcaad8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343333120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a0870f420608a4b1d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343334120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733881bd04420608c8b4d8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343430120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b7c212420608a0c8d8d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343432120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fcd609420608e8ced8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343435120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a50a3206746f6b656e7338b89114420608d4d8d8d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032343439120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228caa9043206746f6b656e7338c0843d420608e4e5d8d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343530120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338efc41c42060888e9d8d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343535120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228af83033206746f6b656e7338c0843d420608bcf9d8d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343538120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042883083206746f6b656e7338d5b504420608a883d9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032343630120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bcc3043206746f6b656e7338c0843d420608f089d9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343634120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ded7033206746f6b656e7338c0843d4206088097d9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343733120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e7ef013206746f6b656e7338c0843d420608c4b4d9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343738120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a8e10d420608f8c4d9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343739120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f9093206746f6b656e7338dd910c4206089cc8d9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032343837120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338dfb011420608bce2d9d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032343931120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e4a51a420608ccefd9d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343932120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228dbec023206746f6b656e7338c0843d420608f0f2d9d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032343933120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733899dd1b42060894f6d9d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343934120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428de033206746f6b656e7338dbaf03420608b8f9d9d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032343936120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338eeba0a4206088080dad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032343937120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a3a0043206746f6b656e7338c0843d420608a483dad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032343939120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288c043206746f6b656e73389bb703420608ec89dad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032353033120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733894a506420608fc96dad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032353035120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d7d30c420608c49ddad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032353036120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892f1013206746f6b656e7338c0843d420608e8a0dad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353039120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ce053206746f6b656e7338ffaf1b420608d4aadad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032353131120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733885a71d4206089cb1dad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032353132120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022897a9053206746f6b656e7338c0843d420608c0b4dad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353133120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d9093206746f6b656e7338d4d015420608e4b7dad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032353136120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e7a3043206746f6b656e7338c0843d420608d0c1dad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353137120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fdea1a420608f4c4dad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032353139120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338b9d312420608bccbdad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353231120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004288b073206746f6b656e7338c8821342060884d2dad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032353232120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f1083206746f6b656e7338fab616420608a8d5dad7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032353233120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e4073206746f6b656e733897ef0b420608ccd8dad7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032353234120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733885ac12420608f0dbdad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353235120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e1c90742060894dfdad7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032353330120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d5b1033206746f6b656e7338c0843d420608c8efdad7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353332120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c4e31742060890f6dad7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032353333120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e3e309420608b4f9dad7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353337120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f6073206746f6b656e733897d619420608c486dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032353436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cb063206746f6b656e7338f3cd1242060888a4dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032353535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e2a003420608ccc1dbd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032353537120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338ccef1142060894c8dbd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032353538120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f482033206746f6b656e7338c0843d420608b8cbdbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c1a60b420608c4efdbd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353730120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cc093206746f6b656e733885960c420608e8f2dbd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032353731120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a7b2043206746f6b656e7338c0843d4206088cf6dbd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353739120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dbde06420608ac90dcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032353831120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022881d8043206746f6b656e7338c0843d420608f496dcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353833120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a5ad12420608bc9ddcd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032353835120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428db083206746f6b656e7338d3831942060884a4dcd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032353935120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f8be1a420608ecc4dcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032353939120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bf9c0b420608fcd1dcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363030120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022899cf033206746f6b656e7338c0843d420608a0d5dcd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032363034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a1f711420608b0e2dcd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363036120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338fdc218420608f8e8dcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363130120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289884033206746f6b656e7338c0843d42060888f6dcd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363133120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228eba4043206746f6b656e7338c0843d420608f4ffdcd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363135120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289a093206746f6b656e7338e1f90e420608bc86ddd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032363137120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733896b619420608848dddd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363234120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d3e51d42060880a4ddd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363236120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d199043206746f6b656e7338c0843d420608c8aaddd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032363331120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389efa1d420608fcbaddd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363339120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733892b20b4206089cd5ddd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363430120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ecad1b420608c0d8ddd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363432120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388c9d0d42060888dfddd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363433120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3093206746f6b656e73388c930a420608ace2ddd7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032363436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042882073206746f6b656e7338d9c10b42060898ecddd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032363437120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e7d9023206746f6b656e7338c0843d420608bcefddd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363533120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733888d8044206089483ded7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363534120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d2043206746f6b656e7338fcfe0a420608b886ded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032363539120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d4e418420608ec96ded7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363631120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022882cb043206746f6b656e7338c0843d420608b49dded7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363635120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ceeb0e420608c4aaded7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363636120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d6fa1c420608e8added7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363639120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f8990a420608d4b7ded7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032363736120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733883b819420608d0ceded7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363739120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042882063206746f6b656e733881a112420608bcd8ded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032363830120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e9ed033206746f6b656e7338c0843d420608e0dbded7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363836120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228df90033206746f6b656e7338c0843d420608b8efded7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363838120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b50a3206746f6b656e7338be921742060880f6ded7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032363839120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ee073206746f6b656e7338c7a90b420608a4f9ded7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032363931120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b6a419420608ecffded7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363932120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228f8ce033206746f6b656e7338c0843d4206089083dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032363933120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c29f043206746f6b656e7338c0843d420608b486dfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032363934120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f732004289d0a3206746f6b656e7338d49817420608d889dfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032363939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73389bab1c4206088c9adfd7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032373031120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428c6073206746f6b656e7338ddaf07420608d4a0dfd7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032373032120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d1de033206746f6b656e7338c0843d420608f8a3dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373035120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bcfc043206746f6b656e7338c0843d420608e4addfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373038120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338aff405420608d0b7dfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373130120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338cad31542060898bedfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373133120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022885b0023206746f6b656e7338c0843d42060884c8dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373135120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022881f0043206746f6b656e7338c0843d420608cccedfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373136120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d6b705420608f0d1dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373138120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cdec013206746f6b656e7338c0843d420608b8d8dfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373232120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338bc8515420608c8e5dfd7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373233120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338d5c314420608ece8dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373235120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228918e053206746f6b656e7338c0843d420608b4efdfd7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373236120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c7fd1b420608d8f2dfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373239120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cab0053206746f6b656e7338c0843d420608c4fcdfd7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373336120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228b68d023206746f6b656e7338c0843d420608c093e0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373337120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ecad043206746f6b656e7338c0843d420608e496e0d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373430120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e1a9033206746f6b656e7338c0843d420608d0a0e0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032373435120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ae093206746f6b656e7338d9c51a42060884b1e0d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032373436120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a7093206746f6b656e7338a9b108420608a8b4e0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032373437120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733896cc08420608ccb7e0d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373532120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a5a70d42060880c8e0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032373533120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428e0043206746f6b656e7338dd9419420608a4cbe0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032373534120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338ea8f1d420608c8cee0d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032373638120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428ef033206746f6b656e73388df916420608c0fce0d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032373731120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f4fe16420608ac86e1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a08e0f420608f48ce1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373736120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338d8c318420608e096e1d7064a0f636f727075732d6d616e69666573745203312e30', '\xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f', '\x7b224261746368536571223a322c224163636570746564223a3530302c224475706c696361746573223a302c2252656a656374696f6e73223a5b5d2c224475706c6963617465496e6465786573223a5b5d7d');
INSERT INTO public.usage_log VALUES (7, 'quill-labs', 'demo', 3, 1796290544489, 72, '\x0803125e0a0b64656d6f2d303032373737120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3093206746f6b656e7338a9fa18420608849ae1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032373739120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228ddc4033206746f6b656e7338c0843d420608cca0e1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032373834120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d1093206746f6b656e7338b0c90942060880b1e1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032373837120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e291033206746f6b656e7338c0843d420608ecbae1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373932120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b1bc17420608a0cbe1d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032373933120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338beb608420608c4cee1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373934120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733897f913420608e8d1e1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373935120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c78b033206746f6b656e7338c0843d4206088cd5e1d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032373937120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228e2f8033206746f6b656e7338c0843d420608d4dbe1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032373939120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338989b044206089ce2e1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383034120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c4a917420608d0f2e1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383035120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c3b70a420608f4f5e1d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383036120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cc043206746f6b656e73389f941542060898f9e1d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032383037120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73388fc018420608bcfce1d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383134120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338da9e17420608b893e2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383137120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228c3c1033206746f6b656e7338c0843d420608a49de2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383231120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022891b8043206746f6b656e7338c0843d420608b4aae2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383236120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a4a5023206746f6b656e7338c0843d420608e8bae2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383237120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228fdee043206746f6b656e7338c0843d4206088cbee2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383331120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022892fe023206746f6b656e7338c0843d4206089ccbe2d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032383334120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e7dc1b42060888d5e2d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383335120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228dfb4023206746f6b656e7338c0843d420608acd8e2d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383337120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f3043206746f6b656e7338f0e006420608f4dee2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032383339120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cb063206746f6b656e7338bac51b420608bce5e2d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032383432120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b3073206746f6b656e7338aeb118420608a8efe2d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032383533120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d5de023206746f6b656e7338c0843d420608b493e3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383534120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228cff9013206746f6b656e7338c0843d420608d896e3d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383536120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a0be023206746f6b656e7338c0843d420608a09de3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383539120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042891053206746f6b656e7338828b114206088ca7e3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012600a0b64656d6f2d303032383630120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c73389f8419420608b0aae3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383633120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338f4f50f4206089cb4e3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032383635120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e68307420608e4bae3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383637120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428f5043206746f6b656e733880c90c420608acc1e3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032383638120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228eacf043206746f6b656e7338c0843d420608d0c4e3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383730120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d6053206746f6b656e7338cad11942060898cbe3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032383732120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a2ba043206746f6b656e7338c0843d420608e0d1e3d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383733120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733899f21942060884d5e3d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032383735120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428fa093206746f6b656e733888ed0a420608ccdbe3d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032383737120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428b4093206746f6b656e7338eef40e42060894e2e3d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032383834120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002289ba5043206746f6b656e7338c0843d42060890f9e3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032383835120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733886d31c420608b4fce3d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032383839120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c733893f00a420608c489e4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383934120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338fae70a420608f899e4d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032383936120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228bfde043206746f6b656e7338c0843d420608c0a0e4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032383938120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338bff00c42060888a7e4d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032393038120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338c58a09420608f0c7e4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393039120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338cea81142060894cbe4d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393130120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338dcbe09420608b8cee4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393132120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428a7043206746f6b656e7338d5830d42060880d5e4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032393137120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338e1d113420608b4e5e4d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393138120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042880063206746f6b656e7338c99f14420608d8e8e4d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032393236120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228a08f023206746f6b656e7338c0843d420608f882e5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032393238120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228efda023206746f6b656e7338c0843d420608c089e5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393331120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338f4921a420608ac93e5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032393334120c7175696c6c2d7772697465721a0c6e696768742d67617264656e2002288be8043206746f6b656e7338c0843d420608989de5d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032393336120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022887d9023206746f6b656e7338c0843d420608e0a3e5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032393431120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733883cf0a42060894b4e5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393435120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428cb043206746f6b656e7338bdbd1d420608a4c1e5d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032393437120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c733898b20c420608ecc7e5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393531120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338e39905420608fcd4e5d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393533120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338c78d14420608c4dbe5d7064a0f636f727075732d6d616e69666573745203312e3012610a0b64656d6f2d303032393535120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c7338a5b4164206088ce2e5d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393636120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428bd083206746f6b656e7338c5b60c4206089886e6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032393638120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022894bb033206746f6b656e7338c0843d420608e08ce6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393639120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f7320042890093206746f6b656e733890e4174206088490e6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012610a0b64656d6f2d303032393732120c7175696c6c2d7772697465721a1277686f2d6f776e732d7468652d776174657220032801320a72657472696576616c73388deb1b420608f099e6d7064a0f636f727075732d6d616e69666573745203312e3012590a0b64656d6f2d303032393735120c7175696c6c2d7772697465721a0c6e696768742d67617264656e20022888af023206746f6b656e7338c0843d420608dca3e6d7064a0f636f727075732d6d616e69666573745203312e30125e0a0b64656d6f2d303032393831120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428d9053206746f6b656e7338c0f91d420608b4b7e6d7064a13696e666c75656e63652d66756e6374696f6e735203312e30125e0a0b64656d6f2d303032393832120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428df073206746f6b656e733890b106420608d8bae6d7064a13696e666c75656e63652d66756e6374696f6e735203312e3012590a0b64656d6f2d303032393833120c7175696c6c2d7772697465721a0c6e696768742d67617264656e200228d4f8023206746f6b656e7338c0843d420608fcbde6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393836120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338b5941b420608e8c7e6d7064a0f636f727075732d6d616e69666573745203312e3012600a0b64656d6f2d303032393938120c7175696c6c2d7772697465721a11697372632d47424159453236303030303120032801320a72657472696576616c7338a69a1a42060898efe6d7064a0f636f727075732d6d616e69666573745203312e3012640a1264656d6f2d6661756c74792d776569676874120c7175696c6c2d7772697465721a0e74696465732d6f662d6c61676f73200428643206746f6b656e7338809f4942060880829ad7064a13696e666c75656e63652d66756e6374696f6e735203312e30', '\xffffffffffffffffff00', '\x7b224261746368536571223a332c224163636570746564223a37322c224475706c696361746573223a302c2252656a656374696f6e73223a5b7b22496e646578223a37322c22526561736f6e223a322c224669656c64223a226576656e74735b37325d2e6174747269627574696f6e5f7765696768745f70706d222c224d657373616765223a226576656e74735b37325d2e6174747269627574696f6e5f7765696768745f70706d20697320312c3230302c3030302c206578706563746564203020746f20312c3030302c303030227d5d2c224475706c6963617465496e6465786573223a5b5d7d');


--
-- Data for Name: usage_log_digests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.usage_log_digests VALUES (1, '\xaf83f98195d7f5fe13d3ec9a13fb43d40981da6e729b72cce721b942de5dcdee');
INSERT INTO public.usage_log_digests VALUES (2, '\xa505c6478619f9416f5b59ebfbbdaa574f212ab7bab6545bda507f4d662858d3');
INSERT INTO public.usage_log_digests VALUES (3, '\xe2c4bfc254975df2c26699dcae38088f4d23d6a60cbee1a3704d373f22bfa5db');
INSERT INTO public.usage_log_digests VALUES (4, '\xd81f1aabf75d64e8e03960b379263c91d2b14f0c24ad34d54fe55806966064f7');
INSERT INTO public.usage_log_digests VALUES (5, '\x223f07283f83b89d70262996a225b1c61b9a64683b81dec9c819d5ddadebb2bc');
INSERT INTO public.usage_log_digests VALUES (6, '\x5bfc1c9b554e85492ba4b5f7bac8777cf90bcbe489d487a160a8f6dc4bf57e8b');
INSERT INTO public.usage_log_digests VALUES (7, '\xc6ff1a55f6238e39aab24665bd609d02c6d156e86618a873bfd778e61de11f6d');


--
-- Data for Name: usage_log_pending; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: usage_totals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.usage_totals VALUES ('', 'isrc-GBAYE2600001', 'quill-labs', 'quill-writer', 3, 'unidentified', 'retrievals', '', '2026-11', 275, 275, 0, 1793491620000, 1794750360000);
INSERT INTO public.usage_totals VALUES ('', 'night-garden', 'quill-labs', 'quill-writer', 2, 'unlicensed', 'tokens', '', '2026-11', 264, 15541306, 0, 1793497920000, 1794744060000);
INSERT INTO public.usage_totals VALUES ('ada-okafor', 'night-garden', 'quill-labs', 'quill-writer', 2, 'unlicensed', 'tokens', '', '2026-11', 264, 15541306, 0, 1793497920000, 1794744060000);
INSERT INTO public.usage_totals VALUES ('mei-tanaka', 'night-garden', 'quill-labs', 'quill-writer', 2, 'unlicensed', 'tokens', '', '2026-11', 264, 15541306, 0, 1793497920000, 1794744060000);
INSERT INTO public.usage_totals VALUES ('', 'tides-of-lagos', 'lumen-ai', 'lumen-7b', 1, 'licensed', 'tokens', 'EUR', '2026-11', 270, 48169011, 96338022000, 1793496240000, 1794744900000);
INSERT INTO public.usage_totals VALUES ('', 'tides-of-lagos', 'lumen-ai', 'lumen-7b', 3, 'licensed', 'tokens', 'EUR', '2026-11', 289, 680220, 366539900, 1793491200000, 1794745740000);
INSERT INTO public.usage_totals VALUES ('', 'tides-of-lagos', 'quill-labs', 'quill-writer', 4, 'licensed', 'tokens', 'EUR', '2026-11', 270, 248954, 8163213572, 1793492040000, 1794743640000);
INSERT INTO public.usage_totals VALUES ('ada-okafor', 'tides-of-lagos', 'lumen-ai', 'lumen-7b', 1, 'licensed', 'tokens', 'EUR', '2026-11', 270, 48169011, 96338022000, 1793496240000, 1794744900000);
INSERT INTO public.usage_totals VALUES ('ada-okafor', 'tides-of-lagos', 'lumen-ai', 'lumen-7b', 3, 'licensed', 'tokens', 'EUR', '2026-11', 289, 680220, 366539900, 1793491200000, 1794745740000);
INSERT INTO public.usage_totals VALUES ('ada-okafor', 'tides-of-lagos', 'quill-labs', 'quill-writer', 4, 'licensed', 'tokens', 'EUR', '2026-11', 270, 248954, 8163213572, 1793492040000, 1794743640000);
INSERT INTO public.usage_totals VALUES ('', 'who-owns-the-water', 'quill-labs', 'quill-writer', 3, 'licensed', 'retrievals', 'EUR', '2026-11', 263, 263, 703039450, 1793494140000, 1794739440000);
INSERT INTO public.usage_totals VALUES ('ada-okafor', 'who-owns-the-water', 'quill-labs', 'quill-writer', 3, 'licensed', 'retrievals', 'EUR', '2026-11', 263, 263, 210911835, 1793494140000, 1794739440000);
INSERT INTO public.usage_totals VALUES ('amara-diallo', 'who-owns-the-water', 'quill-labs', 'quill-writer', 3, 'licensed', 'retrievals', 'EUR', '2026-11', 263, 263, 492127615, 1793494140000, 1794739440000);
INSERT INTO public.usage_totals VALUES ('', 'harbour-lights', 'lumen-ai', 'lumen-7b', 1, 'licensed', 'tokens', 'EUR', '2026-11', 255, 10266411, 15399616500, 1793492880000, 1794750780000);
INSERT INTO public.usage_totals VALUES ('lucas-martin', 'harbour-lights', 'lumen-ai', 'lumen-7b', 1, 'licensed', 'tokens', 'EUR', '2026-11', 255, 10266411, 9239769900, 1793492880000, 1794750780000);
INSERT INTO public.usage_totals VALUES ('sofia-reyes', 'harbour-lights', 'lumen-ai', 'lumen-7b', 1, 'licensed', 'tokens', 'EUR', '2026-11', 255, 10266411, 6159846600, 1793492880000, 1794750780000);
INSERT INTO public.usage_totals VALUES ('', 'north-wind', 'lumen-ai', 'lumen-7b', 1, 'unlicensed', 'tokens', '', '2026-11', 257, 9919751, 0, 1793492460000, 1794749100000);
INSERT INTO public.usage_totals VALUES ('lucas-martin', 'north-wind', 'lumen-ai', 'lumen-7b', 1, 'unlicensed', 'tokens', '', '2026-11', 257, 9919751, 0, 1793492460000, 1794749100000);
INSERT INTO public.usage_totals VALUES ('sofia-reyes', 'north-wind', 'lumen-ai', 'lumen-7b', 1, 'unlicensed', 'tokens', '', '2026-11', 257, 9919751, 0, 1793492460000, 1794749100000);
INSERT INTO public.usage_totals VALUES ('', 'foxes-at-dusk', 'lumen-ai', 'lumen-vision', 1, 'licensed', 'images', 'EUR', '2026-11', 286, 286, 14300000000, 1793494560000, 1794748680000);
INSERT INTO public.usage_totals VALUES ('', 'foxes-at-dusk', 'lumen-ai', 'lumen-vision', 4, 'licensed', 'images', 'EUR', '2026-11', 281, 281, 3805065850, 1793493300000, 1794748260000);
INSERT INTO public.usage_totals VALUES ('mei-tanaka', 'foxes-at-dusk', 'lumen-ai', 'lumen-vision', 1, 'licensed', 'images', 'EUR', '2026-11', 286, 286, 14300000000, 1793494560000, 1794748680000);
INSERT INTO public.usage_totals VALUES ('mei-tanaka', 'foxes-at-dusk', 'lumen-ai', 'lumen-vision', 4, 'licensed', 'images', 'EUR', '2026-11', 281, 281, 3805065850, 1793493300000, 1794748260000);
INSERT INTO public.usage_totals VALUES ('', 'fjord-5am', 'lumen-ai', 'lumen-vision', 1, 'unlicensed', 'images', '', '2026-11', 290, 290, 0, 1793499180000, 1794749520000);
INSERT INTO public.usage_totals VALUES ('jonas-berg', 'fjord-5am', 'lumen-ai', 'lumen-vision', 1, 'unlicensed', 'images', '', '2026-11', 290, 290, 0, 1793499180000, 1794749520000);


--
-- Data for Name: work_identifiers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.work_identifiers VALUES ('isbn13', '9780306406157', 'tides-of-lagos');
INSERT INTO public.work_identifiers VALUES ('iswc', 'T0345246801', 'harbour-lights');
INSERT INTO public.work_identifiers VALUES ('doi', '10.1000/182', 'who-owns-the-water');


--
-- Data for Name: work_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.work_log VALUES ('fjord-5am', 1);
INSERT INTO public.work_log VALUES ('foxes-at-dusk', 1);
INSERT INTO public.work_log VALUES ('harbour-lights', 1);
INSERT INTO public.work_log VALUES ('north-wind', 1);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 1);
INSERT INTO public.work_log VALUES ('fjord-5am', 2);
INSERT INTO public.work_log VALUES ('fjord-5am', 3);
INSERT INTO public.work_log VALUES ('fjord-5am', 4);
INSERT INTO public.work_log VALUES ('foxes-at-dusk', 2);
INSERT INTO public.work_log VALUES ('foxes-at-dusk', 3);
INSERT INTO public.work_log VALUES ('foxes-at-dusk', 4);
INSERT INTO public.work_log VALUES ('harbour-lights', 2);
INSERT INTO public.work_log VALUES ('harbour-lights', 3);
INSERT INTO public.work_log VALUES ('harbour-lights', 4);
INSERT INTO public.work_log VALUES ('night-garden', 5);
INSERT INTO public.work_log VALUES ('night-garden', 6);
INSERT INTO public.work_log VALUES ('night-garden', 7);
INSERT INTO public.work_log VALUES ('north-wind', 2);
INSERT INTO public.work_log VALUES ('north-wind', 3);
INSERT INTO public.work_log VALUES ('north-wind', 4);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 2);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 3);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 4);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 5);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 6);
INSERT INTO public.work_log VALUES ('tides-of-lagos', 7);
INSERT INTO public.work_log VALUES ('who-owns-the-water', 5);
INSERT INTO public.work_log VALUES ('who-owns-the-water', 6);
INSERT INTO public.work_log VALUES ('who-owns-the-water', 7);


--
-- Data for Name: work_parties; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.work_parties VALUES ('ada-okafor', 'contributor', 'tides-of-lagos');
INSERT INTO public.work_parties VALUES ('lucas-martin', 'contributor', 'harbour-lights');
INSERT INTO public.work_parties VALUES ('sofia-reyes', 'contributor', 'harbour-lights');
INSERT INTO public.work_parties VALUES ('harbour-music', 'rightsholder', 'harbour-lights');
INSERT INTO public.work_parties VALUES ('lucas-martin', 'contributor', 'north-wind');
INSERT INTO public.work_parties VALUES ('sofia-reyes', 'contributor', 'north-wind');
INSERT INTO public.work_parties VALUES ('harbour-music', 'rightsholder', 'north-wind');
INSERT INTO public.work_parties VALUES ('mei-tanaka', 'contributor', 'foxes-at-dusk');
INSERT INTO public.work_parties VALUES ('jonas-berg', 'contributor', 'fjord-5am');
INSERT INTO public.work_parties VALUES ('amara-diallo', 'contributor', 'who-owns-the-water');
INSERT INTO public.work_parties VALUES ('ada-okafor', 'contributor', 'who-owns-the-water');
INSERT INTO public.work_parties VALUES ('ada-okafor', 'contributor', 'night-garden');
INSERT INTO public.work_parties VALUES ('mei-tanaka', 'contributor', 'night-garden');


--
-- Name: consents_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.consents_seq_seq', 4, true);


--
-- Name: society_tariff_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.society_tariff_history_seq_seq', 1, false);


--
-- Name: usage_log_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.usage_log_seq', 7, true);


--
-- Name: account_balances account_balances_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_balances
    ADD CONSTRAINT account_balances_pkey PRIMARY KEY (account, currency);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (key_id);


--
-- Name: claim_settlements claim_settlements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_settlements
    ADD CONSTRAINT claim_settlements_pkey PRIMARY KEY (settlement_id, work_id);


--
-- Name: consent_effective consent_effective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consent_effective
    ADD CONSTRAINT consent_effective_pkey PRIMARY KEY (seq);


--
-- Name: consents consents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_pkey PRIMARY KEY (seq);


--
-- Name: journal_entries journal_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entries
    ADD CONSTRAINT journal_entries_pkey PRIMARY KEY (entry_no);


--
-- Name: journal_head journal_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_head
    ADD CONSTRAINT journal_head_pkey PRIMARY KEY (id);


--
-- Name: journal_lines journal_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_lines
    ADD CONSTRAINT journal_lines_pkey PRIMARY KEY (entry_no, line_no);


--
-- Name: licence_request_parties licence_request_parties_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.licence_request_parties
    ADD CONSTRAINT licence_request_parties_pkey PRIMARY KEY (party_id, request_id);


--
-- Name: licence_works licence_works_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.licence_works
    ADD CONSTRAINT licence_works_pkey PRIMARY KEY (work_id, licence_id);


--
-- Name: licences licences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.licences
    ADD CONSTRAINT licences_pkey PRIMARY KEY (licence_id);


--
-- Name: operator_numbers operator_numbers_operator_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.operator_numbers
    ADD CONSTRAINT operator_numbers_operator_no_key UNIQUE (operator_no);


--
-- Name: operator_numbers operator_numbers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.operator_numbers
    ADD CONSTRAINT operator_numbers_pkey PRIMARY KEY (operator_id);


--
-- Name: orleansquery orleansquery_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_key PRIMARY KEY (querykey);


--
-- Name: payout_cycles payout_cycles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_cycles
    ADD CONSTRAINT payout_cycles_pkey PRIMARY KEY (cycle_id);


--
-- Name: payout_lines payout_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_lines
    ADD CONSTRAINT payout_lines_pkey PRIMARY KEY (cycle_id, line_no);


--
-- Name: producer_streams producer_streams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.producer_streams
    ADD CONSTRAINT producer_streams_pkey PRIMARY KEY (operator_id, stream_name);


--
-- Name: quarantined_uses quarantined_uses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quarantined_uses
    ADD CONSTRAINT quarantined_uses_pkey PRIMARY KEY (log_seq, event_index);


--
-- Name: registry_entries registry_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registry_entries
    ADD CONSTRAINT registry_entries_pkey PRIMARY KEY (kind, id);


--
-- Name: removal_attestations removal_attestations_journal_entry_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_attestations
    ADD CONSTRAINT removal_attestations_journal_entry_no_key UNIQUE (journal_entry_no);


--
-- Name: removal_attestations removal_attestations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_attestations
    ADD CONSTRAINT removal_attestations_pkey PRIMARY KEY (request_id);


--
-- Name: removal_requests removal_requests_journal_entry_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_requests
    ADD CONSTRAINT removal_requests_journal_entry_no_key UNIQUE (journal_entry_no);


--
-- Name: removal_requests removal_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_requests
    ADD CONSTRAINT removal_requests_pkey PRIMARY KEY (request_id);


--
-- Name: removal_withdrawals removal_withdrawals_journal_entry_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_withdrawals
    ADD CONSTRAINT removal_withdrawals_journal_entry_no_key UNIQUE (journal_entry_no);


--
-- Name: removal_withdrawals removal_withdrawals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.removal_withdrawals
    ADD CONSTRAINT removal_withdrawals_pkey PRIMARY KEY (request_id);


--
-- Name: rerate_queue rerate_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rerate_queue
    ADD CONSTRAINT rerate_queue_pkey PRIMARY KEY (work_id);


--
-- Name: society_members society_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.society_members
    ADD CONSTRAINT society_members_pkey PRIMARY KEY (society_id, member_id);


--
-- Name: society_tariff_history society_tariff_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.society_tariff_history
    ADD CONSTRAINT society_tariff_history_pkey PRIMARY KEY (seq);


--
-- Name: society_unlicensed_tariffs society_unlicensed_tariffs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.society_unlicensed_tariffs
    ADD CONSTRAINT society_unlicensed_tariffs_pkey PRIMARY KEY (society_id, use_kind, unit_kind);


--
-- Name: unidentified_usage unidentified_usage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unidentified_usage
    ADD CONSTRAINT unidentified_usage_pkey PRIMARY KEY (log_seq, event_index);


--
-- Name: usage_event_ids usage_event_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_event_ids
    ADD CONSTRAINT usage_event_ids_pkey PRIMARY KEY (operator_no, event_key);


--
-- Name: usage_log_digests usage_log_digests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_log_digests
    ADD CONSTRAINT usage_log_digests_pkey PRIMARY KEY (log_seq);


--
-- Name: usage_log usage_log_operator_id_stream_name_batch_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_log
    ADD CONSTRAINT usage_log_operator_id_stream_name_batch_seq_key UNIQUE (operator_id, stream_name, batch_seq);


--
-- Name: usage_log_pending usage_log_pending_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_log_pending
    ADD CONSTRAINT usage_log_pending_pkey PRIMARY KEY (log_seq);


--
-- Name: usage_log usage_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_log
    ADD CONSTRAINT usage_log_pkey PRIMARY KEY (log_seq);


--
-- Name: usage_totals usage_totals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usage_totals
    ADD CONSTRAINT usage_totals_pkey PRIMARY KEY (party_id, work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period);


--
-- Name: work_identifiers work_identifiers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_identifiers
    ADD CONSTRAINT work_identifiers_pkey PRIMARY KEY (scheme, value);


--
-- Name: work_log work_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_log
    ADD CONSTRAINT work_log_pkey PRIMARY KEY (work_id, log_seq);


--
-- Name: work_parties work_parties_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_parties
    ADD CONSTRAINT work_parties_pkey PRIMARY KEY (party_id, relation, work_id);


--
-- Name: claim_settlements_by_work; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_settlements_by_work ON public.claim_settlements USING btree (operator_id, work_id);


--
-- Name: consents_by_scope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX consents_by_scope ON public.consents USING btree (creator_id, work_id, use_kind, operator_id, seq);


--
-- Name: journal_lines_by_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX journal_lines_by_account ON public.journal_lines USING btree (account, currency);


--
-- Name: journal_lines_by_work; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX journal_lines_by_work ON public.journal_lines USING btree (work_id);


--
-- Name: licences_by_licensor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX licences_by_licensor ON public.licences USING btree (licensor_id, catalogue);


--
-- Name: licences_by_operator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX licences_by_operator ON public.licences USING btree (operator_id);


--
-- Name: removal_demands_by_pair; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX removal_demands_by_pair ON public.removal_requests USING btree (work_id, operator_id, model_id) WHERE (origin = 'refused-use'::text);


--
-- Name: removal_demands_live; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX removal_demands_live ON public.removal_requests USING btree (work_id, operator_id, model_id) WHERE ((origin = 'refused-use'::text) AND (status <> 'withdrawn'::text));


--
-- Name: removal_requests_by_operator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX removal_requests_by_operator ON public.removal_requests USING btree (operator_id, journal_entry_no);


--
-- Name: removal_requests_by_work; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX removal_requests_by_work ON public.removal_requests USING btree (work_id);


--
-- Name: society_members_by_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX society_members_by_member ON public.society_members USING btree (member_id, member_kind);


--
-- Name: society_tariff_history_by_society; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX society_tariff_history_by_society ON public.society_tariff_history USING btree (society_id, seq);


--
-- Name: unidentified_by_ref; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unidentified_by_ref ON public.unidentified_usage USING btree (ref_scheme, ref_value) WHERE (matched_work_id IS NULL);


--
-- Name: unidentified_by_work; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unidentified_by_work ON public.unidentified_usage USING btree (work_id) WHERE (matched_work_id IS NULL);


--
-- Name: usage_totals_by_model; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usage_totals_by_model ON public.usage_totals USING btree (model_id) WHERE (party_id = ''::text);


--
-- Name: usage_totals_empty; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usage_totals_empty ON public.usage_totals USING btree (party_id) WHERE ((event_count = 0) AND (units = (0)::numeric) AND (amount_nanos = (0)::numeric));


--
-- Name: usage_totals_model_works; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usage_totals_model_works ON public.usage_totals USING btree (model_id, work_id, use_kind, status) WHERE (party_id = ''::text);


--
-- Name: usage_totals_negative; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usage_totals_negative ON public.usage_totals USING btree (party_id) WHERE ((event_count < 0) OR (units < (0)::numeric) OR (amount_nanos < (0)::numeric));


--
-- Name: usage_totals_refused_training; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usage_totals_refused_training ON public.usage_totals USING btree (work_id, operator_id, model_id) WHERE ((party_id = ''::text) AND (status = 'refused'::text) AND (use_kind = ANY (ARRAY[1, 2])));


--
-- Name: ux_orleansstorage; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_orleansstorage ON public.orleansstorage USING btree (grainidhash, graintypehash, serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring) NULLS NOT DISTINCT;


--
-- Name: work_parties_by_work; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX work_parties_by_work ON public.work_parties USING btree (work_id, relation, party_id);


--
-- PostgreSQL database dump complete
--

\unrestrict dTexrSmiYK9uVuej83NOYyduuaotvKHYyf9gImkDP41Sxq7erGruIt1R6tLdjga

