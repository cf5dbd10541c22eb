-- An admin area to trust with real partners: no lost update, a login throttle that holds
-- under attack and survives restarts, accounts that recover, and a second factor.

-- Every change to an organisation's draft or published document bumps its version: a save
-- or publish based on an older version is merged or refused, never written over it.
ALTER TABLE organization_documents ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- Login attempts per key (an account's e-mail or a client address, both hashed): an attempt
-- is reserved here before any password is hashed, so parallel attempts cannot pass together.
-- Times are Unix seconds. Rows are pruned hourly and capped in number.
CREATE TABLE login_throttle (
    key           TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    blocked_until INTEGER NOT NULL,
    last_at       INTEGER NOT NULL
) WITHOUT ROWID;

-- Invitations and password resets are the same one-time link; a reset also ends the
-- account's sessions when used.
ALTER TABLE invitations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'invitation' CHECK (purpose IN ('invitation', 'reset'));

-- Two-factor login (TOTP, RFC 6238): the secret once confirmed, the secret shown during
-- enrolment, and the last time step accepted (a code is accepted once).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

-- One-time recovery codes, stored hashed.
CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

-- The step between a right password and a right code: a short-lived token in a cookie.
CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
CREATE INDEX login_challenges_user ON login_challenges (user_id);
