-- The payments ledger's schema as its migrations leave it (PostgreSQL), for the README's
-- check-schema tour: it has drifted from payments-ledger.md in two places, which
-- `designdoc check-schema` reports.
CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  owner_type text NOT NULL,
  owner_ref text NOT NULL,
  currency char(3) NOT NULL,
  normal_side text NOT NULL,
  overdraft_allowed boolean NOT NULL DEFAULT false,
  hot boolean NOT NULL DEFAULT false
);

CREATE TABLE transactions (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  effective_at timestamptz NOT NULL,
  posted_at timestamptz NOT NULL,
  client_service text NOT NULL,
  external_ref text,
  reversed_transaction_id uuid REFERENCES transactions (id)
);

CREATE TABLE entries (
  id bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id uuid NOT NULL REFERENCES transactions (id),
  account_id uuid NOT NULL REFERENCES accounts (id),
  direction text NOT NULL,
  amount_minor bigint NOT NULL,
  currency char(3) NOT NULL,
  posted_at timestamptz NOT NULL,
  PRIMARY KEY (id, posted_at)
) PARTITION BY RANGE (posted_at);

CREATE TABLE balance_rows (
  account_id uuid NOT NULL REFERENCES accounts (id),
  bucket smallint NOT NULL,
  balance_minor bigint NOT NULL,
  last_entry_id bigint,
  version integer NOT NULL,
  PRIMARY KEY (account_id, bucket)
);

CREATE TABLE idempotency_keys (
  client_service text NOT NULL,
  key text NOT NULL,
  request_hash bytea NOT NULL,
  response_status smallint,
  response_body jsonb,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (client_service, key)
);

CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  aggregate_id uuid NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  relayed_at timestamptz
);

CREATE TABLE settlement_files (
  id uuid PRIMARY KEY,
  provider text NOT NULL,
  file_name text NOT NULL,
  checksum bytea NOT NULL,
  received_at timestamptz NOT NULL,
  parse_status text NOT NULL
);

CREATE TABLE settlement_lines (
  id uuid PRIMARY KEY,
  settlement_file_id uuid NOT NULL REFERENCES settlement_files (id),
  provider_ref text NOT NULL,
  amount_minor bigint NOT NULL,
  currency char(3) NOT NULL,
  fee_minor bigint NOT NULL,
  matched_entry_id bigint
);

CREATE TABLE reconciliation_breaks (
  id uuid PRIMARY KEY,
  settlement_line_id uuid REFERENCES settlement_lines (id),
  kind text NOT NULL,
  amount_difference_minor bigint NOT NULL,
  owner_team text NOT NULL,
  state text NOT NULL,
  resolution_note text
);

CREATE TABLE fx_rates (
  currency_pair char(7) NOT NULL,
  day date NOT NULL,
  rate numeric(18, 8) NOT NULL,
  PRIMARY KEY (currency_pair, day)
);
