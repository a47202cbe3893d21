-- Spring Authorization Server's JDBC schema, as its jar ships it, with PostgreSQL's types (text for
-- blob, timestamptz for timestamp) as its own note asks.
CREATE TABLE oauth2_registered_client (
    id text PRIMARY KEY,
    client_id text NOT NULL UNIQUE,
    client_id_issued_at timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret text DEFAULT NULL,
    client_secret_expires_at timestamptz DEFAULT NULL,
    client_name text NOT NULL,
    client_authentication_methods text NOT NULL,
    authorization_grant_types text NOT NULL,
    redirect_uris text DEFAULT NULL,
    post_logout_redirect_uris text DEFAULT NULL,
    scopes text NOT NULL,
    client_settings text NOT NULL,
    token_settings text NOT NULL
);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id text NOT NULL,
    principal_name text NOT NULL,
    authorities text NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);

CREATE TABLE oauth2_authorization (
    id text PRIMARY KEY,
    registered_client_id text NOT NULL,
    principal_name text NOT NULL,
    authorization_grant_type text NOT NULL,
    authorized_scopes text DEFAULT NULL,
    attributes text DEFAULT NULL,
    state text DEFAULT NULL,
    authorization_code_value text DEFAULT NULL,
    authorization_code_issued_at timestamptz DEFAULT NULL,
    authorization_code_expires_at timestamptz DEFAULT NULL,
    authorization_code_metadata text DEFAULT NULL,
    access_token_value text DEFAULT NULL,
    access_token_issued_at timestamptz DEFAULT NULL,
    access_token_expires_at timestamptz DEFAULT NULL,
    access_token_metadata text DEFAULT NULL,
    access_token_type text DEFAULT NULL,
    access_token_scopes text DEFAULT NULL,
    oidc_id_token_value text DEFAULT NULL,
    oidc_id_token_issued_at timestamptz DEFAULT NULL,
    oidc_id_token_expires_at timestamptz DEFAULT NULL,
    oidc_id_token_metadata text DEFAULT NULL,
    refresh_token_value text DEFAULT NULL,
    refresh_token_issued_at timestamptz DEFAULT NULL,
    refresh_token_expires_at timestamptz DEFAULT NULL,
    refresh_token_metadata text DEFAULT NULL,
    user_code_value text DEFAULT NULL,
    user_code_issued_at timestamptz DEFAULT NULL,
    user_code_expires_at timestamptz DEFAULT NULL,
    user_code_metadata text DEFAULT NULL,
    device_code_value text DEFAULT NULL,
    device_code_issued_at timestamptz DEFAULT NULL,
    device_code_expires_at timestamptz DEFAULT NULL,
    device_code_metadata text DEFAULT NULL
);
