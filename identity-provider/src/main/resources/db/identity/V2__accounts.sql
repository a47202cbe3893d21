-- Who may sign in, and what their tokens say. The account id is the tokens' subject: it never
-- changes, whatever becomes of the email address.
CREATE TABLE account (
    account_id text PRIMARY KEY,
    -- PERSON signs in with email and password; CLIENT is a machine client (client credentials)
    kind text NOT NULL CHECK (kind IN ('PERSON', 'CLIENT')),
    email text UNIQUE,
    display_name text NOT NULL,
    password_hash text,
    email_verified boolean NOT NULL DEFAULT false,
    roles text[] NOT NULL DEFAULT '{}',
    society_ids text[] NOT NULL DEFAULT '{}',
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (kind = 'CLIENT' OR email IS NOT NULL)
);

-- Links sent to a person: an invitation to set a password, or a request to verify an address.
-- Only a hash of the link's secret is kept, so the table gives nobody a way in.
CREATE TABLE account_link (
    secret_hash text PRIMARY KEY,
    account_id text NOT NULL REFERENCES account (account_id),
    purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'EMAIL_VERIFICATION')),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
);
CREATE INDEX account_link_account ON account_link (account_id);
